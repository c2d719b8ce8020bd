package jqueue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// memJournal keeps everything in memory and logs every write in the order
// it landed. failures makes the next writes fail with the given errors,
// one each, as a locked database or a full disk would.
type memJournal struct {
	mu       sync.Mutex
	log      []string
	sessions []journal.Session
	settings map[string]string
	failures []error
	attempts int
	delay    time.Duration // a slow disk
	closed   bool
}

func (m *memJournal) fault() error {
	m.attempts++
	if len(m.failures) > 0 {
		err := m.failures[0]
		m.failures = m.failures[1:]
		return err
	}
	if m.delay > 0 {
		time.Sleep(m.delay)
	}
	return nil
}

func (m *memJournal) StartSession(_ context.Context, s journal.Start) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fault(); err != nil {
		return 0, err
	}
	m.sessions = append(m.sessions, journal.Session{ID: int64(len(m.sessions) + 1), Routine: s.Routine})
	m.log = append(m.log, "start "+s.Routine)
	return int64(len(m.sessions)), nil
}

func (m *memJournal) AddStep(_ context.Context, id int64, st journal.Step) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fault(); err != nil {
		return err
	}
	m.sessions[id-1].Steps = append(m.sessions[id-1].Steps, st)
	m.log = append(m.log, fmt.Sprintf("step %d %s %d", id, st.Exercise, st.Set))
	return nil
}

func (m *memJournal) FinishSession(_ context.Context, id int64, f journal.Finish) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fault(); err != nil {
		return err
	}
	m.sessions[id-1].Outcome = f.Outcome
	m.log = append(m.log, fmt.Sprintf("finish %d %s", id, f.Outcome))
	return nil
}

func (m *memJournal) SetPainWhere(_ context.Context, id int64, where string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fault(); err != nil {
		return err
	}
	m.log = append(m.log, fmt.Sprintf("where %d %s", id, where))
	return nil
}

func (m *memJournal) SetPainReachAfter(_ context.Context, id int64, r journal.Reach) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fault(); err != nil {
		return err
	}
	m.log = append(m.log, fmt.Sprintf("reach %d %s", id, r))
	return nil
}

func (m *memJournal) RecordRedFlag(_ context.Context, _ journal.Start, flag string) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fault(); err != nil {
		return 0, err
	}
	m.log = append(m.log, "redflag "+flag)
	return 0, nil
}

func (m *memJournal) Sessions(context.Context, time.Time) ([]journal.Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]journal.Session(nil), m.sessions...), nil
}

func (m *memJournal) Setting(_ context.Context, key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.settings[key]
	return v, ok, nil
}

func (m *memJournal) SetSetting(_ context.Context, key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fault(); err != nil {
		return err
	}
	if m.settings == nil {
		m.settings = map[string]string{}
	}
	m.settings[key] = value
	m.log = append(m.log, "setting "+key)
	return nil
}

func (m *memJournal) Notice() *journal.DamagedNotice { return nil }

func (m *memJournal) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	return nil
}

func (m *memJournal) snapshot() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.log...)
}

// instant is an After that fires at once and remembers every delay asked
// for, so back-off is tested without sleeping.
type instant struct {
	mu     sync.Mutex
	delays []time.Duration
}

func (in *instant) after(d time.Duration) <-chan time.Time {
	in.mu.Lock()
	in.delays = append(in.delays, d)
	in.mu.Unlock()
	c := make(chan time.Time, 1)
	c <- time.Time{}
	return c
}

// session is one session's writes, numbered from first.
func session(first uint64, key string) []numbered {
	return []numbered{
		{first, StartSession{Session: key, Start: journal.Start{Routine: key}}},
		{first + 1, AddStep{Session: key, Step: journal.Step{Exercise: "a", Set: 1}}},
		{first + 2, AddStep{Session: key, Step: journal.Step{Exercise: "a", Set: 2}}},
		{first + 3, FinishSession{Session: key, Finish: journal.Finish{Outcome: journal.Completed}}},
	}
}

type numbered struct {
	seq uint64
	op  Op
}

