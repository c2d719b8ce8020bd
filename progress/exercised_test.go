package progress

import (
	"maps"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/routines"

	"github.com/rygtimer/rygtimer/journal"
)

func skippedStep(ex string) journal.Step {
	return journal.Step{Exercise: ex, Set: 1, Planned: 10, Unit: journal.UnitReps, Skipped: true}
}

// A session where every exercise was skipped (or cut short at 0) is not
// exercised: no streak, no adherence, no total, no progression.
func TestAllSkippedCountsForNothing(t *testing.T) {
	t.Parallel()
	now := t0.Add(12 * time.Hour)
	skipped := sess(t0, journal.Completed, 3, 2)
	skipped.Steps = []journal.Step{skippedStep("bridge"), {Exercise: "tilt", Planned: 10, Done: 0, Unit: journal.UnitReps}}
	did := sess(t0.AddDate(0, 0, -1), journal.Completed, 3, 2)
	did.Steps = []journal.Step{skippedStep("bridge"), {Exercise: "tilt", Planned: 10, Done: 4, Unit: journal.UnitReps}}
	legacy := sess(t0.AddDate(0, 0, -2), journal.Completed, 3, 2) // no steps: an old journal
	ss := []journal.Session{skipped, did, legacy}
	if Exercised(skipped) || !NothingDone(skipped) || !Exercised(did) || !Exercised(legacy) {
		t.Fatalf("Exercised: skipped %v, did %v, legacy %v", Exercised(skipped), Exercised(did), Exercised(legacy))
	}
	if DoneToday(ss, now) {
		t.Error("an all-skipped session made today done")
	}
	if got := Streak(ss, now); got != 2 {
		t.Errorf("Streak = %d, want 2 (yesterday and the day before)", got)
	}
	w := Weekly(ss, now, 2) // t0 is a Monday: the others are last week
	if w[1].Sessions != 0 || w[1].Days != 0 || w[1].Unfinished != 1 || w[1].Exercised[0] || w[0].Sessions != 2 || w[0].Days != 2 {
		t.Errorf("Weekly = %+v", w)
	}
	if n := Count(ss); n.Completed != 2 || n.Unfinished != 1 {
		t.Errorf("Count = %+v", n)
	}
}

func TestClassify(t *testing.T) {
	t.Parallel()
	steps := []journal.Step{
		{Exercise: "a", Set: 1, Planned: 20, Done: 20, Completed: true},
		{Exercise: "a", Set: 2, Planned: 20, Done: 20, Completed: true},
		{Exercise: "b", Set: 1, Planned: 20, Done: 0},
		{Exercise: "c", Set: 1, Planned: 10, Done: 6},
		{Exercise: "d", Set: 1, Planned: 10, Skipped: true},
		{Exercise: "d", Set: 2, Planned: 10, Skipped: true},
	}
	for _, c := range []struct {
		ex      string
		planned int
		want    StepResult
	}{
		{"a", 2, DoneInFull}, {"a", 0, DoneInFull}, {"a", 3, CutShort},
		{"b", 1, Skipped}, // 0 s done: nothing happened, never "0 s in all"
		{"c", 1, CutShort}, {"d", 2, Skipped}, {"missing", 1, Skipped},
	} {
		if got := ClassifyExercise(steps, c.ex, c.planned); got != c.want {
			t.Errorf("ClassifyExercise(%s, %d) = %q, want %q", c.ex, c.planned, got, c.want)
		}
	}
	if ClassifyStep(steps[0]) != DoneInFull || ClassifyStep(steps[2]) != CutShort || ClassifyStep(steps[4]) != Skipped {
		t.Error("ClassifyStep")
	}
	got := SkippedExercises(journal.Session{Steps: steps})
	if len(got) != 2 || got[0] != "b" || got[1] != "d" {
		t.Errorf("SkippedExercises = %v, want [b d]", got)
	}
}

// Progression counts days: three good runs within a minute are one day.
func TestDosesCountDaysNotSessions(t *testing.T) {
	t.Parallel()
	good := history("g")[0]
	var ss []journal.Session
	for i := range 3 {
		s := good
		s.ID = int64(i + 1)
		s.StartedAt = t0.Add(time.Duration(i) * 20 * time.Second)
		s.EndedAt = s.StartedAt.Add(10 * time.Second)
		ss = append(ss, s)
	}
	base := routines.Doses{"knee-to-chest": 20 * s, "seated": 15 * s, "cobra": 5 * s}
	if doses, changes := Doses(ss, testRoutine); !maps.Equal(doses, base) || len(changes) != 0 {
		t.Errorf("three runs in a minute: doses %v, changes %v; want no growth", doses, changes)
	}
	// Two more days make three days: it grows.
	for d := 1; d <= 2; d++ {
		s := good
		s.ID, s.StartedAt = int64(10+d), t0.AddDate(0, 0, d)
		ss = append(ss, s)
	}
	if doses, _ := Doses(ss, testRoutine); doses["knee-to-chest"] != 25*s {
		t.Errorf("three good days: knee-to-chest %v, want 25s", doses["knee-to-chest"])
	}
	// A pain stop later the same day steps back at once.
	stop := history("p")[0]
	stop.ID, stop.StartedAt = 99, t0.AddDate(0, 0, 2).Add(time.Hour)
	if doses, changes := Doses(append(ss, stop), testRoutine); doses["knee-to-chest"] != 20*s ||
		changes["knee-to-chest"].Why != SteppedBackAfterPainStop {
		t.Errorf("pain stop on a good day: %v, %v", doses, changes)
	}
	// An all-skipped "completed" session neither counts nor resets.
	skipped := good
	skipped.StartedAt = t0.AddDate(0, 0, 1)
	skipped.Steps = []journal.Step{skippedStep("knee-to-chest")}
	if Exercised(skipped) {
		t.Fatal("skipped session exercised")
	}
}

// The week's change is taken over sessions rated both before and after:
// a red-flag check-in's lone "before" is left out (issue 9 point 12).
func TestWeeklyChangeIgnoresLoneRatings(t *testing.T) {
	t.Parallel()
	flag := sess(t0.Add(time.Hour), journal.RedFlag, 9, -1)
	ss := []journal.Session{sess(t0, journal.Completed, 5, 3), sess(t0.Add(2*time.Hour), journal.Completed, 6, 4), flag}
	w := Weekly(ss, t0.Add(3*time.Hour), 1)[0]
	if !w.HasChange || w.Change != -2 {
		t.Errorf("Change = %v (%v), want -2", w.Change, w.HasChange)
	}
	if w.Before-w.After == 2 {
		t.Error("the before mean should include the check-in; only the change leaves it out")
	}
}
