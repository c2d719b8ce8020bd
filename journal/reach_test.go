package journal

import (
	"context"
	"testing"
	"time"
)

func TestReachOrder(t *testing.T) {
	t.Parallel()
	for i, r := range Reaches {
		if r.Level() != i+1 || !r.Known() {
			t.Errorf("%q: level %d, known %v", r, r.Level(), r.Known())
		}
	}
	if !ReachFoot.FurtherThan(ReachBelowKnee) || !ReachBelowKnee.FurtherThan(ReachButtockThigh) ||
		!ReachButtockThigh.FurtherThan(ReachBack) || ReachBack.FurtherThan(ReachFoot) {
		t.Error("order is not back < buttock_thigh < below_knee < foot")
	}
	if ReachUnknown.Known() || ReachFoot.FurtherThan(ReachUnknown) || ReachUnknown.FurtherThan(ReachBack) ||
		Reach("arm").Known() {
		t.Error("an unanswered or unknown reach takes part in the order")
	}
}

// Pain reach and skipped steps are written and read back.
func TestReachAndSkippedRoundTrip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTemp(t)
	id, err := s.StartSession(ctx, Start{At: t0, Routine: "mobility", PainBefore: Pain(5), PainReachBefore: ReachBelowKnee})
	if err != nil {
		t.Fatal(err)
	}
	skipped := Step{Exercise: "bridge", Set: 1, Planned: 10, Unit: UnitReps, Skipped: true, At: t0.Add(time.Minute)}
	done := Step{Exercise: "knee-to-chest", Side: "left", Set: 1, Planned: 20, Done: 20, Unit: UnitSeconds, Completed: true, At: t0.Add(2 * time.Minute)}
	for _, st := range []Step{skipped, done} {
		if err := s.AddStep(ctx, id, st); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.FinishSession(ctx, id, Finish{At: t0.Add(3 * time.Minute), Outcome: Completed, PainAfter: Pain(3), PainReachAfter: ReachButtockThigh}); err != nil {
		t.Fatal(err)
	}
	rf, err := s.RecordRedFlag(ctx, Start{At: t0.Add(time.Hour), Routine: "r", PainReachBefore: ReachFoot}, "saddle")
	if err != nil {
		t.Fatal(err)
	}
	stop, _ := s.StartSession(ctx, Start{At: t0.Add(2 * time.Hour), Routine: "r"})
	s.FinishSession(ctx, stop, Finish{At: t0.Add(2*time.Hour + time.Minute), Outcome: PainStop})
	if err := s.SetPainReachAfter(ctx, stop, ReachFoot); err != nil {
		t.Fatal(err)
	}
	ss, err := s.Sessions(ctx, time.Time{})
	if err != nil || len(ss) != 3 {
		t.Fatalf("Sessions = %+v, %v", ss, err)
	}
	got := ss[2]
	if got.PainReachBefore != ReachBelowKnee || got.PainReachAfter != ReachButtockThigh {
		t.Errorf("reach = %q → %q", got.PainReachBefore, got.PainReachAfter)
	}
	if len(got.Steps) != 2 || !got.Steps[0].Skipped || got.Steps[0].Completed || got.Steps[1].Skipped {
		t.Errorf("steps = %+v", got.Steps)
	}
	if ss[1].ID != rf || ss[1].PainReachBefore != ReachFoot || ss[1].PainReachAfter != ReachUnknown {
		t.Errorf("red flag = %+v", ss[1])
	}
	if ss[0].PainReachAfter != ReachFoot {
		t.Errorf("SetPainReachAfter: %+v", ss[0])
	}
}

func TestReachAndSkippedValidation(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.StartSession(ctx, Start{Routine: "r", PainReachBefore: "knee"}); err == nil {
		t.Error("reach knee accepted at check-in")
	}
	id, _ := s.StartSession(ctx, Start{Routine: "r"})
	if err := s.FinishSession(ctx, id, Finish{Outcome: Completed, PainReachAfter: "toe"}); err == nil {
		t.Error("reach toe accepted at check-out")
	}
	if err := s.SetPainReachAfter(ctx, id, "hip"); err == nil {
		t.Error("reach hip accepted")
	}
	if err := s.SetPainReachAfter(ctx, 999, ReachBack); err == nil {
		t.Error("reach of a missing session accepted")
	}
	for _, st := range []Step{
		{Exercise: "x", Unit: UnitSeconds, Skipped: true, Completed: true},
		{Exercise: "x", Unit: UnitSeconds, Skipped: true, Done: 3},
	} {
		if err := s.AddStep(ctx, id, st); err == nil {
			t.Errorf("step %+v accepted", st)
		}
	}
}

// A version 2 journal read as it is has no reach and no skipped steps,
// and reading it changes nothing.
func TestReadOnlyVersion2(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := t.TempDir() + "/journal.db"
	old, err := openWritable(ctx, path, 2, newOptions(nil))
	if err != nil {
		t.Fatal(err)
	}
	seedV1(t, old.db)
	old.Close()
	s, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ss, err := s.Sessions(ctx, time.Time{})
	if err != nil || len(ss) != 1 || len(ss[0].Steps) != 1 {
		t.Fatalf("Sessions = %+v, %v", ss, err)
	}
	if ss[0].PainReachBefore != ReachUnknown || ss[0].PainReachAfter != ReachUnknown || ss[0].Steps[0].Skipped ||
		!ss[0].Steps[0].Completed {
		t.Errorf("version 2 session = %+v", ss[0])
	}
	if userVersion(t, s) != 2 {
		t.Error("reading migrated the journal")
	}
}