var wantSession = []string{"start s", "step 1 a 1", "step 1 a 2", "finish 1 completed"}

func equal(a, b []string) bool {
	return fmt.Sprint(a) == fmt.Sprint(b)
}

func TestAppliesInNumberOrderWhateverTheDeliveryOrder(t *testing.T) {
	t.Parallel()
	j := &memJournal{}
	q := New(func() (Journal, error) { return j, nil })
	ops := session(1, "s")
	for _, i := range []int{3, 1, 2, 0} { // the finish arrives first
		q.Submit(ops[i].seq, ops[i].op)
	}
	if err := q.Close(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	if got := j.snapshot(); !equal(got, wantSession) {
		t.Fatalf("journal log %v, want %v", got, wantSession)
	}
}

// Commands run concurrently in Bubble Tea: many goroutines submitting at
// once against a slow disk still land in number order.
func TestConcurrentSubmitsOnASlowJournal(t *testing.T) {
	t.Parallel()
	j := &memJournal{delay: time.Millisecond}
	q := New(func() (Journal, error) { return j, nil })
	const n = 40
	var wg sync.WaitGroup
	for i := n; i >= 1; i-- {
		wg.Add(1)
		go func(seq uint64) {
			defer wg.Done()
			q.Submit(seq, SetSetting{Key: fmt.Sprint(seq), Value: "v"})
		}(uint64(i))
	}
	wg.Wait()
	if err := q.Close(10 * time.Second); err != nil {
		t.Fatal(err)
	}
	got := j.snapshot()
	if len(got) != n {
		t.Fatalf("%d writes landed, want %d", len(got), n)
	}
	for i, s := range got {
		if s != fmt.Sprintf("setting %d", i+1) {
			t.Fatalf("write %d is %q: out of order %v", i, s, got)
		}
	}
}

func TestCloseDrainsTheQueue(t *testing.T) {
	t.Parallel()
	j := &memJournal{delay: 2 * time.Millisecond}
	q := New(func() (Journal, error) { return j, nil })
	for _, o := range append(session(1, "s"), numbered{5, SetSetting{Key: "k"}}) {
		q.Submit(o.seq, o.op)
	}
	if err := q.Close(10 * time.Second); err != nil {
		t.Fatal(err)
	}
	if got := j.snapshot(); len(got) != 5 || !j.closed {
		t.Fatalf("after Close the journal has %v (closed %v), want all 5 writes and closed", got, j.closed)
	}
}

// A locked database and then a full disk: the writes wait in memory, are
// retried with back-off and land, in order, with nothing lost.
func TestFailedWritesAreRetriedInOrder(t *testing.T) {
	t.Parallel()
	j := &memJournal{failures: []error{
		errors.New("database is locked"), errors.New("database is locked"), errors.New("database is locked"),
		errors.New("disk full"), errors.New("disk full"), errors.New("disk full"), errors.New("disk full"),
	}}
	clock := &instant{}
	var mu sync.Mutex
	var events []Event
	q := Start(Config{Open: func() (Journal, error) { return j, nil }, After: clock.after})
	q.Notify(func(e Event) { mu.Lock(); events = append(events, e); mu.Unlock() })
	for _, o := range session(1, "s") {
		q.Submit(o.seq, o.op)
	}
	waitFor(t, func() bool { return len(j.snapshot()) == 4 })
	if got := j.snapshot(); !equal(got, wantSession) {
		t.Fatalf("journal log %v, want %v", got, wantSession)
	}
	clock.mu.Lock()
	want := []time.Duration{250, 500, 1000, 2000, 4000, 4000, 4000}
	for i := range want {
		want[i] *= time.Millisecond
	}
	if fmt.Sprint(clock.delays[:len(want)]) != fmt.Sprint(want) {
		t.Fatalf("back-off %v, want %v", clock.delays, want)
	}
	clock.mu.Unlock()
	if err := q.Close(time.Second); err != nil {
		t.Fatalf("Close: %v, want every write saved", err)
	}
	// Events reach Notify on a goroutine of their own.
	waitFor(t, func() bool { mu.Lock(); defer mu.Unlock(); return len(events) >= 2 })
	mu.Lock()
	defer mu.Unlock()
	var kinds []Kind
	for _, e := range events {
		kinds = append(kinds, e.Kind)
	}
	// the start fails seven times, then lands; nothing is given up.
	if fmt.Sprint(kinds) != fmt.Sprint([]Kind{Retrying, Saved}) {
		t.Fatalf("events %v", events)
	}
}

// A journal that stays locked: the writes stay in memory while the program
// runs, get one more try at Close, and Close says they were not saved.
func TestCloseGivesUpAndSaysSo(t *testing.T) {
	t.Parallel()
	locked := errors.New("database is locked")
	j := &memJournal{}
	for range 1000 {
		j.failures = append(j.failures, locked)
	}
	gaveUp := make(chan Event, 10)
	q := Start(Config{Open: func() (Journal, error) { return j, nil }, After: (&instant{}).after, FirstRetry: time.Millisecond, MaxRetry: time.Millisecond})
	q.Notify(func(e Event) {
		if e.Kind == GaveUp {
			gaveUp <- e
		}
	})
	q.Submit(1, SetSetting{Key: "k"})
	q.Submit(2, SetSetting{Key: "l"})
	err := q.Close(5 * time.Second)
	var u *UnsavedError
	if !errors.As(err, &u) || u.Count != 2 || !errors.Is(err, locked) {
		t.Fatalf("Close = %v, want 2 unsaved writes because the database is locked", err)
	}
	if e := <-gaveUp; e.Seq != 1 {
		t.Fatalf("first give-up is op %d, want 1", e.Seq)
	}
}

// A number whose command never ran (the program quit first) must not hold
// back the writes after it at close.
func TestCloseSkipsANumberThatNeverArrived(t *testing.T) {
	t.Parallel()
	j := &memJournal{}
	q := Start(Config{Open: func() (Journal, error) { return j, nil }, After: (&instant{}).after})
	q.Submit(1, SetSetting{Key: "a"})
	q.Submit(3, SetSetting{Key: "c"})
	if err := q.Close(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	if got := j.snapshot(); !equal(got, []string{"setting a", "setting c"}) {
		t.Fatalf("journal log %v", got)
	}
}

// The journal locked at start: opening is retried, and the history read
// and the writes behind it arrive once it opens.
func TestOpenIsRetried(t *testing.T) {
	t.Parallel()
	j := &memJournal{}
	opens := 0
	q := Start(Config{After: (&instant{}).after, Open: func() (Journal, error) {
		opens++
		if opens < 4 {
			return nil, errors.New("database is locked")
		}
		return j, nil
	}})
	got := make(chan Event, 10)
	q.Notify(func(e Event) { got <- e })
	q.Submit(1, ReadHistory{})
	q.Submit(2, SetSetting{Key: "k"})
	if e := <-got; e.Kind != Retrying {
		t.Fatalf("first event %+v, want Retrying", e)
	}
	if e := <-got; e.Kind != Saved || e.History == nil {
		t.Fatalf("second event %+v, want the history", e)
	}
	if err := q.Close(5 * time.Second); err != nil || len(j.snapshot()) != 1 {
		t.Fatalf("Close = %v, log %v", err, j.snapshot())
	}
}

func TestNoJournalGivesUpAtOnce(t *testing.T) {
	t.Parallel()
	q := New(func() (Journal, error) { return nil, nil })
	got := make(chan Event, 1)
	q.Notify(func(e Event) { got <- e })
	q.Submit(1, SetSetting{Key: "k"})
	if e := <-got; e.Kind != GaveUp || !errors.Is(e.Err, ErrNoJournal) {
		t.Fatalf("event %+v, want given up for no journal", e)
	}
	if err := q.Close(time.Second); err == nil {
		t.Fatal("Close = nil, want the unsaved write reported")
	}
}

// waitFor polls a condition the actor's goroutine makes true; it fails
// only if that never happens.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for range 10000 {
		if cond() {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("condition never held")
}
