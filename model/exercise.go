package model

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
)

// session is the exercise loop's sub-model: one session's plan, where it
// is in it, the step's clock and what was done, from the first intro to
// the summary.
type session struct {
	routine    routines.Routine
	doses      routines.Doses
	changes    map[string]progress.DoseChange
	plan       []routines.Step
	idx        int
	clock      countdown
	manualReps int
	key        int // names the session for the journal actor
	startedAt  time.Time
	endedAt    time.Time // when the exercise loop ended; zero while it runs
	records    []journal.Step
	outcome    journal.Outcome
	skipped    []int // exercise indexes skipped
	// savedBy is the number of the operation that, once confirmed,
	// means the whole session is in the journal.
	savedBy uint64
	// entered counts the steps started (a step started again counts
	// too); endedFull: the step before the current one ran its full
	// course; heard is the last moment of the step announced. What is
	// announced follows from these (see announce_session.go).
	entered   int
	endedFull bool
	heard     int
}

// beginSession starts a session of the checked-in routine: a fresh
// session, check-out and pain-stop answer, the journal row, the first step.
func (m *Model) beginSession() tea.Cmd {
	r := m.in.routine
	doses, changes := progress.Doses(m.jr.history, r)
	m.sess = session{routine: r, key: m.sess.key + 1, doses: doses, changes: changes,
		plan: routines.Plan(r, doses, m.opts.Tempo), startedAt: m.now()}
	m.out = newCheckOut(m.width)
	m.stop = painStop{}
	write := m.write(m.startSessionOp())
	return tea.Batch(write, m.enterStep())
}

// enterStep starts the clock of the current step and its tick chain.
func (m *Model) enterStep() tea.Cmd {
	m.overlay.resume = false
	m.page.scroll = 0
	m.sess.enterStep(m.now())
	return m.restartTicks()
}

// onTick redraws, and ends the step when its deadline has passed.
func (m Model) onTick() (tea.Model, tea.Cmd) {
	if m.state != StateExercise || m.sess.clock.paused {
		return m, nil
	}
	now := m.now()
	if m.sess.clock.done(now) {
		var t transition
		m.sess, t = m.sess.finishStep(now, true)
		return m, m.apply(t)
	}
	return m, m.scheduleTick()
}

// update handles a key in the exercise loop; the pain key, quit, sound
// and a long intro's scrolling were matched before.
func (s session) update(msg tea.KeyPressMsg, k KeyMap, now time.Time) (session, transition) {
	st := s.step()
	switch {
	case key.Matches(msg, k.Pause):
		return s.togglePause(now)
	case key.Matches(msg, k.Skip):
		return s.skipExercise(now)
	case key.Matches(msg, k.Count):
		s.manualReps++
		if s.manualReps >= st.Reps {
			return s.finishStep(now, true)
		}
	case key.Matches(msg, k.Next, k.Finish):
		if st.Kind == routines.StepIntro {
			return s.advance(s.idx+1, now)
		}
		return s.finishStep(now, false)
	case key.Matches(msg, k.Back):
		return s.repeat(now)
	}
	return s, stay
}

// step is the plan step the session is on.
func (s session) step() routines.Step {
	if s.idx < 0 || s.idx >= len(s.plan) {
		return routines.Step{}
	}
	return s.plan[s.idx]
}

func (s session) exercise() routines.Exercise {
	return s.routine.Exercises[s.step().Exercise]
}

// enterStep starts the current step's clock.
func (s *session) enterStep(now time.Time) {
	s.manualReps = 0
	s.entered++
	s.clock = countdown{}
	if st := s.step(); st.Timed() {
		s.clock = startCountdown(now, st.Duration)
	}
}

// finishStep records the step just ended (ran its course when full is
// true, ended early otherwise) and moves on; a full end is announced
// with a chime (announce_session.go).
func (s session) finishStep(now time.Time, full bool) (session, transition) {
	keep := s.keep(now, full)
	s, t := s.advance(s.idx+1, now)
	s.endedFull = full
	t.writes = append(keep, t.writes...)
	return s, t
}

