package model

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/routines"
)

// fakeClock is the injected clock; tests move it by hand, never sleep.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// fakeJournal keeps everything in memory and records what was written.
type fakeJournal struct {
	mu       sync.Mutex
	sessions []journal.Session
	settings map[string]string
	redFlags []string
	// failures makes the next writes fail, one error each, as a locked
	// database or a full disk would; then the journal works again.
	failures []error
	// broken makes every write fail with it, for good (a disk that
	// stays full).
	broken error
}

func (f *fakeJournal) fault() error {
	if f.broken != nil {
		return f.broken
	}
	if len(f.failures) == 0 {
		return nil
	}
	err := f.failures[0]
	f.failures = f.failures[1:]
	return err
}

func (f *fakeJournal) StartSession(_ context.Context, s journal.Start) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fault(); err != nil {
		return 0, err
	}
	f.sessions = append(f.sessions, journal.Session{ID: int64(len(f.sessions) + 1), StartedAt: s.At, Routine: s.Routine, Phase: s.Phase, PainBefore: s.PainBefore, PainReachBefore: s.PainReachBefore})
	return int64(len(f.sessions)), nil
}

func (f *fakeJournal) AddStep(_ context.Context, id int64, st journal.Step) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fault(); err != nil {
		return err
	}
	s := &f.sessions[id-1]
	s.Steps = append(s.Steps, st)
	return nil
}

func (f *fakeJournal) FinishSession(_ context.Context, id int64, fin journal.Finish) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fault(); err != nil {
		return err
	}
	s := &f.sessions[id-1]
	s.EndedAt, s.Outcome, s.PainAfter, s.Note, s.PainReachAfter = fin.At, fin.Outcome, fin.PainAfter, fin.Note, fin.PainReachAfter
	if fin.PainWhere != "" {
		s.PainWhere = fin.PainWhere
	}
	return nil
}

func (f *fakeJournal) SetPainWhere(_ context.Context, id int64, where string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sessions[id-1].PainWhere = where
	return nil
}

func (f *fakeJournal) SetPainReachAfter(_ context.Context, id int64, r journal.Reach) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sessions[id-1].PainReachAfter = r
	return nil
}

func (f *fakeJournal) RecordRedFlag(_ context.Context, s journal.Start, flag string) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.redFlags = append(f.redFlags, flag)
	f.sessions = append(f.sessions, journal.Session{ID: int64(len(f.sessions) + 1), StartedAt: s.At, EndedAt: s.At,
		Routine: s.Routine, Outcome: journal.RedFlag, RedFlag: flag, PainReachBefore: s.PainReachBefore})
	return int64(len(f.sessions)), nil
}

func (f *fakeJournal) Sessions(context.Context, time.Time) ([]journal.Session, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]journal.Session, len(f.sessions))
	for i, s := range f.sessions {
		out[len(out)-1-i] = s
	}
	return out, nil
}

func (f *fakeJournal) Setting(_ context.Context, key string) (string, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	v, ok := f.settings[key]
	return v, ok, nil
}

func (f *fakeJournal) SetSetting(_ context.Context, key, value string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.settings == nil {
		f.settings = map[string]string{}
	}
	f.settings[key] = value
	return nil
}

func (f *fakeJournal) Notice() *journal.DamagedNotice { return nil }

func (f *fakeJournal) last() journal.Session {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sessions[len(f.sessions)-1]
}

// harness drives a model the way the program does, minus the sleeping:
// the commands Update returns are run (journal operations reach a real
// journal actor over the fake journal; ticks are sent by the test), and
// flush feeds the actor's events back in order.
type harness struct {
	t      testing.TB
	m      Model
	clock  *fakeClock
	j      *fakeJournal
	q      *jqueue.Queue
	events chan jqueue.Event
	// retry releases one back-off wait of the actor.
	retry chan time.Time
}

// testRoutine has one exercise of each kind, short enough to run through:
// a hold with two sides and two sets, and a paced reps exercise.
func testRoutine() routines.Routine {
	cue := func(en, da string) routines.Text { return routines.Text{"en": en, "da": da} }
	return routines.Routine{
		ID: "test", Phase: routines.Mobility, Name: cue("Test routine", "Testprogram"), Languages: []string{"en", "da"},
		Exercises: []routines.Exercise{
			{ID: "knee-to-chest", Name: cue("Knee-to-chest stretch", "Knæ-til-bryst"), Kind: routines.Hold,
				Hold: routines.Range{Min: 20 * time.Second, Max: 30 * time.Second}, Sides: []routines.Side{routines.Right, routines.Left},
				Sets: 2, Rest: 10 * time.Second, Steps: routines.TextList{"en": {"Lie down."}, "da": {"Lig ned."}}, Drawing: "knee-to-chest"},
			{ID: "pelvic-tilt", Name: cue("Pelvic tilt", "Bækkenvip"), Kind: routines.Reps, Sets: 2, Reps: 3, Rest: 5 * time.Second,
				Pace: []routines.PaceStep{
					{Cue: cue("Tilt", "Vip"), For: routines.Range{Min: 2 * time.Second, Max: 2 * time.Second}},
					{Cue: cue("Release", "Slip"), For: routines.Range{Min: 2 * time.Second, Max: 2 * time.Second}},
				},
				Steps: routines.TextList{"en": {"Lie on your back."}, "da": {"Lig på ryggen."}}, Drawing: "pelvic-tilt"},
		},
	}
}

