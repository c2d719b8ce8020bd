package model

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/routines"
)

// autoClock is a fake clock for the real program: each scheduled tick
// moves it forward by exactly the tick's delay and fires at once, so a
// whole routine runs through in milliseconds without sleeping, and every
// deadline is met exactly.
type autoClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *autoClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *autoClock) tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	return func() tea.Msg {
		c.mu.Lock()
		c.t = c.t.Add(d)
		t := c.t
		c.mu.Unlock()
		return fn(t)
	}
}

// watched wraps the real model and keeps its latest full frame, so a test
// can wait for what the screen shows without decoding the renderer's
// incremental updates.
type watched struct {
	Model
	frame *latestFrame
}

type latestFrame struct {
	mu sync.Mutex
	s  string
}

func (w watched) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	nm, cmd := w.Model.Update(msg)
	w.Model = nm.(Model)
	w.frame.mu.Lock()
	w.frame.s = ansi.Strip(w.Model.View().Content)
	w.frame.mu.Unlock()
	return w, cmd
}

// slowJournal delays every write, as the journal of a loaded machine or a
// slow disk would, so a test that reads the journal before every queued
// write has landed fails every time instead of once in ten runs.
type slowJournal struct {
	jqueue.Journal
	delay time.Duration
}

func (s slowJournal) StartSession(ctx context.Context, st journal.Start) (int64, error) {
	time.Sleep(s.delay)
	return s.Journal.StartSession(ctx, st)
}

func (s slowJournal) AddStep(ctx context.Context, id int64, st journal.Step) error {
	time.Sleep(s.delay)
	return s.Journal.AddStep(ctx, id, st)
}

func (s slowJournal) FinishSession(ctx context.Context, id int64, f journal.Finish) error {
	time.Sleep(s.delay)
	return s.Journal.FinishSession(ctx, id, f)
}

func (s slowJournal) SetPainWhere(ctx context.Context, id int64, where string) error {
	time.Sleep(s.delay)
	return s.Journal.SetPainWhere(ctx, id, where)
}

func (s slowJournal) SetPainReachAfter(ctx context.Context, id int64, r journal.Reach) error {
	time.Sleep(s.delay)
	return s.Journal.SetPainReachAfter(ctx, id, r)
}

func (s slowJournal) SetSetting(ctx context.Context, key, value string) error {
	time.Sleep(s.delay)
	return s.Journal.SetSetting(ctx, key, value)
}

func (s slowJournal) Close() error { return s.Journal.(*journal.Store).Close() }

// journalSpeeds runs an end-to-end flow against a journal as fast as this
// machine's and against one that takes 30 ms per write.
var journalSpeeds = []struct {
	name  string
	delay time.Duration
}{{"fast journal", 0}, {"slow journal", 30 * time.Millisecond}}

// program starts the real model in a teatest program with a real journal
// in a temporary directory; every write waits delay first.
func program(t *testing.T, r routines.Routine, lang string, delay time.Duration) *e2e {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.db")
	clock := &autoClock{t: time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)}
	q := jqueue.New(func() (jqueue.Journal, error) {
		s, err := journal.Open(context.Background(), path)
		if err != nil || delay == 0 {
			return s, err
		}
		return slowJournal{Journal: s, delay: delay}, nil
	})
	m := New(Options{Clock: clock.now, Tick: clock.tick, Lang: lang, Routines: []routines.Routine{r}, Journal: q, BigDigits: true, Quiet: true})
	frame := &latestFrame{}
	tm := teatest.NewTestModel(t, watched{Model: m, frame: frame}, teatest.WithInitialTermSize(80, 24))
	q.Notify(func(e jqueue.Event) { tm.Send(e) })
	t.Cleanup(func() { _ = q.Close(5 * time.Second) })
	return &e2e{TestModel: tm, frame: frame, queue: q, path: path}
}

type e2e struct {
	*teatest.TestModel
	frame *latestFrame
	queue *jqueue.Queue
	path  string
}

// journal waits for the program to finish, then closes the journal queue
// the way runApp does, so every write the session submitted has landed,
// and reads the journal back. Reading before the queue drained is the
// race that made these tests flaky.
func (tm *e2e) journal(t *testing.T) []journal.Session {
	t.Helper()
	tm.WaitFinished(t, teatest.WithFinalTimeout(e2eTimeout))
	if err := tm.queue.Close(e2eTimeout); err != nil {
		t.Fatalf("the journal queue did not save everything: %v", err)
	}
	return readJournal(t, tm.path)
}

