package model

import (
	"context"
	"errors"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
)

// Journal is what the model needs of the store; *journal.Store has it and
// tests pass a fake.
type Journal interface {
	StartSession(ctx context.Context, s journal.Start) (int64, error)
	AddStep(ctx context.Context, sessionID int64, st journal.Step) error
	FinishSession(ctx context.Context, sessionID int64, f journal.Finish) error
	SetPainWhere(ctx context.Context, sessionID int64, where string) error
	RecordRedFlag(ctx context.Context, s journal.Start, flag string) (int64, error)
	Sessions(ctx context.Context, since time.Time) ([]journal.Session, error)
	Setting(ctx context.Context, key string) (string, bool, error)
	SetSetting(ctx context.Context, key, value string) error
	// Notice is non-nil when the journal file was damaged and set aside.
	Notice() *journal.DamagedNotice
}

// Writer runs every journal operation in order on one goroutine, off the
// Update loop. Update hands an operation over (no I/O, never blocks) and
// gets back a command that waits for its result, so writes land in the
// order the session made them even though commands run concurrently, and
// a session's database id never has to travel back through the model.
type Writer struct {
	mu     sync.Mutex
	cond   *sync.Cond
	queue  []*op
	closed bool
	done   chan struct{}

	// open is called once, on the writer's goroutine, so the first frame
	// never waits for the database.
	open func() (Journal, error)
	j    Journal
	err  error
	ids  map[int]int64 // the model's session keys → database ids
}

type op struct {
	run    func(ctx context.Context, j Journal, ids map[int]int64) (tea.Msg, error)
	result chan opResult
}

type opResult struct {
	msg tea.Msg
	err error
}

// NewWriter starts the writer; open runs first, in the background.
func NewWriter(open func() (Journal, error)) *Writer {
	w := &Writer{open: open, ids: map[int]int64{}, done: make(chan struct{})}
	w.cond = sync.NewCond(&w.mu)
	go w.loop()
	return w
}

// ErrNoJournal is returned for every operation when the journal could not
// be opened; the session still runs.
var ErrNoJournal = errors.New("the journal is not available")

func (w *Writer) loop() {
	defer close(w.done)
	if w.open != nil {
		w.j, w.err = w.open()
	}
	if w.j == nil && w.err == nil {
		w.err = ErrNoJournal
	}
	for {
		w.mu.Lock()
		for len(w.queue) == 0 && !w.closed {
			w.cond.Wait()
		}
		if len(w.queue) == 0 && w.closed {
			w.mu.Unlock()
			if c, ok := w.j.(interface{ Close() error }); ok {
				_ = c.Close()
			}
			return
		}
		o := w.queue[0]
		w.queue = w.queue[1:]
		w.mu.Unlock()

		var res opResult
		if w.err != nil {
			res.err = w.err
		} else {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			res.msg, res.err = o.run(ctx, w.j, w.ids)
			cancel()
		}
		o.result <- res
	}
}

// do queues fn and returns a command that waits for it and reports the
// result as a message: the fn's own message, or a journalErrMsg.
func (w *Writer) do(fn func(ctx context.Context, j Journal, ids map[int]int64) (tea.Msg, error)) tea.Cmd {
	if w == nil {
		return nil
	}
	o := &op{run: fn, result: make(chan opResult, 1)}
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return nil
	}
	w.queue = append(w.queue, o)
	w.cond.Signal()
	w.mu.Unlock()
	return func() tea.Msg {
		r := <-o.result
		if r.err != nil {
			return journalErrMsg{err: r.err}
		}
		return r.msg
	}
}

// Close lets the queued operations finish, waiting at most timeout, so
// quitting never loses a finished step. It reports whether every queued
// operation ran and the journal was closed in time.
func (w *Writer) Close(timeout time.Duration) bool {
	if w == nil {
		return true
	}
	w.mu.Lock()
	w.closed = true
	w.cond.Broadcast()
	w.mu.Unlock()
	select {
	case <-w.done:
		return true
	case <-time.After(timeout):
		return false
	}
}

// journalErrMsg reports a failed journal operation; the screen says the
// journal could not be saved and the session goes on.
type journalErrMsg struct{ err error }

// journalOKMsg reports a write that succeeded.
type journalOKMsg struct{}

// historyMsg carries the journal's sessions and settings to the model.
type historyMsg struct {
	sessions     []journal.Session
	acknowledged bool
	damaged      *journal.DamagedNotice
}
