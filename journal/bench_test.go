package journal

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// tenYears is a daily history of ten years: 3,650 sessions, ~20,000 steps.
func tenYears(end time.Time) []Session {
	var ss []Session
	for d := range 3650 {
		at := end.AddDate(0, 0, -3650+d).Add(time.Duration(d%50) * time.Minute)
		s := Session{StartedAt: at, EndedAt: at.Add(15 * time.Minute), Routine: "mobility", Phase: "mobility",
			Outcome: Completed, PainBefore: Pain(d % 7), PainAfter: Pain(d % 5), Note: "ok"}
		switch d % 20 {
		case 7:
			s.Outcome, s.PainWhere = PainStop, PainLeg
		case 13:
			s.Outcome = Quit
		}
		n := 5 + d%2 // 5 or 6 steps: 20,075 in all
		for j := range n {
			s.Steps = append(s.Steps, Step{Exercise: "knee-to-chest", Side: "right", Set: j + 1, Planned: 25, Done: 25,
				Unit: UnitSeconds, Completed: true, At: at.Add(time.Duration(j+1) * time.Minute)})
		}
		ss = append(ss, s)
	}
	return ss
}

func BenchmarkOpenAndLoadTenYears(b *testing.B) {
	ctx := context.Background()
	now := time.Date(2035, 6, 1, 12, 0, 0, 0, time.Local)
	path := filepath.Join(b.TempDir(), "journal.db")
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	bulkInsert(b, s, tenYears(now))
	s.Close()

	b.Run("Open", func(b *testing.B) {
		for b.Loop() {
			s, err := Open(ctx, path)
			if err != nil {
				b.Fatal(err)
			}
			s.Close()
		}
	})
	b.Run("Sessions", func(b *testing.B) {
		s, _ := Open(ctx, path)
		defer s.Close()
		for b.Loop() {
			if _, err := s.Sessions(ctx, time.Time{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("All", func(b *testing.B) {
		for b.Loop() {
			s, err := Open(ctx, path)
			if err != nil {
				b.Fatal(err)
			}
			ss, err := s.Sessions(ctx, time.Time{})
			if err != nil {
				b.Fatal(err)
			}
			if len(ss) != 3650 {
				b.Fatalf("%d sessions", len(ss))
			}
			s.Close()
		}
	})
}
