package model

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/routines"
)

// A routine at the documented limits (10 steps of 200 characters and a
// 300-character caution) must be readable in full at 80×24: the intro
// scrolls, the help bar says how, and the way to go on stays on screen.
func TestLongIntroScrollsToTheCaution(t *testing.T) {
	t.Parallel()
	h := newHarnessWith(t, "en", func(h *harness, o *Options) {
		r := testRoutine()
		ex := &r.Exercises[0]
		var steps []string
		for i := range routines.MaxSteps {
			steps = append(steps, fmt.Sprintf("Step%d ", i+1)+strings.Repeat("word ", routines.MaxStepLen/5-2))
		}
		ex.Steps = routines.TextList{"en": steps, "da": steps}
		caution := "CAUTIONSTART " + strings.Repeat("care ", routines.MaxCautionLen/5-4) + "CAUTIONEND"
		ex.Caution = routines.Text{"en": caution, "da": caution}
		o.Routines = []routines.Routine{r}
	})
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.startSession()
	h.wantScreen("Step1", "Press enter when you are ready", "↑/↓ scroll")
	seen := h.screen()
	for range 100 {
		h.key("down")
		seen += h.screen()
		// Scrolled, the exercise's name stays on top with a mark that
		// there is more above.
		h.wantScreen("Press enter when you are ready", "Exercise 1 of 2", "Knee-to-chest stretch", "↑ more")
	}
	for i := range routines.MaxSteps {
		if !strings.Contains(seen, fmt.Sprintf("Step%d ", i+1)) {
			t.Fatalf("step %d was never on screen", i+1)
		}
	}
	if !strings.Contains(seen, "CAUTIONSTART") || !strings.Contains(seen, "CAUTIONEND") {
		t.Fatal("the caution was never on screen in full")
	}
	h.key("enter")
	h.wantStep(routines.StepGetReady)
}

// The note is a text field: typing, a paste, and a note longer than the
// field at 80 columns, which scrolls inside its box instead of running
// off it; the whole note is saved.
func TestNoteTakesTypingAndPaste(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.startSession()
	h.m.sess.endedAt, h.m.sess.outcome = h.clock.now(), "completed"
	h.m.setState(StateCheckOut)
	h.key("2", "enter", "enter", "O", "k", " ")
	long := strings.Repeat("stiff in the morning, better after ", 3)
	h.send(tea.PasteMsg{Content: long})
	checkFits(t, h.screen(), 80, 24)
	h.wantScreen("better after")
	// Back at the start the field shows the first letters, still on one
	// line of its box.
	h.send(tea.KeyPressMsg{Code: tea.KeyHome})
	h.wantScreen("Ok stiff in the morning")
	noteBoxIsOneLine(t, h.screen())
	h.send(tea.KeyPressMsg{Code: tea.KeyEnd})
	noteBoxIsOneLine(t, h.screen())
	h.key("enter")
	h.flush()
	if got := h.j.last().Note; got != "Ok "+long {
		t.Fatalf("note %q, want the typed and pasted text", got)
	}
}

// noteBoxIsOneLine fails unless the note's box is three lines: its top,
// the field and its bottom.
func noteBoxIsOneLine(t *testing.T, screen string) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if strings.Contains(l, "╭") {
			if i+2 >= len(lines) || !strings.Contains(lines[i+2], "╰") {
				t.Fatalf("the note's box is not one line:\n%s", screen)
			}
			return
		}
	}
	t.Fatalf("no note box on screen:\n%s", screen)
}

// A key works exactly when the state's key map has it: m (sound) works
// while paused and the full help lists it; q in the note is a letter.
func TestKeysMatchTheHelpBar(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.key("space")
	if !h.m.activeKeys().Sound.Enabled() {
		t.Fatal("m works while paused, so the paused key map must have it")
	}
	h.key("m")
	if h.m.sound {
		t.Fatal("m while paused did not turn the sound off")
	}
	h.m.setState(StateCheckOut)
	h.key("0", "enter", "enter", "q")
	if h.m.state != StateCheckOut || h.m.out.note.Value() != "q" {
		t.Fatalf("q in the note: state %v, note %q", h.m.state, h.m.out.note.Value())
	}
}

// At 60 columns the phase question wraps instead of losing its end.
func TestPickQuestionWrapsAtTheMinimum(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		h := newHarness(t, lang)
		h.send(tea.WindowSizeMsg{Width: 60, Height: 20})
		h.key("enter") // Home: start
		if h.m.state != StatePhasePick {
			t.Fatalf("%s: state %v, want the phase pick", lang, h.m.state)
		}
		want := map[string]string{"en": "right now.", "da": "lige nu."}[lang]
		h.wantScreen(want)
		checkFits(t, h.screen(), 60, 20)
	}
}
