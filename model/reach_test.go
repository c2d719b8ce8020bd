package model

import (
	"testing"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/routines"
)

// runToCheckOut lets every step of the session run its course.
func (h *harness) runToCheckOut() {
	h.t.Helper()
	for h.m.state == StateExercise {
		if h.m.step().Kind == routines.StepIntro {
			h.key("enter")
			continue
		}
		h.tick(h.m.sess.clock.remaining(h.clock.now()))
	}
	if h.m.state != StateCheckOut {
		h.t.Fatalf("state %v, want check-out", h.m.state)
	}
}

// How far the pain reaches is asked at check-in and check-out with one
// key, stored, and its movement named on the summary.
func TestReachIsAskedStoredAndJudged(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		before, after string
		want          string
		reachB        journal.Reach
		reachA        journal.Reach
	}{
		{"3", "1", "moved up towards your back — a good sign", journal.ReachBelowKnee, journal.ReachBack},
		{"2", "4", "spread further down your leg", journal.ReachButtockThigh, journal.ReachFoot},
	} {
		h := newHarness(t, "en")
		h.key("enter", "enter", "enter") // Home, the routine, the precautions
		h.key("5", "enter")
		h.wantScreen("How far does the pain reach?", "below the knee", "1–4")
		h.key(c.before, "n")
		h.runToCheckOut()
		h.key("3", "enter")
		h.wantScreen("How far does the pain reach?")
		h.key(c.after, "enter")
		h.wantScreen(c.want)
		h.flush()
		s := h.j.last()
		if s.PainReachBefore != c.reachB || s.PainReachAfter != c.reachA {
			t.Fatalf("reach %q → %q, want %q → %q", s.PainReachBefore, s.PainReachAfter, c.reachB, c.reachA)
		}
	}
}

// Passing the question stores nothing, never a guess; a red-flag check-in
// keeps the reach it was given.
func TestReachPassedOrOnARedFlag(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.m.jr.acknowledged = true
	h.key("enter", "enter", "4", "enter", "esc", "n")
	h.runToCheckOut()
	h.key("esc", "enter", "enter")
	h.flush()
	if s := h.j.last(); s.PainReachBefore != journal.ReachUnknown || s.PainReachAfter != journal.ReachUnknown {
		t.Fatalf("passed reach stored as %q → %q", s.PainReachBefore, s.PainReachAfter)
	}
	h.key("enter") // the summary → Home
	h.key("enter", "enter", "4", "enter", "4", "y", "enter")
	h.flush()
	if s := h.j.last(); s.Outcome != journal.RedFlag || s.PainReachBefore != journal.ReachFoot {
		t.Fatalf("red flag %+v, want the reach kept", s)
	}
}

// Home notices pain spreading down the leg over recent sessions and says
// to talk to the physiotherapist.
func TestHomeNoticesASpreadingTrend(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.m.jr.acknowledged = true
	for i := 0; i < 2; i++ {
		h.key("enter", "enter", "4", "enter", "2", "n")
		h.runToCheckOut()
		h.key("4", "enter", "4", "enter", "enter")
		h.flush()
	}
	h.wantScreen("further down your leg", "Talk to your")
}

// After a session Home says it is done today and still offers another:
// several sessions a day are normal (press-ups, tilts).
func TestHomeOffersAnotherSessionWhenDoneToday(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.runToCheckOut()
	h.key("esc", "esc", "esc", "enter")
	h.flush()
	h.wantScreen("✓ Done today · you can start another session", "Start today's exercises")
	h.key("enter", "enter", "3", "enter", "enter", "n")
	if h.m.state != StateExercise {
		t.Fatalf("a second session the same day: state %v", h.m.state)
	}
}
