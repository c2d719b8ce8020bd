package model

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"pgregory.net/rapid"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/routines"
)

// pendingTick is a tick the model scheduled and the test has not
// delivered yet.
type pendingTick struct {
	due time.Time
	msg tickMsg
}

// driver runs one model as the program would: commands are run for their
// journal writes and ticks, journal events are fed back on flush, and a
// quit ends the run.
type driver struct {
	t      *rapid.T
	m      Model
	clock  *fakeClock
	j      *fakeJournal
	q      *jqueue.Queue
	events chan jqueue.Event
	retry  chan time.Time
	closed bool

	pending   []pendingTick
	delivered *tickMsg // the last tick delivered, for duplicates
	quit      bool
	suspended bool

	// recorded and outcomes are what the model said of each session
	// (by session key), compared with the journal at the end.
	recorded map[int][]journal.Step
	outcomes map[int]journal.Outcome
	trail    []string // the events so far and the state after each, for failures
	earlier  int      // sessions in the journal from earlier runs
}

// newDriver starts the program on journal j, which may hold the sessions
// of earlier runs.
func newDriver(t *rapid.T, s start, j *fakeJournal) *driver {
	d := &driver{t: t, clock: &fakeClock{t: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}, j: j, earlier: countSessions(j),
		events: make(chan jqueue.Event, 1<<14), retry: make(chan time.Time),
		recorded: map[int][]journal.Step{}, outcomes: map[int]journal.Outcome{}}
	if s.Acknowledged {
		_ = j.SetSetting(context.Background(), settingPrecautions, "2026-11-20")
	}
	d.q = jqueue.Start(jqueue.Config{Open: func() (jqueue.Journal, error) { return d.j, nil },
		After: func(time.Duration) <-chan time.Time { return d.retry }})
	d.q.Notify(func(e jqueue.Event) { d.events <- e })
	rs := []routines.Routine{testRoutine()}
	if s.Gentle {
		rs = append(rs, gentleTestRoutine())
	}
	o := Options{Clock: d.clock.now, Lang: s.Lang, Routines: rs, Journal: d.q, BigDigits: true, Tick: d.schedule,
		// Every run is heard, and every other one in accessible mode,
		// so the announcements meet every path of the state machine.
		Announcer: &orderedAnnouncer{d: d}, Accessible: s.Width%2 == 0}
	if s.Routine {
		r := testRoutine()
		o.Start = &r
	}
	d.trail = append(d.trail, fmt.Sprintf("start %+v", s))
	d.m = New(o)
	d.run(d.m.Init())
	d.send(event{kind: "resize"}, tea.WindowSizeMsg{Width: s.Width, Height: s.Height})
	d.flush()
	d.walk(s)
	return d
}

// walk answers the screens that lead into a session (1) and, for 2,
// skips every exercise to the check-out, whatever screens it meets. It
// gives up where no key leads on (a window too small for the step, a
// sign that blocks the session) or after walkLimit keys.
func (d *driver) walk(s start) {
	for range walkLimit {
		if s.Walk == 0 || d.quit || s.Walk == 1 && d.m.state == StateExercise {
			return
		}
		k, ok := forwardKey(d.m, s.Answers, s.Walk == 2)
		if !ok {
			return
		}
		d.do(event{kind: "key", key: k})
	}
}

// walkLimit is far more keys than any walk needs (a check-in of pain 10
// and a plan of a few dozen steps).
const walkLimit = 100

// close ends the journal queue once: every submitted write is applied.
func (d *driver) close() {
	if d.closed {
		return
	}
	d.closed = true
	close(d.retry)
	if err := d.q.Close(10 * time.Second); err != nil {
		d.fail("journal queue: %v", err)
	}
}

// schedule is the model's Tick option: the tick waits in pending until
// an event delivers it.
func (d *driver) schedule(wait time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	return func() tea.Msg {
		due := d.clock.now().Add(wait)
		d.pending = append(d.pending, pendingTick{due: due, msg: fn(due).(tickMsg)})
		if len(d.pending) > 16 {
			d.pending = d.pending[len(d.pending)-16:]
		}
		return nil
	}
}

// run runs a command tree: journal writes reach the queue, ticks are
// scheduled, and a quit or suspend is noted.
func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		d.quit = true
	case tea.SuspendMsg:
		d.suspended = true
	default:
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
			for i := range v.Len() { // tea.BatchMsg and tea.Sequence's message
				d.run(v.Index(i).Interface().(tea.Cmd))
			}
		}
	}
}

