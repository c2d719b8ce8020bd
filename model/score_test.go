package model

import (
	"strings"
	"testing"
)

// The pain scale pre-selects nothing: enter with nothing chosen records
// nothing and says to type a number; esc still skips; the check-out does
// not offer the check-in's score.
func TestPainScalePreSelectsNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.m.jr.acknowledged = true
	h.key("enter", "enter")
	if strings.Contains(h.screen(), "[0]") {
		t.Fatalf("0 is pre-selected:\n%s", h.screen())
	}
	h.key("enter")
	if h.m.state != StateCheckIn || h.m.in.askReach || h.m.in.painBefore != nil {
		t.Fatalf("enter with nothing chosen moved on: state %v, pain %v", h.m.state, h.m.in.painBefore)
	}
	h.wantScreen("Type a number first")
	h.key("up")
	h.wantScreen("[0]")
	h.key("up", "enter")
	if h.m.in.painBefore == nil || *h.m.in.painBefore != 1 {
		t.Fatalf("pain before %v, want 1 (the first arrow picks 0)", h.m.in.painBefore)
	}
	h.key("enter", "n")
	h.runToCheckOut()
	if strings.Contains(h.screen(), "[1]") || h.m.out.score.chosen {
		t.Fatalf("check-out pre-selects the check-in's score:\n%s", h.screen())
	}
	h.key("enter")
	if h.m.out.asking != askPain {
		t.Fatal("enter with nothing chosen at check-out moved on")
	}
	h.key("esc")
	if h.m.out.asking != askReach || h.m.out.painAfter != nil {
		t.Fatalf("esc must skip the score: asking %d, pain %v", h.m.out.asking, h.m.out.painAfter)
	}
}
