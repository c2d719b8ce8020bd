package journal

import (
	"context"
	"database/sql"
	"testing"
)

// bulkInsert writes sessions (with their steps) in one transaction, far
// faster than the one-commit-per-write path, for fixtures and benchmarks.
func bulkInsert(t testing.TB, s *Store, ss []Session) {
	t.Helper()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	insS, err := tx.Prepare(`INSERT INTO sessions (started_at, ended_at, routine, phase, outcome, pain_before, pain_after, note, pain_where, red_flag, pain_reach_before, pain_reach_after)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		t.Fatal(err)
	}
	insT, err := tx.Prepare(`INSERT INTO steps (session_id, exercise, side, set_no, planned, done, unit, completed, skipped, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		t.Fatal(err)
	}
	for _, se := range ss {
		var ended sql.NullInt64
		if !se.EndedAt.IsZero() {
			ended = sql.NullInt64{Int64: ms(se.EndedAt), Valid: true}
		}
		res, err := insS.Exec(ms(se.StartedAt), ended, se.Routine, se.Phase, string(se.Outcome),
			nullPain(se.PainBefore), nullPain(se.PainAfter), se.Note, se.PainWhere, se.RedFlag, string(se.PainReachBefore), string(se.PainReachAfter))
		if err != nil {
			t.Fatal(err)
		}
		id, _ := res.LastInsertId()
		for _, st := range se.Steps {
			if _, err := insT.Exec(id, st.Exercise, st.Side, st.Set, st.Planned, st.Done, st.Unit, st.Completed, st.Skipped, ms(st.At)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}
