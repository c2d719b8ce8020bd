package model

import (
	"testing"
	"time"
)

// TestClockBackKeepsRemainingWithinStep is the smallest case the property
// test found with a clock that goes back: 291 ms back on a 5 s get-ready
// leaves 5.291 s of a 5 s step. A monotonic clock never goes back, but
// the countdown should not trust that: capping remaining at total keeps
// the screen, the ticks and a stopped hold's Done within the step.
func TestClockBackKeepsRemainingWithinStep(t *testing.T) {
	h := newHarness(t, "en")
	h.startSession()
	h.key("enter") // the intro → get ready
	st := h.m.step()
	if !st.Timed() {
		t.Fatalf("step %v is not timed", st.Kind)
	}
	h.clock.advance(-291 * time.Millisecond)
	if rem := h.m.sess.clock.remaining(h.clock.now()); rem > st.Duration {
		t.Fatalf("%v left of a %v step", rem, st.Duration)
	}
}
