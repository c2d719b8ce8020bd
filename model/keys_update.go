package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
)

// onKey routes a key press, matching only the bindings of the current
// state. The pain key is matched first, before any prompt or overlay, so
// nothing ever stands between it and the stop.
func (m Model) onKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.activeKeys()
	if key.Matches(msg, k.Pain) {
		return m.painStop()
	}
	if key.Matches(msg, k.Suspend) {
		return m.suspend()
	}
	if m.overlay.quit {
		switch {
		case key.Matches(msg, k.Yes):
			keep := m.keepCurrentStep(false)
			return m, tea.Sequence(keep, m.finishSession(journal.Quit), tea.Quit)
		case key.Matches(msg, k.No, k.Esc):
			m.overlay.quit = false
			return m.resumeAfterPrompt()
		}
		return m, nil
	}
	if key.Matches(msg, k.Interrupt) {
		return m.askQuit()
	}
	if m.overlay.help {
		m.overlay.help = false // any key closes the help
		return m.resumeAfterPrompt()
	}
	switch {
	case key.Matches(msg, k.Help):
		// Reading the help mid-hold must not cost the patient the hold:
		// the clock waits, like it does for the quit prompt.
		m.overlay.help = true
		return m, m.holdClock()
	case key.Matches(msg, k.Quit):
		return m.askQuit()
	}
	return m.onStateKey(msg, k)
}

func (m Model) onStateKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	switch m.state {
	case StateHome:
		return m.onHomeKey(msg, k)
	case StatePhasePick:
		return m.onPickKey(msg, k)
	case StatePrecautions:
		return m.onPrecautionsKey(msg, k)
	case StateCheckIn:
		return m.onCheckInKey(msg, k)
	case StateRedFlags:
		return m.onRedFlagsKey(msg, k)
	case StateRedFlagWhich:
		return m.onRedFlagWhichKey(msg, k)
	case StateSeekHelp, StateInfo, StateHistory:
		return m.onPageKey(msg, k)
	case StateExercise:
		return m.onExerciseKey(msg, k)
	case StatePainStop:
		return m.onPainStopKey(msg, k)
	case StateCheckOut:
		return m.onCheckOutKey(msg, k)
	case StateSummary:
		return m.onSummaryKey(msg, k)
	}
	return m, nil
}

// askQuit quits at once outside a session; in a session it asks first and
// pauses the clock while asking. In CheckOut the session is already done:
// it is saved with whatever was answered, and the app quits.
func (m Model) askQuit() (tea.Model, tea.Cmd) {
	if m.state == StateCheckOut {
		return m, tea.Sequence(m.finishSession(m.sess.outcome), tea.Quit)
	}
	if !m.sessionOpen() {
		return m, tea.Quit
	}
	m.overlay.help = false // the question must be seen, not hidden behind the help
	m.overlay.quit = true
	return m, m.holdClock()
}

// holdClock pauses a running step while a prompt or the help is open and
// remembers to resume it when it closes.
func (m *Model) holdClock() tea.Cmd {
	if m.state == StateExercise && m.step().Timed() && !m.sess.clock.paused {
		m.sess.clock = m.sess.clock.pause(m.now())
		m.overlay.resume = true
		return m.restartTicks()
	}
	return nil
}

// resumeAfterPrompt resumes a clock that the quit prompt paused.
func (m Model) resumeAfterPrompt() (tea.Model, tea.Cmd) {
	if !m.overlay.resume {
		return m, nil
	}
	m.overlay.resume = false
	return m.togglePause()
}

// painStop ends the session at once: what was done of the current step is
// kept, the session is recorded as stopped for pain, and the stop screen
// asks its one optional question.
func (m Model) painStop() (tea.Model, tea.Cmd) {
	keep := m.keepCurrentStep(false)
	m.sess.painWhere = WhereUnanswered
	return m, tea.Batch(keep, m.finishSession(journal.PainStop), m.setState(StatePainStop))
}

// menuMove moves a cursor over n items with the arrow keys.
func (m *Model) menuMove(msg tea.KeyPressMsg, k KeyMap, n int) bool {
	switch {
	case key.Matches(msg, k.Up):
		if m.cursor > 0 {
			m.cursor--
		}
		return true
	case key.Matches(msg, k.Down):
		if m.cursor < n-1 {
			m.cursor++
		}
		return true
	}
	return false
}
