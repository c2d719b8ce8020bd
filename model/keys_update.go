package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
)

// onKey routes a key press. The pain key is matched first, before any
// prompt or overlay, so nothing ever stands between it and the stop.
func (m Model) onKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.state.inSession() && key.Matches(msg, m.keys.Pain) {
		return m.painStop()
	}
	if m.quitAsk {
		switch {
		case key.Matches(msg, m.keys.Yes):
			return m, tea.Sequence(m.keepCurrentStep(false), m.finishSession(journal.Quit), tea.Quit)
		case key.Matches(msg, m.keys.No), key.Matches(msg, m.keys.Esc):
			m.quitAsk = false
			return m.resumeAfterPrompt()
		}
		return m, nil
	}
	if msg.String() == "ctrl+c" {
		return m.askQuit()
	}
	if m.showHelp {
		m.showHelp = false
		return m.resumeAfterPrompt()
	}
	if msg.String() == "?" && m.state != StateCheckOut {
		// Reading the help mid-hold must not cost the patient the hold:
		// the clock waits, like it does for the quit prompt.
		m.showHelp = true
		m.holdClock()
		return m, nil
	}
	if key.Matches(msg, m.keys.Quit) && m.state != StateCheckOut {
		return m.askQuit()
	}
	switch m.state {
	case StateHome:
		return m.onHomeKey(msg)
	case StatePhasePick:
		return m.onPickKey(msg)
	case StatePrecautions:
		return m.onPrecautionsKey(msg)
	case StateCheckIn:
		return m.onCheckInKey(msg)
	case StateRedFlags:
		return m.onRedFlagsKey(msg)
	case StateRedFlagWhich:
		return m.onRedFlagWhichKey(msg)
	case StateSeekHelp, StateInfo:
		return m.onPageKey(msg)
	case StateExercise:
		return m.onExerciseKey(msg)
	case StatePainStop:
		return m.onPainStopKey(msg)
	case StateCheckOut:
		return m.onCheckOutKey(msg)
	case StateSummary:
		return m.onSummaryKey(msg)
	case StateHistory:
		return m.onHistoryKey(msg)
	}
	return m, nil
}

// askQuit quits at once outside a session; in a session it asks first and
// pauses the clock while asking. In CheckOut the session is already done:
// it is saved with whatever was answered, and the app quits.
func (m Model) askQuit() (tea.Model, tea.Cmd) {
	if m.state == StateCheckOut {
		return m, tea.Sequence(m.finishSession(m.outcome), tea.Quit)
	}
	if !m.sessionOpen() {
		return m, tea.Quit
	}
	m.showHelp = false // the question must be seen, not hidden behind the help
	m.quitAsk = true
	m.holdClock()
	return m, nil
}

// holdClock pauses a running step while a prompt or the help is open and
// remembers to resume it when it closes.
func (m *Model) holdClock() {
	if m.state == StateExercise && m.step().Timed() && !m.clock.paused {
		m.gen++
		m.clock = m.clock.pause(m.now())
		m.resumeAfterAsk = true
	}
}

// resumeAfterPrompt resumes a clock that the quit prompt paused.
func (m Model) resumeAfterPrompt() (tea.Model, tea.Cmd) {
	if !m.resumeAfterAsk {
		return m, nil
	}
	m.resumeAfterAsk = false
	return m.togglePause()
}

// painStop ends the session at once: what was done of the current step is
// kept, the session is recorded as stopped for pain, and the stop screen
// asks its one optional question.
func (m Model) painStop() (tea.Model, tea.Cmd) {
	keep := m.keepCurrentStep(false)
	m.painWhere = WhereUnanswered
	return m, tea.Batch(keep, m.finishSession(journal.PainStop), m.setState(StatePainStop))
}

// menuMove moves a cursor over n items with the arrow keys.
func (m *Model) menuMove(msg tea.KeyPressMsg, n int) bool {
	switch {
	case key.Matches(msg, m.keys.Up):
		if m.cursor > 0 {
			m.cursor--
		}
		return true
	case key.Matches(msg, m.keys.Down):
		if m.cursor < n-1 {
			m.cursor++
		}
		return true
	}
	return false
}
