package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
)

// onKey routes a key press, matching only the bindings of the current
// state. The pain key is matched first, before any prompt or overlay, so
// nothing ever stands between it and the stop; then the keys the root
// owns (ctrl+z, the quit prompt, ctrl+c, the help, q); the rest goes to
// the current state's sub-model.
func (m Model) onKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.activeKeys()
	switch {
	case key.Matches(msg, k.Pain):
		return m.painStop()
	case key.Matches(msg, k.Suspend):
		return m.suspend()
	case m.overlay.quit:
		return m.onQuitPrompt(msg, k)
	case key.Matches(msg, k.Interrupt):
		return m.askQuit()
	case m.overlay.help:
		m.overlay.help = false // any key closes the help
		return m.resumeAfterPrompt()
	case key.Matches(msg, k.Help):
		// Reading the help mid-hold must not cost the patient the hold:
		// the clock waits, like it does for the quit prompt.
		m.overlay.help = true
		return m, m.holdClock()
	case key.Matches(msg, k.Quit):
		return m.askQuit()
	}
	return m.route(msg, k)
}

// route hands a key to the current state's sub-model and applies the
// transition it returns.
func (m Model) route(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	var t transition
	switch m.state {
	case StateHome:
		m.notices = nil // read: they were on this screen
		m.home, t = m.home.homeUpdate(msg, k)
	case StatePhasePick:
		m.pick, t = m.pick.pickUpdate(msg, k, m.opts.Routines)
	case StatePrecautions, StateCheckIn, StateRedFlags, StateRedFlagWhich:
		m.in, t = m.in.update(msg, k, m.state, m.now(), m.journalAnswered())
	case StateSeekHelp, StateInfo:
		if m.state == StateSeekHelp && m.in.offersGentle(m.opts.Routines) {
			m.in, t = m.in.gentleUpdate(msg, k, m.opts.Routines, m.journalAnswered())
			break
		}
		m.page, t = m.page.update(msg, k, m.maxScroll(), m.pageRows())
		if m.state == StateSeekHelp && t.move {
			// Home reads the red flag just recorded, so it says to see a
			// doctor rather than "keep going".
			t.writes = append(t.writes, write(readHistory))
		}
	case StateHistory:
		m.hist, t = m.hist.update(msg, k)
	case StateExercise:
		var scrolled bool
		if m.page, scrolled = m.page.scrollBy(msg, k, m.maxScroll(), m.pageRows()); scrolled {
			break // a long intro
		}
		if key.Matches(msg, k.Sound) {
			m.sound = !m.sound
			break
		}
		m.sess, t = m.sess.update(msg, k, m.now())
	case StatePainHigh:
		m.in, t = m.in.painHighUpdate(msg, k, m.opts.Routines, m.journalAnswered())
	case StatePainStop:
		m.stop, t = m.stop.update(msg, k, m.sess.name())
	case StateCheckOut:
		m.out, t = m.out.update(msg, k)
	case StateSummary:
		t = summaryUpdate(msg, k)
	}
	return m, m.apply(t)
}

// pageRows is how far a page key scrolls.
func (m Model) pageRows() int { return max(m.height-8, 1) }

// onQuitPrompt answers "Quit this session?": yes keeps what was done,
// ends the session as quit and offers the check-out before the app ends
// (esc there leaves at once); no or esc goes on.
func (m Model) onQuitPrompt(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, k.Yes):
		t := goTo(StateCheckOut, m.sess.keep(m.now(), false)...)
		t.writes = append(t.writes, endSession(journal.Quit))
		m.sess.endedAt = m.now()
		cmd := m.apply(t)
		m.out.leaving = true
		return m, cmd
	case key.Matches(msg, k.No, k.Esc):
		m.overlay.quit = false
		return m.resumeAfterPrompt()
	}
	return m, nil
}

// askQuit quits at once outside a session; in a session it asks first and
// pauses the clock while asking. In CheckOut the session is already done:
// it is saved with whatever was answered, and the app quits.
func (m Model) askQuit() (tea.Model, tea.Cmd) {
	if m.state == StateCheckOut {
		return m, m.apply(transition{writes: []entry{saveAnswers()}, quit: true})
	}
	if !m.state.inSession() {
		return m, tea.Quit
	}
	m.overlay.help = false // the question must be seen, not hidden behind the help
	m.overlay.quit = true
	return m, m.holdClock()
}

// holdClock pauses a running step while a prompt or the help is open and
// remembers to resume it when it closes.
func (m *Model) holdClock() tea.Cmd {
	if m.state == StateExercise && m.sess.step().Timed() && !m.sess.clock.paused {
		m.sess.clock = m.sess.clock.pause(m.now())
		m.overlay.resume = true
		return m.restartTicks()
	}
	return nil
}

// resumeAfterPrompt resumes a clock that the help or the quit prompt
// paused.
func (m Model) resumeAfterPrompt() (tea.Model, tea.Cmd) {
	if !m.overlay.resume {
		return m, nil
	}
	m.overlay.resume = false
	var t transition
	m.sess, t = m.sess.togglePause(m.now())
	return m, m.apply(t)
}

// painStop ends the session at once: what was done of the current step is
// kept, the session is recorded as stopped for pain, and the stop screen
// asks its one optional question.
func (m Model) painStop() (tea.Model, tea.Cmd) {
	m.stop = painStop{where: WhereUnanswered}
	t := goTo(StatePainStop, m.sess.keep(m.now(), false)...)
	t.writes = append(t.writes, endSession(journal.PainStop))
	return m, m.apply(t)
}
