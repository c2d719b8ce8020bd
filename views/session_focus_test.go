package views

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// sessionKeys is a help bar as long as a session's, two lines at 80
// columns, so the layouts are measured with the room they really have.
type sessionKeys struct{ bindings []key.Binding }

func (k sessionKeys) ShortHelp() []key.Binding  { return k.bindings }
func (k sessionKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.bindings} }
func (k sessionKeys) Urgent() key.Binding {
	return key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "stop: it hurts"))
}

func sessionCtx(lang string, w, h int) Ctx {
	var b []key.Binding
	for _, kh := range [][2]string{{"space", "pause/resume"}, {"enter/→", "next"}, {"←", "repeat step"},
		{"s", "skip exercise"}, {"?", "all keys"}, {"q", "quit"}} {
		b = append(b, key.NewBinding(key.WithKeys(kh[0]), key.WithHelp(kh[0], kh[1])))
	}
	return Ctx{Cat: i18n.New(lang), St: NewStyles(true), Width: w, Height: h, Keys: sessionKeys{b}}
}

// stepDrawing is the drawing the model passes for a step: mirrored on the
// left side.
func stepDrawing(name string, side routines.Side) []string {
	lines, _ := Drawing(name, 0)
	if side == routines.Left {
		return Mirror(lines)
	}
	return lines
}

// checkBig fails unless the screen fits and shows word in the block font
// at scale or larger, and the drawing's floor.
func checkBig(t *testing.T, out, word string, scale int, drawing []string, w, h int) {
	t.Helper()
	plain := ansi.Strip(out)
	lines := strings.Split(plain, "\n")
	if len(lines) > h {
		t.Errorf("%d lines, window has %d", len(lines), h)
	}
	for i, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("line %d is %d wide, window is %d", i+1, lipgloss.Width(l), w)
		}
	}
	if !bigOnScreen(plain, word, 2) && (scale > 1 || !bigOnScreen(plain, word, 1)) {
		t.Fatalf("%q at scale %d or more is not on screen:\n%s", word, scale, plain)
	}
	// At the smallest size the drawing gives way to the word.
	if w >= 80 && !strings.Contains(plain, drawing[len(drawing)-1]) {
		t.Errorf("the drawing is not on screen:\n%s", plain)
	}
}

// Every cue of every built-in paced exercise and every side of every
// built-in hold is drawn large, with the exercise's drawing, at 80×24
// (scale 1, or 2 where a short word fits) and 120×40 (scale 2), and
// still large without it in the smallest window, in English and Danish.
func TestEveryBuiltInCueAndSideIsDrawnLarge(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{i18n.EN, i18n.DA} {
		for _, size := range [][3]int{{MinWidth, MinHeight, 1}, {80, 24, 1}, {120, 40, 2}} {
			c := sessionCtx(lang, size[0], size[1])
			for _, r := range routines.BuiltIns() {
				for _, e := range r.Exercises {
					sides := e.Sides
					if len(sides) == 0 {
						sides = []routines.Side{routines.Both}
					}
					for _, side := range sides {
						t.Run(fmt.Sprintf("%s_%dx%d_%s_%s_%s", lang, size[0], size[1], r.ID, e.ID, side), func(t *testing.T) {
							checkStepLarge(t, c, e, side, size[2])
						})
					}
				}
			}
		}
	}
}

func checkStepLarge(t *testing.T, c Ctx, e routines.Exercise, side routines.Side, scale int) {
	lang := c.Cat.Lang()
	h := Header{Routine: "Routine", Exercise: 1, Exercises: 5, Name: e.Name.In(lang), SetLine: "Set 1/3",
		Drawing: stepDrawing(e.Drawing, side), NextUp: "Switch to the left side"}
	sideWord := map[routines.Side]string{routines.Right: c.Cat.T("side.right"), routines.Left: c.Cat.T("side.left")}[side]
	h.Side = sideWord
	if e.Kind == routines.Hold {
		if sideWord == "" {
			return // a side-less hold shows the big countdown, as before
		}
		out := TimerScreen(c, Timer{Header: h, Label: "Hold", Remaining: 20 * time.Second, Total: 30 * time.Second,
			BarCells: BarWidth(c.Width), BigDigits: true, SideWord: sideWord})
		checkBig(t, out, sideWord, scale, h.Drawing, c.Width, c.Height)
		return
	}
	var cues []string
	for _, p := range e.Pace {
		cues = append(cues, p.Cue.In(lang))
	}
	for i, cue := range cues {
		out := RepsScreen(c, RepsView{Header: h, Rep: 2, Reps: e.Reps, Done: 1, Cue: cue, Cues: cues, CueLeft: 2 * time.Second,
			CueMost: 10 * time.Second, Phase: i, Phases: len(cues), Remaining: time.Minute, Total: 2 * time.Minute,
			BarCells: BarWidth(c.Width), BigDigits: true})
		checkBig(t, out, cue, scale, h.Drawing, c.Width, c.Height)
		if !strings.Contains(ansi.Strip(out), strings.ToUpper(cue)) {
			t.Errorf("the cue %q is not on screen in plain letters", cue)
		}
	}
}

// Pausing changes the one line under the header and moves nothing else
// (issue #13: a pause used to re-lay the whole screen).
func TestPauseChangesOneLine(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{i18n.EN, i18n.DA} {
		for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 40}} {
			c := sessionCtx(lang, size[0], size[1])
			drawing, _ := Drawing("knee-to-chest", 0)
			h := Header{Routine: "Routine", Exercise: 1, Exercises: 2, Name: "Knee-to-chest", Side: "Right", SetLine: "Set 1/2", Drawing: drawing, NextUp: "Rest"}
			screens := []func(Header) string{
				func(h Header) string {
					return TimerScreen(c, Timer{Header: h, Label: "Hold", Remaining: 13 * time.Second, Total: 20 * time.Second, BarCells: 40, BigDigits: true, SideWord: h.Side})
				},
				func(h Header) string {
					return TimerScreen(c, Timer{Header: h, Label: "Hold", Remaining: 13 * time.Second, Total: 20 * time.Second, BarCells: 40})
				},
				func(h Header) string {
					return RepsScreen(c, RepsView{Header: h, Rep: 1, Reps: 5, Cue: "Tilt", Cues: []string{"Tilt", "Release"}, CueLeft: time.Second,
						CueMost: 2 * time.Second, Phases: 2, Remaining: time.Minute, Total: time.Minute, BarCells: 40, BigDigits: true})
				},
			}
			for i, screen := range screens {
				// Trailing blanks are trimmed: the frame pads its lines to
				// the widest, and to the terminal a padding space and an
				// empty cell are the same; the renderer sends neither.
				running := trimmedLines(screen(h))
				h.Paused = true
				paused := trimmedLines(screen(h))
				h.Paused = false
				if len(running) != len(paused) {
					t.Fatalf("%s %v screen %d: %d lines running, %d paused", lang, size, i, len(running), len(paused))
				}
				changed := 0
				for j := range running {
					if running[j] != paused[j] {
						changed++
					}
				}
				if changed != 1 || !strings.Contains(ansi.Strip(strings.Join(paused, "\n")), c.Cat.T("session.paused")) {
					t.Errorf("%s %v screen %d: pausing changed %d lines:\n%s", lang, size, i, changed, ansi.Strip(strings.Join(paused, "\n")))
				}
			}
		}
	}
}

func trimmedLines(s string) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

func bigOnScreen(plain, word string, scale int) bool {
	big, _ := BigWord(word, scale)
	for _, row := range big {
		if !strings.Contains(plain, strings.TrimRight(row, " ")) {
			return false
		}
	}
	return true
}
