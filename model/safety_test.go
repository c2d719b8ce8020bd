package model

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/routines"
)

// Home remembers a warning sign without a restart: a red flag of the now
// tier, or a pain stop answered "numbness or weakness", puts the advice
// where "keep going" was.
func TestHomeRemembersAWarning(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang string
		to         func(h *harness)
		want       []string
	}{
		{"red flag now", "en", func(h *harness) {
			h.m.jr.acknowledged = true
			h.key("enter", "enter", "4", "enter", "enter", "y", "enter", "esc") // bladder or bowel
		}, []string{"Today you reported a sign", "Get seen by a doctor before you exercise again", "your own doctor"}},
		{"red flag now da", "da", func(h *harness) {
			h.m.jr.acknowledged = true
			h.key("enter", "enter", "4", "enter", "enter", "y", "down", "enter", "enter")
		}, []string{"I dag svarede du", "Du skal ses af en læge, før du træner igen"}},
		{"pain stop nerve", "en", func(h *harness) {
			h.startSession()
			h.key("x", "3", "enter", "enter") // where, then pass how far it reaches
		}, []string{"Get seen by a doctor before you exercise again"}},
		{"red flag soon", "en", func(h *harness) {
			h.m.jr.acknowledged = true
			h.key("enter", "enter", "4", "enter", "enter", "y")
			for range len(RedFlags) - 2 {
				h.key("down")
			}
			h.key("enter", "esc") // new numbness or tingling in a leg
		}, []string{"talk to a doctor about", "only the gentle pain-relief phase", "Suggested for today: Pain relief"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, tc.lang)
			tc.to(h)
			if h.m.state != StateHome {
				t.Fatalf("state %v, want home", h.m.state)
			}
			h.flush()
			flat := strings.Join(strings.Fields(h.screen()), " ")
			for _, want := range tc.want {
				if !strings.Contains(flat, want) {
					t.Errorf("Home lacks %q:\n%s", want, h.screen())
				}
			}
			for _, not := range []string{"Keep going", "Take it gently today", "Fortsæt med", "Tag det roligt i dag"} {
				if strings.Contains(flat, not) {
					t.Errorf("Home still says %q:\n%s", not, h.screen())
				}
			}
		})
	}
}

// withPainRelief adds a pain-relief routine beside the test routine.
func withPainRelief(_ *harness, o *Options) {
	o.Routines = append(o.Routines, gentleTestRoutine())
}

// gentleTestRoutine is the test routine as a pain-relief routine.
func gentleTestRoutine() routines.Routine {
	r := testRoutine()
	r.ID, r.Phase = "gentle", routines.PainRelief
	r.Name = routines.Text{"en": "Pain relief", "da": "Smertelindring"}
	return r
}

// redFlag answers the check-in with pain 4 and the red flag at index i.
func (h *harness) redFlag(i int) {
	h.t.Helper()
	h.m.jr.acknowledged = true
	h.key("enter", "enter", "4", "enter", "enter", "y")
	for range i {
		h.key("down")
	}
	h.key("enter")
	if h.m.state != StateSeekHelp {
		h.t.Fatalf("state %v, want seek help", h.m.state)
	}
}

// A sign of the soon tier gives its advice and offers only the gentle
// pain-relief phase: enter starts it, esc is not today. The now and
// emergency tiers still block.
func TestSoonTierOffersOnlyPainRelief(t *testing.T) {
	t.Parallel()
	for i, f := range RedFlags {
		t.Run(f.ID, func(t *testing.T) {
			t.Parallel()
			h := newHarnessWith(t, "en", withPainRelief)
			h.redFlag(i)
			if f.Tier != TierSoon {
				if strings.Contains(h.screen(), "Start Pain relief now") {
					t.Fatalf("tier %v offers a session:\n%s", f.Tier, h.screen())
				}
				h.key("enter")
				if h.m.state != StateHome {
					t.Fatalf("enter on tier %v: state %v, want home", f.Tier, h.m.state)
				}
				return
			}
			h.wantScreen("TALK TO A DOCTOR SOON", "Start Pain relief now", "Not today", "enter start now", "esc not today")
			h.key("enter")
			h.wantStep(routines.StepIntro)
			if h.m.sess.routine.Phase != routines.PainRelief || h.m.in.painBefore == nil || *h.m.in.painBefore != 4 {
				t.Fatalf("started %v with pain %v, want pain relief with the check-in's 4", h.m.sess.routine.Phase, h.m.in.painBefore)
			}
		})
	}
	t.Run("esc is not today", func(t *testing.T) {
		t.Parallel()
		h := newHarnessWith(t, "da", withPainRelief)
		h.redFlag(len(RedFlags) - 1)
		h.wantScreen("Start Smertelindring nu", "Ikke i dag")
		h.key("esc")
		if h.m.state != StateHome {
			t.Fatalf("esc: state %v, want home", h.m.state)
		}
		h.flush()
		flat := strings.Join(strings.Fields(h.screen()), " ")
		if !strings.Contains(flat, "Forslag til i dag: Smertelindring") {
			t.Fatalf("Home does not suggest only pain relief:\n%s", h.screen())
		}
	})
}