func newHarness(t testing.TB, lang string) *harness {
	t.Helper()
	return newHarnessWith(t, lang, nil)
}

// newHarnessWith lets setup change the options and the fake journal
// before the model is built and reads the journal.
func newHarnessWith(t testing.TB, lang string, setup func(h *harness, o *Options)) *harness {
	t.Helper()
	h := &harness{t: t, clock: &fakeClock{t: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}, j: &fakeJournal{},
		events: make(chan jqueue.Event, 1000), retry: make(chan time.Time)}
	h.q = jqueue.Start(jqueue.Config{Open: func() (jqueue.Journal, error) { return h.j, nil },
		After: func(time.Duration) <-chan time.Time { return h.retry }})
	h.q.Notify(func(e jqueue.Event) { h.events <- e })
	t.Cleanup(func() { close(h.retry); _ = h.q.Close(time.Second) })
	o := h.options(lang)
	if setup != nil {
		setup(h, &o)
	}
	h.m = New(o)
	h.run(h.m.Init())
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	h.flush()
	return h
}

// options are the harness's model options: its clock and journal, and
// ticks the test delivers itself.
func (h *harness) options(lang string) Options {
	return Options{Clock: h.clock.now, Lang: lang, Routines: []routines.Routine{testRoutine()}, Journal: h.q, BigDigits: true,
		Tick: func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }}
}

// send delivers one message and runs the commands Update returned.
func (h *harness) send(msg tea.Msg) tea.Cmd {
	h.t.Helper()
	nm, cmd := h.m.Update(msg)
	h.m = nm.(Model)
	h.run(cmd)
	return cmd
}

// run runs a command tree for its journal operations; what the commands
// return (quit, bell, a colour query) is not fed back.
func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := cmd()
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		for i := range v.Len() { // tea.BatchMsg and tea.Sequence's message
			h.run(v.Index(i).Interface().(tea.Cmd))
		}
	}
}

func (h *harness) key(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+z":
		return tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// flush reads the history through the actor, which answers only after
// everything submitted before it, and feeds every event up to that
// answer back as the program would.
func (h *harness) flush() {
	h.t.Helper()
	if !feedJournal(&h.m, h.events, h.run, func(e jqueue.Event) { h.send(e) }) {
		h.t.Fatal("the journal actor never answered")
	}
}

// feedJournal submits a history read from *m and sends every journal
// event back (send updates *m) up to that read's answer; false when the
// actor never answers.
func feedJournal(m *Model, events <-chan jqueue.Event, run func(tea.Cmd), send func(jqueue.Event)) bool {
	cmd := m.loadHistory()
	seq := m.jr.seq
	run(cmd)
	for {
		select {
		case e := <-events:
			send(e)
			if e.Seq == seq && e.Kind == jqueue.Saved {
				return true
			}
		case <-time.After(10 * time.Second):
			return false
		}
	}
}

// tick moves the clock and delivers the current chain's tick.
func (h *harness) tick(d time.Duration) {
	h.t.Helper()
	h.clock.advance(d)
	h.send(tickMsg{gen: h.m.gen})
}

// screen is the plain text of the current frame.
func (h *harness) screen() string { return ansi.Strip(h.m.View().Content) }

func (h *harness) wantScreen(parts ...string) {
	h.t.Helper()
	s := h.screen()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			h.t.Fatalf("screen lacks %q:\n%s", p, s)
		}
	}
}

// startSession goes Home → PhasePick → precautions → check-in (pain 3,
// reach passed) → no red flags, into the first intro.
func (h *harness) startSession() {
	h.t.Helper()
	h.key("enter") // Home: start
	h.key("enter") // PhasePick: the only routine
	if h.m.state == StatePrecautions {
		h.key("enter")
	}
	h.key("3", "enter", "enter", "n")
	if h.m.state != StateExercise {
		h.t.Fatalf("state = %v, want exercise", h.m.state)
	}
}

// intoFirstHold starts a session and goes through the first intro and
// its get-ready into the first hold (the test routine's knee-to-chest,
// right side).
func (h *harness) intoFirstHold() {
	h.t.Helper()
	h.startSession()
	h.key("enter")
	h.tick(5 * time.Second)
}

func (h *harness) wantStep(kind routines.StepKind) {
	h.t.Helper()
	if h.m.state != StateExercise || h.m.step().Kind != kind {
		h.t.Fatalf("state %v step %v, want step %v", h.m.state, h.m.step().Kind, kind)
	}
}
