package journal_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
)

// twoADay is ten years of two sessions a day (7,300 sessions, each with
// six steps: 43,800 steps), the journal `rygtimer status` must read at
// every shell prompt.
func twoADay(end time.Time) []journal.Session {
	var ss []journal.Session
	for d := range 3650 {
		for k, hour := range []int{8, 19} {
			at := time.Date(end.Year(), end.Month(), end.Day()-3650+d, hour, d%50, 0, 0, end.Location())
			s := journal.Session{StartedAt: at, EndedAt: at.Add(12 * time.Minute), Routine: "pain-relief", Phase: "pain-relief",
				Outcome: journal.Completed, PainBefore: journal.Pain(d % 7), PainAfter: journal.Pain(d % 5),
				PainReachBefore: journal.ReachBelowKnee, PainReachAfter: journal.ReachButtockThigh}
			if (d+k)%23 == 0 {
				s.Outcome = journal.PainStop
			}
			for j := range 6 {
				s.Steps = append(s.Steps, journal.Step{Exercise: "knee-to-chest", Side: "right", Set: j + 1, Planned: 20, Done: 20,
					Unit: journal.UnitSeconds, Completed: true, At: at.Add(time.Duration(j+1) * time.Minute)})
			}
			ss = append(ss, s)
		}
	}
	return ss
}

// BenchmarkStatusTenYears times `rygtimer status` as the command runs it
// (a read-only open, LoadStatus, close) on ten years of two sessions a
// day: "Streak10y" with an unbroken ten-year streak (the worst case: the
// streak is counted to its start) and "Streak20d" with a streak broken 20
// days ago (the usual case: only the last 64 days are read).
func BenchmarkStatusTenYears(b *testing.B) {
	ctx := context.Background()
	now := time.Date(2035, 6, 1, 7, 0, 0, 0, time.Local) // before today's session
	for _, c := range []struct {
		name   string
		streak int
	}{{"Streak10y", 3650}, {"Streak20d", 20}} {
		ss := twoADay(now) // days 0 … 3649, the last yesterday
		if c.streak < 3650 {
			gap := 3650 - c.streak - 1 // one day without a session
			ss = append(ss[:2*gap], ss[2*gap+2:]...)
		}
		path := filepath.Join(b.TempDir(), "journal.db")
		s, err := journal.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		journal.BulkInsert(b, s, ss)
		s.Close()
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				ro, err := journal.OpenReadOnly(ctx, path)
				if err != nil {
					b.Fatal(err)
				}
				st, err := progress.LoadStatus(ctx, ro, now)
				if err != nil {
					b.Fatal(err)
				}
				ro.Close()
				if st.DoneToday || st.Streak != c.streak {
					b.Fatalf("status = %+v, want a streak of %d", st, c.streak)
				}
			}
		})
	}
}

// ExercisedStarts is progress.Exercised in SQL: both pick the same
// sessions, for every mix of steps.
func TestExercisedStartsMirrorsExercised(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := journal.Open(ctx, filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	t0 := time.Date(2025, 3, 10, 8, 0, 0, 0, time.Local)
	kinds := []journal.Step{
		{Exercise: "a", Unit: journal.UnitSeconds, Planned: 20, Done: 20, Completed: true},
		{Exercise: "a", Unit: journal.UnitSeconds, Planned: 20, Done: 5},
		{Exercise: "a", Unit: journal.UnitSeconds, Planned: 20},
		{Exercise: "a", Unit: journal.UnitSeconds, Planned: 20, Skipped: true},
	}
	var ss []journal.Session
	for i := range 3 * 16 {
		o := []journal.Outcome{journal.Completed, journal.Quit, journal.PainStop}[i%3]
		at := t0.Add(time.Duration(i) * time.Hour)
		se := journal.Session{StartedAt: at, EndedAt: at.Add(time.Minute), Routine: "r", Outcome: o}
		for k, st := range kinds {
			if (i/3)&(1<<k) != 0 {
				st.At = at
				se.Steps = append(se.Steps, st)
			}
		}
		ss = append(ss, se)
	}
	journal.BulkInsert(t, s, ss)
	got, err := s.ExercisedStarts(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var want []time.Time
	for _, se := range journal.NewestFirst(ss) {
		if progress.Exercised(se) {
			want = append(want, se.StartedAt)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("ExercisedStarts gave %d sessions, progress.Exercised %d", len(got), len(want))
	}
	for i := range got {
		if !got[i].Equal(want[i]) {
			t.Errorf("%d: %v, want %v", i, got[i], want[i])
		}
	}
	if since, _ := s.ExercisedStarts(ctx, t0.Add(24*time.Hour)); len(since) >= len(got) {
		t.Errorf("since is ignored: %d", len(since))
	}
}