// A check-in pain of 7 or more is said before the session starts, with
// pain relief offered first when a harder phase was picked; the patient
// may go on. 6 goes straight on.
func TestHighPainAtCheckIn(t *testing.T) {
	t.Parallel()
	checkIn := func(h *harness, pain ...string) {
		h.m.jr.acknowledged = true
		h.key("enter", "up", "enter") // Home, PhasePick: the test routine (mobility)
		h.key(pain...)
		h.key("enter", "enter", "n") // the score, the reach question passed, no warning signs
	}
	t.Run("pain relief instead", func(t *testing.T) {
		t.Parallel()
		h := newHarnessWith(t, "en", withPainRelief)
		checkIn(h, "8")
		if h.m.state != StatePainHigh {
			t.Fatalf("state %v, want pain-high", h.m.state)
		}
		h.wantScreen("Your pain is high today", "8 out of 10", "6 to 10", "► Start Pain relief instead", "Go on with Test routine")
		h.key("enter")
		h.wantStep(routines.StepIntro)
		if h.m.sess.routine.Phase != routines.PainRelief {
			t.Fatalf("started %v, want pain relief", h.m.sess.routine.Phase)
		}
	})
	t.Run("go on", func(t *testing.T) {
		t.Parallel()
		h := newHarnessWith(t, "da", withPainRelief)
		checkIn(h, "1", "0")
		h.wantScreen("Dine smerter er høje i dag", "10 ud af 10", "Fortsæt med Testprogram")
		h.key("down", "enter")
		h.wantStep(routines.StepIntro)
		if h.m.sess.routine.ID != "test" {
			t.Fatalf("started %v, want the routine picked", h.m.sess.routine.ID)
		}
	})
	t.Run("pain relief picked", func(t *testing.T) {
		t.Parallel()
		h := newHarness(t, "en")
		h.m.opts.Routines[0].Phase = routines.PainRelief
		checkIn(h, "7")
		h.wantScreen("Go gently today", "► Go on with Test routine")
		if strings.Contains(h.screen(), "instead") {
			t.Fatalf("pain relief offered instead of itself:\n%s", h.screen())
		}
		h.key("esc")
		if h.m.state != StateHome {
			t.Fatalf("esc: state %v, want home", h.m.state)
		}
	})
	t.Run("6 goes on", func(t *testing.T) {
		t.Parallel()
		h := newHarnessWith(t, "en", withPainRelief)
		checkIn(h, "6")
		h.wantStep(routines.StepIntro)
	})
}

// The clock waits while the window is too small to show the step, and
// the larger window shows it paused; space goes on.
func TestClockPausesWhileWindowTooSmall(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("enter")
	h.tick(5 * time.Second) // get ready
	h.tick(3 * time.Second) // 17 s of the hold left
	left := h.m.sess.clock.remaining(h.clock.now())
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	h.key("space") // unseen: must not start the clock
	h.tick(10 * time.Second)
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if got := h.m.sess.clock.remaining(h.clock.now()); got != left {
		t.Fatalf("remaining %v after a hidden 10 s, want %v", got, left)
	}
	h.wantScreen("Paused", "Press space to go on")
	h.key("space")
	h.tick(2 * time.Second)
	if got := h.m.sess.clock.remaining(h.clock.now()); got != left-2*time.Second {
		t.Fatalf("remaining %v after space and 2 s, want %v", got, left-2*time.Second)
	}
}

// The drawing beside a paced set stays in the same column whatever the
// cue and the count.
func TestRepDrawingStaysPut(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		h := newHarness(t, "en")
		h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		h.startSession()
		h.key("s", "enter")
		h.tick(5 * time.Second) // into the set
		col := -1
		for i := 0; i < 6; i++ {
			at := -1
			for _, l := range strings.Split(h.screen(), "\n") {
				if j := strings.Index(l, "○─"); j >= 0 {
					at = utf8.RuneCountInString(l[:j]) // a column: the big digits are not ASCII
				}
			}
			if at < 0 {
				t.Fatalf("%v: no drawing:\n%s", size, h.screen())
			}
			if col >= 0 && at != col {
				t.Fatalf("%v: the drawing moved from column %d to %d at cue %q:\n%s", size, col, at, h.m.step().Pace, h.screen())
			}
			col = at
			h.tick(time.Second)
		}
	}
}
