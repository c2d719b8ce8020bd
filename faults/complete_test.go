//go:build linux

package faults

import (
	"testing"
)

// The baseline the fault tests compare against: without faults, the
// driver takes the routine to its end and every exercise is one finished
// step in the journal.
func TestRoutineRunsToTheEnd(t *testing.T) {
	slow(t)
	h := newHome(t)
	routine := h.write(t, "fault.toml", faultRoutine)
	a := h.start(t, "--routine", routine)
	d := newDriver(a)
	d.driveUntil("the check-out", func() bool { return !d.finishedAt[len(faultExercises)-1].IsZero() })
	a.WaitText(0, "How is your back now")
	finishCheckOut(a)
	if code := a.Wait(); code != exitOK {
		t.Fatalf("exit status %d, want 0", code)
	}
	ss := h.sessions(t)
	if len(ss) != 1 {
		t.Fatalf("%d sessions in the journal, want 1", len(ss))
	}
	var got []string
	for _, s := range ss[0].Steps {
		if s.Completed {
			got = append(got, s.Exercise)
		}
	}
	if len(got) != len(faultExercises) {
		t.Fatalf("completed steps %v, want one per exercise; session %+v", got, ss[0])
	}
	for i, e := range faultExercises {
		if got[i] != e.id {
			t.Errorf("step %d is %s, want %s", i, got[i], e.id)
		}
	}
}

// finishCheckOut answers the check-out (pain 0, no note) and quits from the
// summary.
func finishCheckOut(a *app) {
	a.t.Helper()
	a.WaitText(answerCheckOut(a), "Session finished")
	a.Keys("q")
}

// answerCheckOut answers the check-out: pain 0, the reach question
// passed, no note. It returns the output's mark from the last key on,
// where the summary appears.
func answerCheckOut(a *app) int {
	a.t.Helper()
	at := a.Mark()
	a.Keys("0\r")
	a.WaitText(at, "does the pain reach")
	at = a.Mark()
	a.Keys("\r") // the reach question passed
	a.WaitText(at, "Anything to remember about today")
	at = a.Mark()
	a.Keys("\x1b")
	return at
}
