package journal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"
)

// sessionColumns are the columns a Session is read from. An older
// journal, read as it is by OpenReadOnly, lacks the later columns (pain
// location and red flag came with version 2, pain reach with 3); they
// read as unanswered.
func (s *Store) sessionColumns() string {
	cols := `id, started_at, ended_at, routine, phase, outcome, pain_before, pain_after, note, `
	if s.version < 2 {
		cols += `'', '', `
	} else {
		cols += `pain_where, red_flag, `
	}
	if s.version < 3 {
		return cols + `'', ''`
	}
	return cols + `pain_reach_before, pain_reach_after`
}

// stepColumns are the columns a Step is read from, after its session id;
// before version 3 no step was recorded as skipped.
func (s *Store) stepColumns() string {
	const cols = `exercise, side, set_no, planned, done, unit, completed, `
	if s.version < 3 {
		return cols + `0, at`
	}
	return cols + `skipped, at`
}

// Sessions returns the sessions started at or after since (all of them for
// a zero since), newest first, each with its steps in the order written.
// Times come back in the local zone. Two queries whatever the number of
// sessions: one for the sessions, one index range scan for all their steps.
func (s *Store) Sessions(ctx context.Context, since time.Time) ([]Session, error) {
	if s == nil {
		return nil, ErrUnavailable
	}
	if s.version == 0 {
		return []Session{}, nil // an empty file: no tables, no sessions
	}
	where, args := "", []any{}
	if !since.IsZero() {
		where, args = ` WHERE started_at >= ?`, []any{ms(since)}
	}
	// One read transaction so the sessions and steps are one snapshot
	// even while another process writes.
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, readErr(err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	ss, index, err := readSessions(ctx, tx, s.sessionColumns(), where, args)
	if err != nil {
		return nil, readErr(err)
	}
	if len(ss) == 0 {
		return ss, nil
	}
	rows, err := tx.QueryContext(ctx,
		`SELECT session_id, `+s.stepColumns()+` FROM steps
		 WHERE session_id IN (SELECT id FROM sessions`+where+`) ORDER BY session_id, id`, args...)
	if err != nil {
		return nil, readErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			sid int64
			st  Step
			at  int64
		)
		if err := rows.Scan(&sid, &st.Exercise, &st.Side, &st.Set, &st.Planned, &st.Done, &st.Unit, &st.Completed, &st.Skipped, &at); err != nil {
			return nil, readErr(err)
		}
		st.At = fromMS(at)
		if i, ok := index[sid]; ok {
			ss[i].Steps = append(ss[i].Steps, st)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, readErr(err)
	}
	return ss, nil
}

func readSessions(ctx context.Context, tx *sql.Tx, columns, where string, args []any) ([]Session, map[int64]int, error) {
	rows, err := tx.QueryContext(ctx,
		`SELECT `+columns+` FROM sessions`+where+` ORDER BY started_at DESC, id DESC`, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	ss := []Session{}
	index := map[int64]int{}
	for rows.Next() {
		var (
			se            Session
			started       int64
			ended         sql.NullInt64
			before, after sql.NullInt64
			outcome       string
			reachBefore   string
			reachAfter    string
		)
		if err := rows.Scan(&se.ID, &started, &ended, &se.Routine, &se.Phase, &outcome,
			&before, &after, &se.Note, &se.PainWhere, &se.RedFlag, &reachBefore, &reachAfter); err != nil {
			return nil, nil, err
		}
		se.StartedAt = fromMS(started)
		if ended.Valid {
			se.EndedAt = fromMS(ended.Int64)
		}
		se.Outcome = Outcome(outcome)
		se.PainBefore = painOf(before)
		se.PainAfter = painOf(after)
		se.PainReachBefore, se.PainReachAfter = Reach(reachBefore), Reach(reachAfter)
		index[se.ID] = len(ss)
		ss = append(ss, se)
	}
	return ss, index, rows.Err()
}

// Setting returns a value stored with SetSetting; ok is false when the key
// has never been set.
func (s *Store) Setting(ctx context.Context, key string) (string, bool, error) {
	if s == nil {
		return "", false, ErrUnavailable
	}
	if s.version < 2 {
		return "", false, nil // settings came with schema version 2
	}
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, readErr(err)
	}
	return v, true, nil
}

func painOf(v sql.NullInt64) *int {
	if !v.Valid {
		return nil
	}
	return Pain(int(v.Int64))
}

func readErr(err error) error {
	return fmt.Errorf("journal: could not read the journal (%s): %w", reason(err), err)
}

// ExercisedStarts returns the start times, newest first, of the sessions
// started at or after since (all for a zero since) that count as
// exercised: completed, and either without steps or with a step that did
// some work (not skipped, and completed or with something done). It
// mirrors progress.Exercised in SQL (a test keeps the two equal) so that a
// streak of years can be counted without loading years of steps: one
// index scan, a few milliseconds on ten years of journal.
func (s *Store) ExercisedStarts(ctx context.Context, since time.Time) ([]time.Time, error) {
	if s == nil {
		return nil, ErrUnavailable
	}
	if s.version == 0 {
		return nil, nil
	}
	// The condition is written as the partial index steps_with_work is,
	// so SQLite answers it from the index.
	work := "t.skipped = 0 AND (t.completed = 1 OR t.done > 0)"
	if s.version < 3 {
		work = "(t.completed = 1 OR t.done > 0)" // no skipped column, no index yet
	}
	// For the whole history a plain table scan beats walking the start
	// index, which costs a table lookup per session.
	from, args := "", []any{string(Completed)}
	if !since.IsZero() {
		from, args = " AND started_at >= ?", append(args, ms(since))
	}
	// The step with work first: almost every session has one, and SQLite
	// tries the terms of OR in order, so the test for a session without
	// steps runs only for the few that have none (about 40 % less time on
	// ten years of journal than the other order).
	rows, err := s.db.QueryContext(ctx, `SELECT started_at FROM sessions s
		WHERE outcome = ?`+from+`
		AND (EXISTS (SELECT 1 FROM steps t WHERE t.session_id = s.id AND `+work+`)
		     OR NOT EXISTS (SELECT 1 FROM steps t WHERE t.session_id = s.id))`, args...)
	if err != nil {
		return nil, readErr(err)
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var at int64
		if err := rows.Scan(&at); err != nil {
			return nil, readErr(err)
		}
		out = append(out, fromMS(at))
	}
	if err := rows.Err(); err != nil {
		return nil, readErr(err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].After(out[j]) })
	return out, nil
}
