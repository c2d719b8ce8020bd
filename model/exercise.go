package model

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
)

// beginSession opens the journal row and starts the exercise loop.
func (m *Model) beginSession() tea.Cmd {
	old := m.sess
	doses, changes := progress.Doses(m.jr.history, old.routine)
	m.sess = session{routine: old.routine, painBefore: old.painBefore, key: old.key + 1,
		doses: doses, changes: changes, plan: routines.Plan(old.routine, doses, m.opts.Tempo),
		startedAt: m.now(), note: newNoteInput(m.width)}
	write := m.write(m.startSessionOp())
	return tea.Batch(write, m.setState(StateExercise))
}

// step is the plan step the session is on.
func (m Model) step() routines.Step {
	if m.sess.idx < 0 || m.sess.idx >= len(m.sess.plan) {
		return routines.Step{}
	}
	return m.sess.plan[m.sess.idx]
}

func (m Model) exercise() routines.Exercise {
	return m.sess.routine.Exercises[m.step().Exercise]
}

// enterStep starts the clock of the current step and its tick chain.
func (m *Model) enterStep() tea.Cmd {
	m.overlay.resume = false
	m.sess.manualReps = 0
	m.page.scroll = 0
	m.sess.clock = countdown{}
	st := m.step()
	if st.Timed() {
		m.sess.clock = startCountdown(m.now(), st.Duration)
	}
	return m.restartTicks()
}

// onTick redraws, and ends the step when its deadline has passed.
func (m Model) onTick() (tea.Model, tea.Cmd) {
	if m.state != StateExercise || m.sess.clock.paused {
		return m, nil
	}
	if m.sess.clock.done(m.now()) {
		return m.finishStep(true)
	}
	return m, m.scheduleTick()
}

// finishStep records the step just ended (ran its course when full is
// true, ended early otherwise), rings the bell where the design says so
// and moves on.
func (m Model) finishStep(full bool) (tea.Model, tea.Cmd) {
	st := m.step()
	cmds := []tea.Cmd{m.keepCurrentStep(full)}
	if full && m.sound && (st.Kind == routines.StepHold || st.Kind == routines.StepSwitchSide || st.Kind == routines.StepRest) {
		cmds = append(cmds, bell())
	}
	cmds = append(cmds, m.advance(m.sess.idx+1))
	return m, tea.Batch(cmds...)
}

// record describes what was done of the current step for the journal; ok
// is false for steps that are not exercise (intro, rests, switches).
func (m *Model) record(full bool) (journal.Step, bool) {
	st := m.step()
	if st.Kind != routines.StepHold && st.Kind != routines.StepReps {
		return journal.Step{}, false
	}
	now := m.now()
	rec := journal.Step{Exercise: m.exercise().ID, Side: string(st.Side), Set: st.Set, At: now, Completed: full}
	switch {
	case st.Kind == routines.StepHold:
		rec.Unit, rec.Planned = "s", int(st.Duration/time.Second)
		rec.Done = rec.Planned
		if !full {
			rec.Done = int(m.sess.clock.elapsed(now) / time.Second)
		}
	case len(st.Pace) == 0: // counted by hand
		rec.Unit, rec.Planned, rec.Done = "reps", st.Reps, m.sess.manualReps
		rec.Completed = m.sess.manualReps >= st.Reps
	default:
		rec.Unit, rec.Planned = "reps", st.Reps
		rec.Done = st.Reps
		if !full {
			rec.Done, _, _ = repPosition(st, m.sess.clock.elapsed(now))
		}
	}
	m.sess.records = append(m.sess.records, rec)
	return rec, true
}

// keepCurrentStep records what was done of the step in progress and
// writes it, when it is an exercise step (not an intro, rest or switch).
func (m *Model) keepCurrentStep(full bool) tea.Cmd {
	if rec, ok := m.record(full); ok {
		return m.saveStep(rec)
	}
	return nil
}

// advance moves to plan step i, or to CheckOut after the last one.
func (m *Model) advance(i int) tea.Cmd {
	if i >= len(m.sess.plan) {
		m.sess.idx = len(m.sess.plan)
		m.sess.endedAt = m.now()
		// Skipping every exercise is not a finished session: it must not
		// count for the streak or for growing the holds.
		o := journal.Completed
		if len(m.sess.records) == 0 {
			o = journal.Quit
		}
		end := m.finishSession(o)
		cmd := m.setState(StateCheckOut)
		m.score.startAt(m.sess.painBefore)
		return tea.Batch(end, cmd)
	}
	m.sess.idx = i
	return m.enterStep()
}

// skipExercise records what was done of the current step and goes to the
// next exercise's intro.
func (m Model) skipExercise() (tea.Model, tea.Cmd) {
	cmds := []tea.Cmd{m.keepCurrentStep(false)}
	cur := m.step().Exercise
	m.sess.skipped = append(m.sess.skipped, cur)
	next := m.sess.idx
	for next < len(m.sess.plan) && m.sess.plan[next].Exercise == cur {
		next++
	}
	cmds = append(cmds, m.advance(next))
	return m, tea.Batch(cmds...)
}

// togglePause keeps the exact time left; resuming starts a new tick chain
// (the generation bump kills the old one), so a quick pause/resume can
// never run the clock twice as fast.
func (m Model) togglePause() (tea.Model, tea.Cmd) {
	if !m.step().Timed() {
		return m, nil
	}
	if m.sess.clock.paused {
		m.sess.clock = m.sess.clock.resume(m.now())
	} else {
		m.sess.clock = m.sess.clock.pause(m.now())
	}
	return m, m.restartTicks()
}

// onExerciseKey handles keys in the exercise loop; the pain key and quit
// were matched before.
func (m Model) onExerciseKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	st := m.step()
	if m.scrollKey(msg, k) {
		return m, nil // a long intro
	}
	switch {
	case key.Matches(msg, k.Pause):
		return m.togglePause()
	case key.Matches(msg, k.Skip):
		return m.skipExercise()
	case key.Matches(msg, k.Sound):
		m.sound = !m.sound
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Count):
		m.sess.manualReps++
		if m.sess.manualReps >= st.Reps {
			return m.finishStep(true)
		}
		return m, nil
	case key.Matches(msg, k.Next, k.Finish):
		if st.Kind == routines.StepIntro {
			return m, m.advance(m.sess.idx + 1)
		}
		return m.finishStep(false)
	case key.Matches(msg, k.Back):
		if st.Kind == routines.StepIntro {
			return m, nil
		}
		return m, m.enterStep()
	}
	return m, nil
}

func bell() tea.Cmd { return tea.Raw("\a") }
