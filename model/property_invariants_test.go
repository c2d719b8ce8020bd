package model

import (
	"reflect"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/routines"
)

// checkInvariants checks, after event e took the model from prev to
// d.m, what must hold after every event.
func (d *driver) checkInvariants(prev Model, e event) {
	if d.m.gen < prev.gen {
		d.fail("tick generation went back: %d → %d", prev.gen, d.m.gen)
	}
	d.checkView()
	d.checkStep()
	d.checkTickScheduled()
	d.checkRecords(prev)
	if e.kind == "key" && (e.key == "x" || e.key == "X") && prev.state == StateExercise {
		if d.m.state != StatePainStop || d.m.sess.outcome != journal.PainStop {
			d.fail("x in a running session: state %v outcome %q, want pain-stop", d.m.state, d.m.sess.outcome)
		}
	}
}

// checkView draws the frame: it must not panic, and no line may be wider
// than the terminal.
func (d *driver) checkView() {
	content := d.m.View().Content
	for i, line := range strings.Split(content, "\n") {
		if w := ansi.StringWidth(line); w > d.m.width {
			d.fail("%v at %dx%d: line %d is %d wide:\n%s", d.m.state, d.m.width, d.m.height, i, w, ansi.Strip(content))
		}
	}
}

// checkStep checks the running step: where it is in the plan, its clock
// and its counts.
func (d *driver) checkStep() {
	if d.m.state != StateExercise {
		return
	}
	s := d.m.sess
	if s.idx < 0 || s.idx >= len(s.plan) {
		d.fail("step %d of a plan of %d", s.idx, len(s.plan))
	}
	st := s.step()
	if st.Set < 0 || st.Set > st.Sets {
		d.fail("set %d of %d", st.Set, st.Sets)
	}
	if st.Kind == routines.StepReps && (s.manualReps < 0 || s.manualReps > st.Reps) {
		d.fail("%d reps counted of %d", s.manualReps, st.Reps)
	}
	if !st.Timed() {
		return
	}
	now := d.clock.now()
	if s.clock.total != st.Duration {
		d.fail("%v step's clock runs %v, the step lasts %v", st.Kind, s.clock.total, st.Duration)
	}
	if rem := s.clock.remaining(now); rem < 0 || rem > st.Duration {
		d.fail("%v step has %v left of %v", st.Kind, rem, st.Duration)
	}
	if st.Kind == routines.StepReps && len(st.Pace) > 0 {
		if done, phase, _ := repPosition(st, s.clock.elapsed(now)); done < 0 || done > st.Reps || phase < 0 || phase >= len(st.Pace) {
			d.fail("paced set at rep %d of %d, phase %d of %d", done, st.Reps, phase, len(st.Pace))
		}
	}
}

// checkTickScheduled: a running timed step always has a tick of its
// chain on the way, due by its deadline (plus the tick's slack), or it
// would never end.
func (d *driver) checkTickScheduled() {
	if d.quit || d.m.state != StateExercise || !d.m.step().Timed() || d.m.sess.clock.paused {
		return
	}
	latest := d.m.sess.clock.deadline.Add(tickSlack)
	if soonest := d.clock.now().Add(minTick); soonest.After(latest) {
		latest = soonest
	}
	for _, p := range d.pending {
		if p.msg.gen == d.m.gen && !p.due.After(latest) {
			return
		}
	}
	d.fail("a running %s step (gen %d) has no tick due by %v; pending %+v", stepKindName(d.m.step().Kind), d.m.gen, latest, d.pending)
}

// checkRecords: a hold or a set left behind (finished, ended early,
// skipped, stopped, quit or interrupted) is recorded exactly once, as
// that step; a step restarted with ← is not recorded.
func (d *driver) checkRecords(prev Model) {
	if d.m.sess.key != prev.sess.key || prev.state != StateExercise {
		return
	}
	st := prev.sess.step()
	added := len(d.m.sess.records) - len(prev.sess.records)
	left := d.m.state != StateExercise || d.m.sess.idx != prev.sess.idx
	exercise := st.Kind == routines.StepHold || st.Kind == routines.StepReps
	switch {
	case added < 0 || added > 1:
		d.fail("%d steps recorded by one event", added)
	case added == 1 && !exercise:
		d.fail("a %v step was recorded", st.Kind)
	case added == 0 && left && exercise:
		d.fail("left %v step %d (set %d) without recording it", st.Kind, prev.sess.idx, st.Set)
	case added == 1:
		rec := d.m.sess.records[len(d.m.sess.records)-1]
		if rec.Exercise != prev.sess.exercise().ID || rec.Side != string(st.Side) || rec.Set != st.Set {
			d.fail("recorded %+v for step %d (%s %s set %d)", rec, prev.sess.idx, prev.sess.exercise().ID, st.Side, st.Set)
		}
		if rec.Done < 0 || rec.Done > rec.Planned {
			d.fail("recorded %d done of %d planned", rec.Done, rec.Planned)
		}
	}
}

// checkJournal closes the queue, which applies every write, and compares
// the journal with what the model recorded: each session's steps exactly
// once, in order, and its outcome.
func (d *driver) checkJournal() {
	d.close()
	sessions := ranSessions(d.j)[d.earlier:]
	if len(sessions) != len(d.recorded) {
		d.fail("journal has %d sessions, the model ran %d", len(sessions), len(d.recorded))
	}
	for i, s := range sessions {
		key := i + 1
		if want := d.recorded[key]; len(s.Steps) != len(want) || (len(want) > 0 && !reflect.DeepEqual(s.Steps, want)) {
			d.fail("session %d: journal has steps\n%+v\nthe model recorded\n%+v", key, s.Steps, want)
		}
		if s.Outcome != d.outcomes[key] {
			d.fail("session %d: journal outcome %q, the model's %q", key, s.Outcome, d.outcomes[key])
		}
	}
}

// ranSessions are the journal's sessions that ran (red flags do not).
func ranSessions(j *fakeJournal) []journal.Session {
	var out []journal.Session
	for _, s := range j.sessions {
		if s.RedFlag == "" {
			out = append(out, s)
		}
	}
	return out
}

func countSessions(j *fakeJournal) int { return len(ranSessions(j)) }
