package model

import (
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/routines"
)

// transition is what a sub-model's update asks of the root: journal
// writes, in this order; then a new state, a new step of the exercise
// loop or a restarted clock; and the sub-model's own command. The root
// applies it in apply, so the state, the tick generation and the journal
// numbers each change in one place.
type transition struct {
	writes []entry
	to     State
	// move: go to state to.
	move bool
	// step: the exercise loop moved to a new plan step (or restarted
	// this one); clock: the step's clock was paused or resumed.
	step, clock bool
	quit        bool
	// chose is the routine picked for a new check-in; page the info
	// page opened.
	chose *routines.Routine
	page  InfoPage
	// acknowledged: the precautions were read (the write is in writes).
	acknowledged bool
	// waitForJournal: start the session once the journal has answered.
	waitForJournal bool
	cmd            tea.Cmd
}

// entry is one journal write a sub-model asks for: an operation, or the
// end of the session, which the root builds from every sub-model's
// answers (pain after, the note, where it hurt).
type entry struct {
	op  jqueue.Op
	end journal.Outcome
}

func write(op jqueue.Op) entry           { return entry{op: op} }
func endSession(o journal.Outcome) entry { return entry{end: o} }

// saveAnswers writes the session's end again, with its outcome so far and
// the check-out's answers.
func saveAnswers() entry { return entry{} }

// stay is the transition that changes nothing outside the sub-model.
var stay = transition{}

func goTo(s State, writes ...entry) transition {
	return transition{to: s, move: true, writes: writes}
}

// apply carries out what a sub-model asked for.
func (m *Model) apply(t transition) tea.Cmd {
	if t.acknowledged {
		m.jr.acknowledged = true
	}
	if t.waitForJournal {
		m.jr.startWhenReady = true
	}
	if t.chose != nil {
		m.in = checkIn{routine: *t.chose}
	}
	if t.move && t.to == StateInfo {
		m.page.info = t.page
	}
	cmds := make([]tea.Cmd, 0, len(t.writes)+3)
	for _, e := range t.writes {
		if e.op == nil {
			o := e.end
			if o == "" {
				o = m.sess.outcome
			}
			e.op = m.finishOp(o)
		}
		cmds = append(cmds, m.write(e.op))
	}
	switch {
	case t.move:
		cmds = append(cmds, m.setState(t.to))
	case t.step:
		cmds = append(cmds, m.enterStep())
	case t.clock:
		cmds = append(cmds, m.restartTicks())
	}
	cmds = append(cmds, t.cmd)
	if t.quit {
		return tea.Sequence(tea.Batch(cmds...), tea.Quit)
	}
	return tea.Batch(cmds...)
}

// setState is the only place the state changes. It restarts the tick
// chain so every tick of the old state dies, clears the overlays and
// prepares the sub-model of the new state. The check-in and the session
// wait for the precautions to be acknowledged once.
func (m *Model) setState(s State) tea.Cmd {
	if (s == StateCheckIn || s == StateExercise) && !m.jr.acknowledged {
		s = StatePrecautions
	}
	m.state = s
	m.page.scroll = 0
	m.overlay = overlay{}
	m.jr.startWhenReady = false
	switch s {
	case StateHome:
		m.home = menu{}
	case StatePhasePick:
		m.pick = menu{cursor: m.recommendedIndex()}
	case StateHistory:
		m.hist = historyPage{} // built afresh: "today" may have moved on
	case StateRedFlagWhich, StatePainHigh:
		m.in.cursor = 0
	case StateCheckOut:
		m.out = newCheckOut(m.width)
	case StateSummary:
		// The summary says "saved" once everything written so far is
		// confirmed.
		m.sess.savedBy = m.jr.seq
	case StateExercise:
		return m.beginSession()
	}
	return m.restartTicks()
}
