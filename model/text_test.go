package model

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/routines"
)

// hostile is an OSC that retitles the window, a bell, and a C1 CSI.
const hostile = "\x1b]0;x\x07 \u009b2J"

// hasControl reports an ESC, a BEL or a C1 control in s.
func hasControl(s string) bool {
	return strings.ContainsAny(s, "\x1b\x07") || strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 && r <= 0x9f })
}

// Issue 12.1: a routine built in code, past the loader that refuses
// control characters, still cannot reach the terminal through the window
// title or the screen: names, steps, cautions and cues are cleaned where
// the view-models are built, and the journal's texts in History too.
func TestOutsideTextNeverReachesTheTerminal(t *testing.T) {
	t.Parallel()
	r := testRoutine()
	r.Name = routines.Text{"en": "Routine" + hostile}
	r.Exercises[0].Name = routines.Text{"en": "Stretch" + hostile}
	r.Exercises[0].Steps = routines.TextList{"en": {"Lie down." + hostile}}
	r.Exercises[0].Caution = routines.Text{"en": "Careful" + hostile}
	r.Exercises[1].Pace[0].Cue = routines.Text{"en": "Tilt" + hostile}
	h := newHarnessWith(t, "en", func(h *harness, o *Options) {
		o.Routines = []routines.Routine{r}
		o.Notices = []string{"a notice" + hostile}
		at := h.clock.now().Add(-time.Hour)
		h.j.sessions = append(h.j.sessions, journal.Session{ID: 1, StartedAt: at, EndedAt: at.Add(time.Minute),
			Routine: "elsewhere" + hostile, Outcome: journal.Outcome("odd" + hostile)})
	})
	check := func(where string) {
		t.Helper()
		v := h.m.View()
		if hasControl(v.WindowTitle) {
			t.Errorf("%s: window title %q", where, v.WindowTitle)
		}
		// The frame's own escapes are styling: look at the text only.
		if c := strings.NewReplacer("\x1b[", "").Replace(v.Content); hasControl(c) {
			t.Errorf("%s: screen carries a control character:\n%q", where, v.Content)
		}
	}
	check("home")
	h.key("down", "enter")
	for range 10 {
		h.key("space") // page down to the list of sessions
	}
	h.wantScreen("elsewhere")
	check("history")
	h.key("esc")
	h.key("enter")
	check("pick")
	h.key("enter")
	if h.m.state == StatePrecautions {
		h.key("enter")
	}
	h.key("3", "enter", "n")
	check("intro")
	h.key("enter")
	h.tick(5 * time.Second)
	check("hold")
	h.key("s", "enter")
	h.tick(5 * time.Second)
	check("reps")
	h.key("x")
	check("pain stop")
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	check("pain stop, wide")
}