// repeat (←) starts the current step again; in a paced set only the
// current repetition starts again, since the ones done are done. A set
// counted by hand has nothing to repeat beyond its count.
func (s session) repeat(now time.Time) (session, transition) {
	st := s.step()
	switch {
	case st.Kind == routines.StepIntro, st.Kind == routines.StepReps && len(st.Pace) == 0:
		return s, stay
	case st.Kind == routines.StepReps:
		done, _, _ := repPosition(st, s.clock.elapsed(now))
		done = min(done, st.Reps-1)
		s.clock = countdown{total: st.Duration, deadline: now.Add(st.Duration - time.Duration(done)*st.Cycle())}
		s.entered++
		return s, transition{clock: true}
	}
	return s, transition{step: true}
}

// keep records what was done of the step in progress and returns its
// write, when it is an exercise step (not an intro, rest or switch).
func (s *session) keep(now time.Time, full bool) []entry {
	if rec, ok := s.record(now, full); ok {
		return s.add(rec)
	}
	return nil
}

// add remembers rec for the summary and returns its write.
func (s *session) add(rec journal.Step) []entry {
	s.records = append(s.records, rec)
	return []entry{write(jqueue.AddStep{Session: s.name(), Step: rec})}
}

// record describes what was done of the current step for the journal; ok
// is false for steps that are not exercise (intro, rests, switches).
func (s *session) record(now time.Time, full bool) (journal.Step, bool) {
	st := s.step()
	if st.Kind != routines.StepHold && st.Kind != routines.StepReps {
		return journal.Step{}, false
	}
	rec := s.planned(st, now)
	rec.Completed = full
	switch {
	case st.Kind == routines.StepHold:
		rec.Done = rec.Planned
		if !full {
			rec.Done = int(s.clock.elapsed(now) / time.Second)
		}
	case len(st.Pace) == 0: // counted by hand
		rec.Done = s.manualReps
		rec.Completed = s.manualReps >= st.Reps
	default:
		rec.Done = st.Reps
		if !full {
			rec.Done, _, _ = repPosition(st, s.clock.elapsed(now))
		}
	}
	return rec, true
}

// planned is the journal step of plan step st with nothing done yet.
func (s *session) planned(st routines.Step, now time.Time) journal.Step {
	rec := journal.Step{Exercise: s.routine.Exercises[st.Exercise].ID, Side: string(st.Side), Set: st.Set, At: now}
	if st.Kind == routines.StepHold {
		rec.Unit, rec.Planned = journal.UnitSeconds, int(st.Duration/time.Second)
	} else {
		rec.Unit, rec.Planned = journal.UnitReps, st.Reps
	}
	return rec
}

// advance moves to plan step i, or ends the loop after the last one.
func (s session) advance(i int, now time.Time) (session, transition) {
	s.endedFull = false
	if i < len(s.plan) {
		s.idx = i
		return s, transition{step: true}
	}
	s.idx = len(s.plan)
	s.endedAt = now
	// Skipping every exercise is not a finished session: it must not
	// count for the streak or for growing the holds.
	o := journal.Completed
	if len(s.records) == 0 || progress.NothingDone(journal.Session{Steps: s.records}) {
		o = journal.Quit
	}
	return s, goTo(StateCheckOut, endSession(o))
}

// skipExercise keeps what was done of the current step (cut short) and
// writes every hold or set of the exercise not yet done as skipped, so
// the journal can tell "skipped the bridge" from "cut it short"; then it
// goes to the next exercise's intro.
func (s session) skipExercise(now time.Time) (session, transition) {
	cur := s.step().Exercise
	next := s.idx
	var writes []entry
	if rec, ok := s.record(now, false); ok && rec.Done > 0 {
		writes = s.add(rec)
		next++
	}
	for ; next < len(s.plan) && s.plan[next].Exercise == cur; next++ {
		if st := s.plan[next]; st.Kind == routines.StepHold || st.Kind == routines.StepReps {
			rec := s.planned(st, now)
			rec.Skipped = true
			writes = append(writes, s.add(rec)...)
		}
	}
	s.skipped = append(s.skipped, cur)
	s, t := s.advance(next, now)
	t.writes = append(writes, t.writes...)
	return s, t
}

// togglePause keeps the exact time left; resuming starts a new tick chain
// (the generation bump kills the old one), so a quick pause/resume can
// never run the clock twice as fast.
func (s session) togglePause(now time.Time) (session, transition) {
	if !s.step().Timed() {
		return s, stay
	}
	if s.clock.paused {
		s.clock = s.clock.resume(now)
	} else {
		s.clock = s.clock.pause(now)
	}
	return s, transition{clock: true}
}
