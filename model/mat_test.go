package model

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

// TestMatScreens keeps the screens read from the mat that TestScreens
// does not reach: the left side's hold, with its side drawn large and its
// drawing mirrored.
func TestMatScreens(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			t.Run(fmt.Sprintf("hold_left_%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				h := newHarness(t, lang)
				h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				h.startSession()
				h.key("enter")
				h.tick(5 * time.Second)  // get ready
				h.tick(20 * time.Second) // the right side
				h.tick(5 * time.Second)  // switch
				h.tick(7300 * time.Millisecond)
				if st := h.m.step(); st.Kind != routines.StepHold || st.Side != routines.Left {
					t.Fatalf("step %v side %v, want the left hold", st.Kind, st.Side)
				}
				out := h.screen()
				checkFits(t, out, size[0], size[1])
				drawing, _ := views.Drawing("knee-to-chest", 0)
				if !strings.Contains(out, strings.TrimSpace(views.Mirror(drawing)[0])) {
					t.Errorf("the left side's drawing is not mirrored:\n%s", out)
				}
				requireGolden(t, out)
			})
		}
	}
}

// Every intro of every built-in routine shows its exercise's drawing at
// 80×24, in English and Danish, without having to scroll; the ones that
// used to lose it (bridge, bird-dog, cobra, piriformis, the seated
// stretch) are kept as goldens.
func TestBuiltInIntrosShowTheDrawing(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		golden := map[string]bool{"bridge": true, "bird-dog": true, "cobra": true, "piriformis": true, "seated-lumbar-stretch": true}
		for _, r := range routines.BuiltIns() {
			h := newHarnessWith(t, lang, func(h *harness, o *Options) { o.Routines = []routines.Routine{r} })
			h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
			h.startSession()
			for h.m.state == StateExercise {
				if h.m.step().Kind != routines.StepIntro {
					h.tick(h.m.sess.clock.remaining(h.clock.now()))
					continue
				}
				ex := h.m.exercise()
				out := h.screen()
				drawing, _ := views.Drawing(ex.Drawing, 0)
				if !strings.Contains(out, drawing[len(drawing)-1]) || strings.Contains(out, "↓") {
					t.Errorf("%s %s/%s: the intro lacks its drawing or scrolls:\n%s", lang, r.ID, ex.ID, out)
				}
				checkFits(t, out, 80, 24)
				if golden[ex.ID] {
					delete(golden, ex.ID)
					t.Run(lang+"_"+ex.ID, func(t *testing.T) { requireGolden(t, out) })
				}
				h.key("enter")
			}
		}
	}
}

// A pause changes the Paused line and the help bar, nothing else: no line
// of the countdown, the side or the drawing moves (issue #13 measured a
// pause re-laying the whole screen).
func TestPauseMovesNothing(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		for _, size := range [][2]int{{60, 20}, {80, 24}, {100, 30}, {120, 40}} {
			for _, reps := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s_%dx%d_reps_%v", lang, size[0], size[1], reps), func(t *testing.T) {
					t.Parallel()
					h := newHarness(t, lang)
					h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					h.startSession()
					if reps {
						h.key("s")
					}
					h.key("enter")
					h.tick(5 * time.Second)
					h.tick(1300 * time.Millisecond)
					running := trimmed(h.screen())
					h.key("space")
					paused := trimmed(h.screen())
					if len(running) != len(paused) {
						t.Fatalf("%d lines running, %d paused", len(running), len(paused))
					}
					var moved []string
					for i := range len(running) - 2 { // the help bar may change
						if running[i] != paused[i] && !strings.Contains(paused[i], "❚❚") {
							moved = append(moved, paused[i])
						}
					}
					if len(moved) > 0 || !strings.Contains(strings.Join(paused, "\n"), "❚❚") {
						t.Errorf("pausing changed %d more lines than its own:\n%s\n\nrunning:\n%s", len(moved),
							strings.Join(paused, "\n"), strings.Join(running, "\n"))
					}
				})
			}
		}
	}
}

// trimmed is a frame's lines without their trailing blanks, which the
// terminal does not tell from empty cells.
func trimmed(s string) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}
