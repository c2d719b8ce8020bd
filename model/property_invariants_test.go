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
	d.checkRecords(prev, e)
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

// checkRecords: every hold or set the session passes over (finished,
// ended early, skipped with its exercise) is recorded exactly once, as
// that step and in plan order, and so is the one in progress when the
// session stops, quits or finishes; a step restarted with ← is not
// recorded. A skipped step did nothing; only s skips.
func (d *driver) checkRecords(prev Model, e event) {
	if d.m.sess.key != prev.sess.key || prev.state != StateExercise {
		return
	}
	if len(d.m.sess.records) < len(prev.sess.records) {
		d.fail("records went from %d to %d", len(prev.sess.records), len(d.m.sess.records))
	}
	added := d.m.sess.records[len(prev.sess.records):]
	passed := prev.sess.exerciseSteps(prev.sess.idx, len(prev.sess.plan))
	if d.m.state == StateExercise {
		if d.m.sess.idx < prev.sess.idx {
			d.fail("the session went back from step %d to %d", prev.sess.idx, d.m.sess.idx)
		}
		passed = prev.sess.exerciseSteps(prev.sess.idx, d.m.sess.idx)
	} else if st := prev.sess.step(); len(added) == 0 && (st.Kind == routines.StepHold || st.Kind == routines.StepReps) {
		d.fail("left %v step %d (set %d) without recording it", st.Kind, prev.sess.idx, st.Set)
	}
	if len(added) > len(passed) || d.m.state == StateExercise && len(added) != len(passed) {
		d.fail("%d steps recorded for %d passed over", len(added), len(passed))
	}
	skip := e.kind == "key" && (e.key == "s" || e.key == "S")
	for i, rec := range added {
		idx := passed[i]
		st := prev.sess.plan[idx]
		if rec.Exercise != prev.sess.routine.Exercises[st.Exercise].ID || rec.Side != string(st.Side) || rec.Set != st.Set {
			d.fail("recorded %+v for step %d (%s %s set %d)", rec, idx, prev.sess.routine.Exercises[st.Exercise].ID, st.Side, st.Set)
		}
		if rec.Done < 0 || rec.Done > rec.Planned {
			d.fail("recorded %d done of %d planned", rec.Done, rec.Planned)
		}
		if rec.Skipped && (!skip || rec.Done != 0 || rec.Completed) {
			d.fail("step %d recorded as skipped (%+v) after %v", idx, rec, e)
		}
		if skip && i > 0 && !rec.Skipped {
			d.fail("step %d, skipped with its exercise, recorded as %+v", idx, rec)
		}
	}
}

// exerciseSteps are the indexes of the holds and sets among plan steps
// from to to (not included).
func (s session) exerciseSteps(from, to int) []int {
	var out []int
	for i := from; i < min(to, len(s.plan)); i++ {
		if k := s.plan[i].Kind; k == routines.StepHold || k == routines.StepReps {
			out = append(out, i)
		}
	}
	return out
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