// do carries out one event.
func (d *driver) do(e event) {
	switch e.kind {
	case "key":
		d.send(e, keyPress(e.key))
		if d.suspended && !d.quit {
			d.suspended = false
			d.send(event{kind: "fg"}, tea.ResumeMsg{})
		}
	case "answer":
		keys := workingKeys(d.m)
		if len(keys) == 0 {
			d.trail = append(d.trail, e.String()+": no key works here")
			return
		}
		d.do(event{kind: "key", key: keys[e.pick%len(keys)]})
	case "tick", "tick-late", "tick-early":
		d.tick(e)
	case "tick-dup":
		if d.delivered != nil {
			d.send(e, *d.delivered)
		}
	case "tick-stale":
		if d.m.gen >= e.back {
			d.send(e, tickMsg{gen: d.m.gen - e.back})
		}
	case "resize":
		d.send(e, tea.WindowSizeMsg{Width: e.w, Height: e.h})
	case "paste":
		d.send(e, tea.PasteMsg{Content: e.key})
	case "storm":
		for _, size := range e.storm {
			d.send(event{kind: "resize", w: size[0], h: size[1]}, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		}
	case "jump":
		d.clock.advance(e.d)
		d.trail = append(d.trail, e.String())
	case "flush":
		d.trail = append(d.trail, "flush")
		d.flush()
	case "sigterm":
		d.send(e, Interrupt{})
	}
}

// tick delivers the live chain's pending tick: at its time, late, or
// early (before its time, as a timer may). Without one, a tick of the
// current generation comes a second later, as a stray timer would.
func (d *driver) tick(e event) {
	live := -1
	for i, p := range d.pending {
		if p.msg.gen == d.m.gen {
			live = i
		}
	}
	if live < 0 {
		d.clock.advance(time.Second)
		d.send(e, tickMsg{gen: d.m.gen})
		return
	}
	p := d.pending[live]
	d.pending = append(d.pending[:live], d.pending[live+1:]...)
	switch wait := p.due.Sub(d.clock.now()); {
	case e.kind == "tick-early" && wait > 0:
		d.clock.advance(time.Duration(float64(wait) * e.frac))
	case wait > 0:
		d.clock.advance(wait + e.d)
	default:
		d.clock.advance(e.d)
	}
	d.delivered = &p.msg
	d.send(e, p.msg)
}

// send delivers one message, runs its commands and checks the invariants
// against the model before it.
func (d *driver) send(e event, msg tea.Msg) {
	propertyEvents.Add(1)
	prev := d.m
	nm, cmd := d.m.Update(msg)
	d.m = nm.(Model)
	d.run(cmd)
	d.trail = append(d.trail, fmt.Sprintf("%v → %v", e, d.describe()))
	d.checkInvariants(prev, e)
	where := d.m.state.String()
	switch {
	case d.m.state == StateExercise:
		where += "/" + stepKindName(d.m.step().Kind)
	case d.m.state == StateCheckIn && d.m.in.askReach, d.m.state == StateCheckOut && d.m.out.asking == askReach:
		where += "/reach"
	}
	reached.add(where)
	if k := d.m.sess.key; k > 0 {
		d.recorded[k] = append([]journal.Step(nil), d.m.sess.records...)
		d.outcomes[k] = d.m.sess.outcome
		if _, ok := msg.(Interrupt); ok && prev.state == StateExercise && !prev.abandoned {
			d.expectAbandoned(prev)
		}
	}
}

// expectAbandoned: a signal in a session writes what was done of the step
// in progress and ends the session as interrupted, straight to the
// journal (the program quits, so the model's own records do not grow).
func (d *driver) expectAbandoned(prev Model) {
	k := prev.sess.key
	if rec, ok := prev.sess.record(d.clock.now(), false); ok {
		d.recorded[k] = append(d.recorded[k], rec)
	}
	d.outcomes[k] = journal.Interrupted
}

// flush feeds the journal's events back up to the answer of a history
// read submitted now, as the program receives them.
func (d *driver) flush() {
	if !feedJournal(&d.m, d.events, d.run, func(e jqueue.Event) { d.send(event{kind: "journal"}, e) }) {
		d.fail("the journal actor never answered")
	}
}

// describe is the model's state in a line, for the trail.
func (d *driver) describe() string {
	s := d.m.state.String()
	if d.m.state == StateExercise {
		st := d.m.step()
		s += fmt.Sprintf(" step %d/%d %v set %d", d.m.sess.idx, len(d.m.sess.plan), st.Kind, st.Set)
		if st.Timed() {
			s += fmt.Sprintf(" left %v", d.m.sess.clock.remaining(d.clock.now()))
		}
		if d.m.sess.clock.paused {
			s += " paused"
		}
	}
	if d.m.overlay.quit {
		s += " +quit?"
	}
	if d.m.overlay.help {
		s += " +help"
	}
	return s + fmt.Sprintf(" %dx%d gen %d", d.m.width, d.m.height, d.m.gen)
}

func (d *driver) fail(format string, args ...any) {
	trail := d.trail
	if len(trail) > 40 {
		trail = append([]string{"…"}, trail[len(trail)-40:]...)
	}
	d.t.Fatalf("%s\nevents:\n  %s", fmt.Sprintf(format, args...), strings.Join(trail, "\n  "))
}

// keyPress is keyMsg with the page keys, which the harness does not need.
func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	}
	return keyMsg(k)
}

// orderedAnnouncer checks what a real announcer relies on: the driver
// runs commands in the order Update returned them, so announcements
// arrive numbered 0, 1, 2, … without a gap or a repeat, and none says a
// missing catalog key.
type orderedAnnouncer struct {
	d    *driver
	next uint64
}

func (a *orderedAnnouncer) Announce(seq uint64, an Announcement) {
	if seq != a.next {
		a.d.fail("announcement %d arrived when %d was due", seq, a.next)
	}
	a.next++
	for _, s := range append([]string{an.Say}, an.Lines...) {
		if k := missingKey.FindString(s); k != "" {
			a.d.fail("announcement %d says missing key %s: %q", seq, k, s)
		}
	}
}