// e2eTimeout bounds each wait of an end-to-end test. It only bounds a
// failing run: a whole routine is hundreds of frames, and under -race on
// a loaded two-core machine a frame can take tens of milliseconds, so
// 10 s was reached by runs that were merely slow.
const e2eTimeout = 90 * time.Second

// waitFor polls the latest frame for text, failing after a generous
// timeout with the frame it saw.
func waitFor(t *testing.T, tm *e2e, text string) {
	t.Helper()
	deadline := time.Now().Add(e2eTimeout)
	for {
		tm.frame.mu.Lock()
		s := tm.frame.s
		tm.frame.mu.Unlock()
		if strings.Contains(s, text) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q; last frame:\n%s", text, s)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func press(tm *e2e, keys ...string) {
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
}

func readJournal(t *testing.T, path string) []journal.Session {
	t.Helper()
	s, err := journal.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ss, err := s.Sessions(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// waitSaved waits until the journal's newest session satisfies ok, reading
// it read-only beside the running program.
func waitSaved(t *testing.T, path string, ok func(journal.Session) bool) {
	t.Helper()
	for deadline := time.Now().Add(e2eTimeout); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		s, err := journal.OpenReadOnly(context.Background(), path)
		if err != nil {
			continue
		}
		ss, err := s.Sessions(context.Background(), time.Time{})
		s.Close()
		if err == nil && len(ss) > 0 && ok(ss[0]) {
			return
		}
	}
	t.Fatal("the journal never saved the answer")
}

// A new user runs a whole session end to end: precautions, check-in,
// every exercise, check-out, summary, and the journal has it all.
func TestEndToEndWholeSession(t *testing.T) {
	t.Parallel()
	for _, speed := range journalSpeeds {
		t.Run(speed.name, func(t *testing.T) { wholeSession(t, speed.delay) })
	}
}

func wholeSession(t *testing.T, delay time.Duration) {
	tm := program(t, testRoutine(), "en", delay)
	waitFor(t, tm, "Start today's exercises")
	press(tm, "enter") // Home → PhasePick
	waitFor(t, tm, "Test routine")
	press(tm, "enter") // → precautions (first run)
	waitFor(t, tm, "Press enter when you have read this")
	press(tm, "enter")
	waitFor(t, tm, "from 0 to 10")
	press(tm, "4", "enter", "enter")
	waitFor(t, tm, "Do you have any of these right now?")
	press(tm, "n")
	waitFor(t, tm, "Knee-to-chest stretch")
	press(tm, "enter")                  // the intro; the auto clock runs the holds
	waitFor(t, tm, "2 × 3 repetitions") // the second intro
	press(tm, "enter")
	waitFor(t, tm, "How is your back now?")
	press(tm, "3", "enter", "1", "o", "k", "enter")
	waitFor(t, tm, "Session finished")
	press(tm, "enter")
	waitFor(t, tm, "Done today")
	press(tm, "q")
	ss := tm.journal(t)
	fm := tm.FinalModel(t).(watched).Model
	if fm.Outcome() != journal.Completed {
		t.Fatalf("outcome %q, want completed", fm.Outcome())
	}
	if len(ss) != 1 {
		t.Fatalf("journal has %d sessions, want 1", len(ss))
	}
	s := ss[0]
	if s.Outcome != journal.Completed || len(s.Steps) != 6 || *s.PainBefore != 4 || *s.PainAfter != 3 || s.Note != "ok" {
		t.Fatalf("session %+v", s)
	}
}

// x in the middle of a set stops at once, the Danish stop screen shows,
// and the journal records the pain stop with its answer. The set is
// counted by hand so the test can press x while it runs.
func TestEndToEndPainStopInDanish(t *testing.T) {
	t.Parallel()
	for _, speed := range journalSpeeds {
		t.Run(speed.name, func(t *testing.T) { painStopInDanish(t, speed.delay) })
	}
}

func painStopInDanish(t *testing.T, delay time.Duration) {
	r := testRoutine()
	r.Exercises = r.Exercises[1:]
	r.Exercises[0].Pace, r.Exercises[0].Manual = nil, true
	tm := program(t, r, "da", delay)
	waitFor(t, tm, "Start dagens øvelser")
	press(tm, "enter", "enter", "enter", "2", "enter", "enter", "n")
	waitFor(t, tm, "Øvelse 1 af 1") // the intro, once the journal has answered
	press(tm, "enter")
	waitFor(t, tm, "Gentagelse 1/3")
	press(tm, "enter")
	waitFor(t, tm, "Gentagelse 2/3")
	press(tm, "x")
	waitFor(t, tm, "Stoppet")
	press(tm, "3")
	waitFor(t, tm, "112")
	press(tm, "enter")
	waitFor(t, tm, "Hvor langt ned når smerten?")
	press(tm, "4")
	waitFor(t, tm, "Start dagens øvelser")
	// q at once could end the program before Bubble Tea has run the
	// answer's write command (a command it never runs is lost, see
	// jqueue's take); a patient reads Home first.
	waitSaved(t, tm.path, func(s journal.Session) bool { return s.PainReachAfter == journal.ReachFoot })
	press(tm, "q")
	ss := tm.journal(t)
	if len(ss) != 1 || ss[0].Outcome != journal.PainStop || ss[0].PainWhere != "nerve" || ss[0].PainReachAfter != journal.ReachFoot {
		t.Fatalf("journal %+v, want one pain stop with answers nerve, foot", ss)
	}
	if st := ss[0].Steps; len(st) != 1 || st[0].Done != 1 || st[0].Completed {
		t.Fatalf("steps %+v, want the set cut short after 1 rep", st)
	}
}

// A physiotherapist's routine file runs end to end in the real program:
// the example from the README, loaded from disk, with the fake clock
// running its holds and paced sets and the patient counting the manual
// heel slides with enter.
func TestEndToEndCustomRoutine(t *testing.T) {
	t.Parallel()
	for _, speed := range journalSpeeds {
		t.Run(speed.name, func(t *testing.T) { customRoutine(t, speed.delay) })
	}
}

func customRoutine(t *testing.T, delay time.Duration) {
	r, err := routines.Load(filepath.Join("..", "examples", "physio-routine.toml"))
	if err != nil {
		t.Fatalf("the README's example does not load: %v", err)
	}
	tm := program(t, r, "en", delay)
	waitFor(t, tm, "Start today's exercises")
	press(tm, "enter")
	waitFor(t, tm, "Morning back routine")
	press(tm, "enter", "enter") // routine, precautions
	waitFor(t, tm, "from 0 to 10")
	press(tm, "2", "enter", "enter", "n")
	for i, ex := range r.Exercises {
		waitFor(t, tm, "Exercise "+strconv.Itoa(i+1)+" of "+strconv.Itoa(len(r.Exercises)))
		press(tm, "enter")
		if ex.Manual {
			for side := range ex.Sides {
				waitFor(t, tm, "Press enter after each repetition.")
				waitFor(t, tm, "Rep 1/"+strconv.Itoa(ex.Reps))
				for n := 0; n < ex.Reps; n++ {
					press(tm, "enter")
				}
				if side < len(ex.Sides)-1 {
					waitFor(t, tm, "◆ Left") // the left side's own set, not a "next" line
				}
			}
		}
	}
	waitFor(t, tm, "How is your back now?")
	press(tm, "esc", "esc", "esc") // no score, no reach, no note
	waitFor(t, tm, "Session finished")
	press(tm, "q")
	ss := tm.journal(t)
	if len(ss) != 1 || ss[0].Outcome != journal.Completed || ss[0].Routine != "morning-back" || ss[0].PainAfter != nil {
		t.Fatalf("journal %+v, want one completed morning-back with no pain after", ss)
	}
	// knee-to-chest 3 sets × 2 sides, press-up 2 sets, heel slides 1 set × 2 sides
	if n := len(ss[0].Steps); n != 10 {
		t.Fatalf("journal has %d steps, want 10", n)
	}
	for _, st := range ss[0].Steps {
		if !st.Completed || st.Done != st.Planned {
			t.Fatalf("step %+v not done in full", st)
		}
	}
}
