package model

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/routines"
)

// rings reports whether cmd rings the terminal bell.
func rings(cmd tea.Cmd) bool {
	for _, msg := range messages(cmd) {
		if r, ok := msg.(tea.RawMsg); ok && r.Msg == "\a" {
			return true
		}
	}
	return false
}

// m shows "Sound off" on the session screens while muted.
func TestMuteIsShown(t *testing.T) {
	t.Parallel()
	for lang, want := range map[string]string{"en": "Sound off", "da": "Lyd fra"} {
		h := newHarness(t, lang)
		h.startSession()
		h.key("m")
		h.wantScreen(want) // the intro
		h.key("enter")
		h.tick(5 * time.Second)
		h.wantScreen(want) // the hold
		h.key("m")
		if !h.m.sound || strings.Contains(h.screen(), want) {
			t.Fatalf("%s: sound back on, screen still says %q", lang, want)
		}
	}
}

// The bell rings at the end of each set of reps and at the end of the
// session, not only after holds and rests.
func TestBellAtTheEndOfASetAndOfTheSession(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("s", "enter")
	h.tick(5 * time.Second)
	h.clock.advance(12 * time.Second)
	if cmd := h.send(tickMsg{gen: h.m.gen}); !rings(cmd) || h.m.step().Kind != routines.StepRest {
		t.Fatalf("end of a set: step %v, bell %v", h.m.step().Kind, rings(cmd))
	}
	h.clock.advance(5 * time.Second) // the rest
	h.send(tickMsg{gen: h.m.gen})
	h.clock.advance(12 * time.Second) // the last set: the end of the session
	if cmd := h.send(tickMsg{gen: h.m.gen}); !rings(cmd) || h.m.state != StateCheckOut {
		t.Fatalf("end of the session: state %v, bell %v", h.m.state, rings(cmd))
	}
}

// ← in a paced set repeats the current repetition, not the whole set; a
// set counted by hand offers no ←.
func TestBackRepeatsTheCurrentRep(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("s", "enter")
	h.tick(5 * time.Second)
	h.tick(5 * time.Second) // rep 2 of 3, a second into its 4 s cycle
	h.wantScreen("Rep 2/3")
	h.key("left")
	h.wantScreen("Rep 2/3", "TILT")
	if got := h.m.sess.clock.remaining(h.clock.now()); got != 8*time.Second {
		t.Fatalf("after ←, %v left in the set, want 8s (rep 2 from its start)", got)
	}
	h.tick(8 * time.Second)
	h.wantStep(routines.StepRest)
	if r := h.m.sess.records[len(h.m.sess.records)-1]; r.Done != 3 || !r.Completed {
		t.Fatalf("record %+v, want the set of 3 completed", r)
	}

	r := testRoutine()
	r.Exercises[1].Pace, r.Exercises[1].Manual = nil, true
	m := newHarness(t, "en")
	m.m.opts.Routines = []routines.Routine{r}
	m.startSession()
	m.key("s", "enter")
	m.tick(5 * time.Second)
	m.key("enter", "left")
	if m.m.sess.manualReps != 1 || m.m.activeKeys().Back.Enabled() {
		t.Fatalf("manual set: count %d, ← enabled %v", m.m.sess.manualReps, m.m.activeKeys().Back.Enabled())
	}
}
