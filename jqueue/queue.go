// Package jqueue is rygtimer's one journal actor: a single goroutine that
// applies journal operations strictly in the order the model numbered
// them, whatever order the commands that deliver them happen to run in.
// A failed operation stays in memory and is tried again with back-off for
// as long as the program runs, and once more when the queue closes; no
// later operation is written before it. The model only numbers and
// describes operations (package model starts no goroutines and opens no
// files); this package does the work. It does not import Bubble Tea: the
// program wires Notify to its Send.
package jqueue

import (
	"fmt"
	"sync"
	"time"
)

// Kind says what happened to an operation.
type Kind int

const (
	// Saved: the operation was applied. Sent for every read (with its
	// History) and for a write that had failed before.
	Saved Kind = iota
	// Retrying: the operation failed and will be tried again. Sent once
	// per operation, on its first failure.
	Retrying
	// GaveUp: the operation could not be applied and never will be. A
	// given-up write is a lost part of the journal.
	GaveUp
)

// Event tells the program what happened to one operation.
type Event struct {
	Seq     uint64
	Op      Op
	Kind    Kind
	Err     error
	History *History // a Saved ReadHistory's result
}

// Config sets up a queue. Only Open is needed; the rest have defaults.
type Config struct {
	// Open opens the journal, on the queue's goroutine, so the first
	// frame never waits for the disk. A failed open is retried like a
	// failed write; (nil, nil) means there is no journal at all.
	Open func() (Journal, error)
	// After waits; time.After by default. Tests pass one that fires at
	// once and records the delays, so no test sleeps.
	After func(time.Duration) <-chan time.Time
	// FirstRetry is the first back-off; it doubles up to MaxRetry.
	FirstRetry, MaxRetry time.Duration
	// GapGrace is how long Close waits for a numbered operation that
	// has not arrived (its command may still be on its way) before
	// applying the ones after it.
	GapGrace time.Duration
	// OpTimeout bounds one attempt of one operation.
	OpTimeout time.Duration
}

// Queue is the journal actor.
type Queue struct {
	cfg Config

	mu      sync.Mutex
	arrived map[uint64]Op // submitted, waiting for their turn
	next    uint64        // the number applied next
	closing bool
	unsaved int   // writes submitted and not yet applied
	lost    int   // writes given up
	lastErr error // why the last write failed
	events  []Event
	notify  func(Event)

	wake      chan struct{} // a Submit or Close happened
	closingCh chan struct{}
	eventsCh  chan struct{} // an event was queued or Notify was set
	done      chan struct{}
}

// New starts a queue with the default back-off (0.25 s doubling to 4 s).
func New(open func() (Journal, error)) *Queue { return Start(Config{Open: open}) }

// Start starts a queue; the first operation it applies is number 1.
func Start(c Config) *Queue {
	if c.After == nil {
		c.After = time.After
	}
	if c.FirstRetry <= 0 {
		c.FirstRetry = 250 * time.Millisecond
	}
	if c.MaxRetry < c.FirstRetry {
		c.MaxRetry = 4 * time.Second
	}
	if c.GapGrace <= 0 {
		c.GapGrace = 200 * time.Millisecond
	}
	if c.OpTimeout <= 0 {
		c.OpTimeout = 10 * time.Second
	}
	q := &Queue{cfg: c, arrived: map[uint64]Op{}, next: 1,
		wake: make(chan struct{}, 1), closingCh: make(chan struct{}),
		eventsCh: make(chan struct{}, 1), done: make(chan struct{})}
	go q.run()
	go q.deliver()
	return q
}

// Submit hands over operation number seq. It never blocks and never does
// I/O, so a command may call it just before the program quits.
func (q *Queue) Submit(seq uint64, op Op) {
	q.mu.Lock()
	defer q.mu.Unlock()
	select {
	case <-q.done:
		if !isRead(op) {
			q.lost++ // too late: the queue has closed
		}
		return
	default:
	}
	if _, dup := q.arrived[seq]; dup || seq < q.next {
		return // numbered twice: the first one counts
	}
	q.arrived[seq] = op
	if !isRead(op) {
		q.unsaved++
	}
	signal(q.wake)
}

// Notify sets where events go (the program's Send). Events from before it
// was set wait and are delivered in order.
func (q *Queue) Notify(fn func(Event)) {
	q.mu.Lock()
	q.notify = fn
	q.mu.Unlock()
	signal(q.eventsCh)
}

// UnsavedError says how many writes did not reach the journal.
type UnsavedError struct {
	Count int
	Err   error
}

func (e *UnsavedError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("%d journal writes were not saved in time", e.Count)
	}
	return fmt.Sprintf("%d journal writes could not be saved: %v", e.Count, e.Err)
}

func (e *UnsavedError) Unwrap() error { return e.Err }

// Close applies what was submitted, trying each failed write once more,
// and waits at most timeout for that. It returns nil when every write
// reached the journal, or an *UnsavedError saying how many did not.
func (q *Queue) Close(timeout time.Duration) error {
	q.mu.Lock()
	if !q.closing {
		q.closing = true
		close(q.closingCh)
	}
	q.mu.Unlock()
	signal(q.wake)
	select {
	case <-q.done:
	case <-time.After(timeout): // a real bound on quitting, even in tests
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if n := q.lost + q.unsaved; n > 0 {
		return &UnsavedError{Count: n, Err: q.lastErr}
	}
	return nil
}

func signal(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

func (q *Queue) emit(e Event) {
	q.mu.Lock()
	q.events = append(q.events, e)
	q.mu.Unlock()
	signal(q.eventsCh)
}

// deliver hands events to Notify's function on a goroutine of its own,
// so a slow program never holds up a write.
func (q *Queue) deliver() {
	for {
		q.mu.Lock()
		fn, evs := q.notify, q.events
		if fn != nil {
			q.events = nil
		}
		q.mu.Unlock()
		if fn != nil {
			for _, e := range evs {
				fn(e)
			}
		}
		select {
		case <-q.eventsCh:
		case <-q.done:
			q.mu.Lock()
			rest := len(q.events) > 0 && q.notify != nil
			q.mu.Unlock()
			if !rest {
				return
			}
		}
	}
}
