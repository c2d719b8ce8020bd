package jqueue

import (
	"context"
	"errors"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// Journal is what the queue needs of the store; *journal.Store has it and
// tests pass fakes.
type Journal interface {
	StartSession(ctx context.Context, s journal.Start) (int64, error)
	AddStep(ctx context.Context, sessionID int64, st journal.Step) error
	FinishSession(ctx context.Context, sessionID int64, f journal.Finish) error
	SetPainWhere(ctx context.Context, sessionID int64, where string) error
	SetPainReachAfter(ctx context.Context, sessionID int64, r journal.Reach) error
	RecordRedFlag(ctx context.Context, s journal.Start, flag string) (int64, error)
	Sessions(ctx context.Context, since time.Time) ([]journal.Session, error)
	Setting(ctx context.Context, key string) (string, bool, error)
	SetSetting(ctx context.Context, key, value string) error
	// Notice is non-nil when the journal file was damaged and set aside.
	Notice() *journal.DamagedNotice
}

// ErrNoJournal is the error of every operation when opening the journal
// returned no journal and no error: there is nothing to retry.
var ErrNoJournal = errors.New("the journal is not available")

// errNoSession is returned for a write to a session whose start was
// given up: without its row there is nothing to add to.
var errNoSession = errors.New("the session was never saved")

// Op is one journal operation. The model names its sessions with keys of
// its own (Session fields); the queue alone maps them to database ids, so
// no id ever travels back through the model.
type Op interface {
	apply(ctx context.Context, j Journal, ids map[string]int64) (*History, error)
}

// StartSession opens a session row.
type StartSession struct {
	Session string
	Start   journal.Start
}

// AddStep writes one finished step of a session.
type AddStep struct {
	Session string
	Step    journal.Step
}

// FinishSession ends a session (or updates its end: pain after, note).
type FinishSession struct {
	Session string
	Finish  journal.Finish
}

// SetPainWhere stores the answer after a pain stop.
type SetPainWhere struct {
	Session string
	Where   string
}

// SetPainReachAfter stores how far the pain reached, asked after a pain
// stop.
type SetPainReachAfter struct {
	Session string
	Reach   journal.Reach
}

// RecordRedFlag records a check-in that ended in a red flag.
type RecordRedFlag struct {
	Start journal.Start
	Flag  string
}

// SetSetting stores one setting.
type SetSetting struct{ Key, Value string }

// ReadHistory reads every session and the named settings. It runs in
// order with the writes, so it sees every write submitted before it.
type ReadHistory struct{ Settings []string }

// History is what ReadHistory found.
type History struct {
	Sessions []journal.Session
	Settings map[string]string
	Damaged  *journal.DamagedNotice
}

func (o StartSession) apply(ctx context.Context, j Journal, ids map[string]int64) (*History, error) {
	id, err := j.StartSession(ctx, o.Start)
	if err == nil {
		ids[o.Session] = id
	}
	return nil, err
}

func sessionID(ids map[string]int64, key string) (int64, error) {
	id, ok := ids[key]
	if !ok {
		return 0, errNoSession
	}
	return id, nil
}

func (o AddStep) apply(ctx context.Context, j Journal, ids map[string]int64) (*History, error) {
	id, err := sessionID(ids, o.Session)
	if err != nil {
		return nil, err
	}
	return nil, j.AddStep(ctx, id, o.Step)
}

func (o FinishSession) apply(ctx context.Context, j Journal, ids map[string]int64) (*History, error) {
	id, err := sessionID(ids, o.Session)
	if err != nil {
		return nil, err
	}
	return nil, j.FinishSession(ctx, id, o.Finish)
}

func (o SetPainWhere) apply(ctx context.Context, j Journal, ids map[string]int64) (*History, error) {
	id, err := sessionID(ids, o.Session)
	if err != nil {
		return nil, err
	}
	return nil, j.SetPainWhere(ctx, id, o.Where)
}

func (o SetPainReachAfter) apply(ctx context.Context, j Journal, ids map[string]int64) (*History, error) {
	id, err := sessionID(ids, o.Session)
	if err != nil {
		return nil, err
	}
	return nil, j.SetPainReachAfter(ctx, id, o.Reach)
}

func (o RecordRedFlag) apply(ctx context.Context, j Journal, _ map[string]int64) (*History, error) {
	_, err := j.RecordRedFlag(ctx, o.Start, o.Flag)
	return nil, err
}

func (o SetSetting) apply(ctx context.Context, j Journal, _ map[string]int64) (*History, error) {
	return nil, j.SetSetting(ctx, o.Key, o.Value)
}

func (o ReadHistory) apply(ctx context.Context, j Journal, _ map[string]int64) (*History, error) {
	ss, err := j.Sessions(ctx, time.Time{})
	if err != nil {
		return nil, err
	}
	h := &History{Sessions: ss, Settings: map[string]string{}, Damaged: j.Notice()}
	for _, k := range o.Settings {
		v, ok, err := j.Setting(ctx, k)
		if err != nil {
			return nil, err
		}
		if ok {
			h.Settings[k] = v
		}
	}
	return h, nil
}

// isRead reports whether an op only reads: a read that is given up loses
// nothing, so it never counts as unsaved.
func isRead(o Op) bool {
	_, ok := o.(ReadHistory)
	return ok
}
