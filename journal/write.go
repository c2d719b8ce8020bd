package journal

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Each write below is a single statement, and so its own transaction: it
// is on the disk when the call returns, and kill -9 at any moment loses at
// most the write in flight. A zero At means now.

// StartSession writes the row of a session that is starting and returns
// its id.
func (s *Store) StartSession(ctx context.Context, st Start) (int64, error) {
	if s == nil {
		return 0, ErrUnavailable
	}
	if err := st.check(); err != nil {
		return 0, err
	}
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO sessions (started_at, routine, phase, pain_before, pain_reach_before) VALUES (?, ?, ?, ?, ?)`,
		ms(s.at(st.At)), st.Routine, st.Phase, nullPain(st.PainBefore), string(st.PainReachBefore))
	if err != nil {
		return 0, writeErr("start of the session", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, writeErr("start of the session", err)
	}
	s.mu.Lock()
	s.mine[id] = true
	s.mu.Unlock()
	return id, nil
}

// AddStep writes one finished hold or set. Steps are accepted for a
// session that has already been finished too: the UI may deliver the last
// step and the finish in either order, and neither should be lost.
func (s *Store) AddStep(ctx context.Context, sessionID int64, st Step) error {
	if s == nil {
		return ErrUnavailable
	}
	if err := st.check(); err != nil {
		return err
	}
	// INSERT … SELECT writes nothing when the session does not exist, so
	// a bad id is reported as ErrNotFound rather than as a foreign-key
	// failure.
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO steps (session_id, exercise, side, set_no, planned, done, unit, completed, skipped, at)
		 SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM sessions WHERE id = ?`,
		st.Exercise, st.Side, st.Set, st.Planned, st.Done, st.Unit, st.Completed, st.Skipped, ms(s.at(st.At)), sessionID)
	return writeErr("step", one(res, err, sessionID))
}

// FinishSession records how a session ended. It overwrites an earlier
// ending, because the only way a session of ours can already be ended is
// another rygtimer process having taken it for abandoned (see
// CloseAbandoned); the real ending is better.
func (s *Store) FinishSession(ctx context.Context, sessionID int64, f Finish) error {
	if s == nil {
		return ErrUnavailable
	}
	if err := f.check(); err != nil {
		return err
	}
	res, err := s.db.ExecContext(ctx,
		`UPDATE sessions SET ended_at = ?, outcome = ?, pain_after = ?, note = ?, pain_where = ?, pain_reach_after = ? WHERE id = ?`,
		ms(s.at(f.At)), string(f.Outcome), nullPain(f.PainAfter), f.Note, f.PainWhere, string(f.PainReachAfter), sessionID)
	if err := one(res, err, sessionID); err != nil {
		return writeErr("end of the session", err)
	}
	s.mu.Lock()
	delete(s.mine, sessionID)
	s.mu.Unlock()
	return nil
}

// SetPainWhere records the answer to "where is the pain?" asked after a
// pain stop, which comes after the session was finished.
func (s *Store) SetPainWhere(ctx context.Context, sessionID int64, where string) error {
	if s == nil {
		return ErrUnavailable
	}
	if err := checkWhere(where); err != nil {
		return err
	}
	res, err := s.db.ExecContext(ctx, `UPDATE sessions SET pain_where = ? WHERE id = ?`, where, sessionID)
	return writeErr("pain location", one(res, err, sessionID))
}

// RecordRedFlag writes a check-in that ended in a red flag: a session row
// started and ended at st.At with outcome red_flag, so the journal (and a
// physiotherapist reading the export) sees that warning signs were
// reported and when.
func (s *Store) RecordRedFlag(ctx context.Context, st Start, flag string) (int64, error) {
	if s == nil {
		return 0, ErrUnavailable
	}
	if err := st.check(); err != nil {
		return 0, err
	}
	if flag == "" {
		return 0, fmt.Errorf("journal: a red-flag check-in needs the flag's id")
	}
	at := ms(s.at(st.At))
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO sessions (started_at, ended_at, routine, phase, outcome, pain_before, red_flag, pain_reach_before)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		at, at, st.Routine, st.Phase, string(RedFlag), nullPain(st.PainBefore), flag, string(st.PainReachBefore))
	if err != nil {
		return 0, writeErr("red-flag check-in", err)
	}
	id, err := res.LastInsertId()
	return id, writeErr("red-flag check-in", err)
}

// CloseAbandoned ends as interrupted every session started before now and
// left open by a process that died (kill -9, a closed terminal, a power
// cut): ended at its last step, or at its start if it has none, and never
// later than now. Sessions this Store started and has not finished are left
// alone, and so is a session started after now (another process's, seen
// through a clock that lags). A session still running in another rygtimer
// process would be closed too; when that process finishes it, its
// FinishSession overwrites the interruption, so nothing is lost.
func (s *Store) CloseAbandoned(ctx context.Context, now time.Time) (int, error) {
	if s == nil {
		return 0, ErrUnavailable
	}
	at := ms(s.at(now))
	s.mu.Lock()
	args := []any{string(Interrupted), at, at}
	var skip []string
	for id := range s.mine {
		skip = append(skip, "?")
		args = append(args, id)
	}
	s.mu.Unlock()
	q := `UPDATE sessions SET outcome = ?,
		ended_at = MIN(COALESCE((SELECT MAX(at) FROM steps WHERE session_id = sessions.id), started_at), ?)
		WHERE ended_at IS NULL AND started_at <= ?`
	if len(skip) > 0 {
		q += ` AND id NOT IN (` + strings.Join(skip, ",") + `)`
	}
	res, err := s.db.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, writeErr("interrupted sessions", err)
	}
	n, err := res.RowsAffected()
	return int(n), writeErr("interrupted sessions", err)
}

// SetSetting stores a small value with the journal (first-run
// acknowledgements and the like).
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	if s == nil {
		return ErrUnavailable
	}
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO settings (key, value) VALUES (?, ?)
		 ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return writeErr("setting "+key, err)
}

// at returns t, or now for a zero t.
func (s *Store) at(t time.Time) time.Time {
	if t.IsZero() {
		return s.now()
	}
	return t
}

// one turns "no row changed" into ErrNotFound.
func one(res sql.Result, err error, id int64) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%w (id %d)", ErrNotFound, id)
	}
	return nil
}

// Times are stored as Unix milliseconds: sortable integers, exact enough
// for a timer whose shortest step is seconds.
func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(v int64) time.Time { return time.UnixMilli(v) }

func nullPain(p *int) sql.NullInt64 {
	if p == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: int64(*p), Valid: true}
}

// SetPainReachAfter records how far the pain reached at check-out when
// that answer comes after FinishSession was written (after a pain stop,
// the session is finished at once and the questions follow).
func (s *Store) SetPainReachAfter(ctx context.Context, sessionID int64, r Reach) error {
	if s == nil {
		return ErrUnavailable
	}
	if err := checkReach("pain reach after", r); err != nil {
		return err
	}
	res, err := s.db.ExecContext(ctx, `UPDATE sessions SET pain_reach_after = ? WHERE id = ?`, string(r), sessionID)
	return writeErr("pain reach", one(res, err, sessionID))
}
