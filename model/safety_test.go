package model

import (
	"strings"
	"testing"
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
			h.key("enter", "enter", "4", "enter", "y", "enter", "esc") // bladder or bowel
		}, []string{"Get seen by a doctor before you exercise again", "your own doctor"}},
		{"red flag now da", "da", func(h *harness) {
			h.m.jr.acknowledged = true
			h.key("enter", "enter", "4", "enter", "y", "down", "enter", "enter")
		}, []string{"Du skal ses af en læge, før du træner igen"}},
		{"pain stop nerve", "en", func(h *harness) {
			h.startSession()
			h.key("x", "3", "enter")
		}, []string{"Get seen by a doctor before you exercise again"}},
		{"red flag soon", "en", func(h *harness) {
			h.m.jr.acknowledged = true
			h.key("enter", "enter", "4", "enter", "y")
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
