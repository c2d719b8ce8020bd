package model

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/routines"
)

// screens drives a fresh harness to each screen the session shows.
var screens = []struct {
	name string
	to   func(h *harness)
}{
	{"home", func(h *harness) {}},
	{"pick", func(h *harness) { h.key("enter") }},
	{"checkin", func(h *harness) { h.m.jr.acknowledged = true; h.key("enter", "enter", "4") }},
	{"checkin_nothing_chosen", func(h *harness) { h.m.jr.acknowledged = true; h.key("enter", "enter", "enter") }},
	{"checkin_reach", func(h *harness) { h.m.jr.acknowledged = true; h.key("enter", "enter", "4", "enter") }},
	{"intro", func(h *harness) { h.startSession() }},
	{"getready", func(h *harness) { h.startSession(); h.key("enter"); h.tick(1200 * time.Millisecond) }},
	{"hold", func(h *harness) {
		h.startSession()
		h.key("enter")
		h.tick(5 * time.Second)
		h.tick(7300 * time.Millisecond)
	}},
	{"switch", func(h *harness) { h.startSession(); h.key("enter"); h.tick(5 * time.Second); h.tick(20 * time.Second) }},
	{"rest", func(h *harness) {
		h.startSession()
		h.key("enter")
		h.tick(5 * time.Second)
		h.tick(20 * time.Second)
		h.tick(5 * time.Second)
		h.tick(20 * time.Second)
		h.tick(3 * time.Second)
	}},
	{"reps", func(h *harness) {
		h.startSession()
		h.key("s", "enter")
		h.tick(5 * time.Second)
		h.tick(6500 * time.Millisecond)
	}},
	{"paused", func(h *harness) {
		h.startSession()
		h.key("enter")
		h.tick(5 * time.Second)
		h.tick(4 * time.Second)
		h.key("space")
	}},
	{"quitprompt", func(h *harness) { h.startSession(); h.key("enter"); h.tick(5 * time.Second); h.key("q") }},
	{"painstop", func(h *harness) { h.startSession(); h.key("enter"); h.tick(5 * time.Second); h.key("x") }},
	{"painstop_reach", func(h *harness) { h.startSession(); h.key("enter"); h.tick(5 * time.Second); h.key("x", "2", "enter") }},
	{"checkout", func(h *harness) {
		h.m.in.painBefore = intPtr(4)
		h.m.sess.records = doneHold
		h.m.setState(StateCheckOut)
		h.key("2")
	}},
	{"checkout_note", func(h *harness) {
		h.m.sess.records = doneHold
		h.m.setState(StateCheckOut)
		h.key("2", "enter", "enter", "O", "k")
	}},
	{"summary", func(h *harness) {
		h.startSession()
		for h.m.state == StateExercise {
			if h.m.step().Kind == routines.StepIntro {
				h.key("enter")
				continue
			}
			h.tick(h.m.sess.clock.remaining(h.clock.now()))
		}
		h.key("7", "enter", "enter", "enter")
		h.flush()
	}},
	{"help", func(h *harness) { h.startSession(); h.key("?") }},
}

// doneHold is a session's record of one hold done in full: the check-out
// after it says "Well done".
var doneHold = []journal.Step{{Exercise: "knee-to-chest", Planned: 20, Done: 20, Unit: "s", Completed: true}}

// TestScreens keeps a golden copy of every session screen in both
// languages at 80×24 and 120×40; `go test ./model -update` rewrites them
// after a deliberate change, and the diff shows what a patient would see.
func TestScreens(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, sc := range screens {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", sc.name, lang, size[0], size[1]), func(t *testing.T) {
					t.Parallel()
					h := newHarness(t, lang)
					h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					sc.to(h)
					out := h.screen()
					checkFits(t, out, size[0], size[1])
					requireGolden(t, out)
				})
			}
		}
	}
}

// TestTooSmall shows the resize screen, never a cut-up frame.
func TestTooSmall(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		for _, size := range [][2]int{{59, 24}, {80, 19}, {20, 5}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				h := newHarness(t, lang)
				h.startSession()
				h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				out := h.screen()
				checkFits(t, out, size[0], size[1])
				requireGolden(t, out)
			})
		}
	}
}

// TestHomeWithHistory shows Home after a few days of sessions, with the
// streak, the week and the last session.
func TestHomeWithHistory(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, lang)
			for d := 3; d >= 1; d-- {
				at := h.clock.now().AddDate(0, 0, -d)
				h.j.sessions = append(h.j.sessions, journal.Session{ID: int64(4 - d), StartedAt: at, EndedAt: at.Add(9 * time.Minute),
					Routine: "test", Phase: "mobility", Outcome: journal.Completed, PainBefore: intPtr(4), PainAfter: intPtr(3)})
			}
			h.flush()
			out := h.screen()
			checkFits(t, out, 100, 30)
			requireGolden(t, out)
		})
	}
}

func checkFits(t *testing.T, out string, w, h int) {
	t.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		t.Errorf("%d lines, window has %d", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("line %d is %d wide, window is %d: %q", i+1, n, w, l)
		}
	}
}
