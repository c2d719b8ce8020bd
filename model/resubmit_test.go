package model

import (
	"testing"
)

// A write decided by the last key before the program stops may never
// have been handed over: Bubble Tea can stop before running its command.
// Resubmit hands over every operation not yet confirmed, and the journal
// actor takes each number once, so nothing is lost and nothing doubled.
func TestResubmitHandsOverWhatWasNeverRun(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.flush() // everything so far confirmed
	if n := len(h.m.jr.pending); n != 0 {
		t.Fatalf("%d operations still pending after the journal confirmed them", n)
	}
	// x stops the session; its writes' commands are dropped, as when the
	// program stops at once.
	nm, _ := h.m.Update(keyMsg("x"))
	h.m = nm.(Model)
	nm, _ = h.m.Update(keyMsg("2"))
	h.m = nm.(Model)
	if len(h.m.jr.pending) < 2 {
		t.Fatalf("pending = %d, want the stop's writes and the answer", len(h.m.jr.pending))
	}
	resubmit := h.m.Resubmit()
	resubmit()
	resubmit() // twice: the actor keeps the first of each number
	h.flush()
	got := h.j.last()
	if got.Outcome != "pain_stop" || got.PainWhere != "leg" {
		t.Fatalf("journal has outcome %q, where %q; want the stop and its answer saved once", got.Outcome, got.PainWhere)
	}
	if n := len(h.m.jr.pending); n != 0 {
		t.Fatalf("%d operations still pending after resubmitting", n)
	}
}
