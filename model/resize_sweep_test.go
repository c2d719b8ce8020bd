package model

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/journal"
)

// fullSweep resizes every screen to every width from 1 to 400 and every
// height from 1 to 120 (scripts/property.sh); go test tries the edges.
var fullSweep = flag.Bool("sweep.full", false, "resize every screen to every width 1–400 and height 1–120")

// sweepScreens are the screens golden_test's screens do not reach: the
// pages off Home, History with sessions, the safety questions, notices
// and a note full of wide characters.
var sweepScreens = []struct {
	name string
	to   func(h *harness)
}{
	{"history", func(h *harness) {
		for d := 40; d >= 1; d-- {
			at := h.clock.now().AddDate(0, 0, -d)
			h.j.sessions = append(h.j.sessions, journal.Session{ID: int64(41 - d), StartedAt: at, EndedAt: at.Add(9 * time.Minute),
				Routine: "test", Outcome: journal.Completed, PainBefore: intPtr(4), PainAfter: intPtr(3),
				Note: strings.Repeat("宽 note ", 30)})
		}
		h.key("down", "enter")
		h.flush()
	}},
	{"faq", func(h *harness) { h.key("down", "down", "enter") }},
	{"seekhelp_page", func(h *harness) { h.key("down", "down", "down", "enter") }},
	{"precautions_page", func(h *harness) { h.key("down", "down", "down", "down", "enter") }},
	{"about", func(h *harness) { h.key("down", "down", "down", "down", "down", "enter") }},
	{"precautions", func(h *harness) { h.key("enter", "enter") }},
	{"redflags", func(h *harness) { h.m.jr.acknowledged = true; h.key("enter", "enter", "4", "enter", "enter") }},
	{"redflagwhich", func(h *harness) { h.m.jr.acknowledged = true; h.key("enter", "enter", "4", "enter", "enter", "y") }},
	{"seekhelp", func(h *harness) {
		h.m.jr.acknowledged = true
		h.key("enter", "enter", "4", "enter", "enter", "y", "enter")
	}},
	{"painstop_answered", func(h *harness) { h.startSession(); h.key("enter", "x", "3") }},
	{"notices", func(h *harness) {
		h.m.notices = []string{strings.Repeat("A long notice about the journal ", 12), strings.Repeat("宽字符", 40)}
	}},
	{"checkout_pasted", func(h *harness) {
		h.m.setState(StateCheckOut)
		h.key("2", "enter")
		h.send(tea.PasteMsg{Content: strings.Repeat("宽字符 😀 ", 40)})
	}},
	{"intro_scrolled", func(h *harness) {
		h.send(tea.WindowSizeMsg{Width: 60, Height: 20})
		h.startSession()
		h.key("down", "down", "down")
	}},
}

// sweepSizes are the sizes a sweep resizes to, in order: as a storm on
// one model, every screen goes through all of them.
func sweepSizes() [][2]int {
	var sizes [][2]int
	if *fullSweep {
		for _, h := range []int{1, 2, 3, 5, 10, 19, 20, 24, 30, 40, 60, 120} {
			for w := 1; w <= 400; w++ {
				sizes = append(sizes, [2]int{w, h})
			}
		}
		for _, w := range []int{1, 2, 20, 59, 60, 61, 80, 100, 200, 400} {
			for h := 1; h <= 120; h++ {
				sizes = append(sizes, [2]int{w, h})
			}
		}
		return sizes
	}
	widths := []int{1, 2, 59, 60, 80, 400}
	heights := []int{1, 19, 20, 24, 120}
	if raceDetector {
		widths, heights = []int{1, 60, 400}, []int{1, 20, 120}
	}
	for _, w := range widths {
		for _, h := range heights {
			sizes = append(sizes, [2]int{w, h}, [2]int{h, w}) // and the transposed, a storm's swing
		}
	}
	return sizes
}

// TestResizeSweep resizes every screen, in both languages, through the
// sweep's sizes from 1×1 to 400×120: no panic, and no line wider than
// the window (nor more lines than it has).
func TestResizeSweep(t *testing.T) {
	t.Parallel()
	all := append(append(screens[:0:0], screens...), sweepScreens...)
	sizes := sweepSizes()
	for _, lang := range []string{"en", "da"} {
		for _, sc := range all {
			t.Run(lang+"_"+sc.name, func(t *testing.T) {
				t.Parallel()
				h := newHarness(t, lang)
				sc.to(h)
				for _, size := range sizes {
					h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					if msg := fitsWindow(h.m.View().Content, size[0], size[1]); msg != "" {
						t.Fatalf("%v at %dx%d: %s\n%s", h.m.state, size[0], size[1], msg, h.screen())
					}
				}
			})
		}
	}
}

// fitsWindow says how a frame does not fit a window, or "".
func fitsWindow(content string, w, h int) string {
	lines := strings.Split(content, "\n")
	if len(lines) > h {
		return fmt.Sprintf("%d lines", len(lines))
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			return fmt.Sprintf("line %d is %d wide", i+1, n)
		}
	}
	return ""
}
