package model

import tea "charm.land/bubbletea/v2"

// suspend answers ctrl+z (and SIGTSTP, which the command line turns into
// ctrl+z): a running step pauses exactly as space pauses it, then the
// program hands the terminal back to the shell. The pause has to happen
// here, on the key: once Bubble Tea sees the SuspendMsg it stops the
// process before Update would. After fg (tea.ResumeMsg) the step stays
// paused and the patient goes on with space.
func (m Model) suspend() (tea.Model, tea.Cmd) {
	var ticks tea.Cmd
	if m.state == StateExercise && m.step().Timed() {
		if !m.sess.clock.paused {
			m.sess.clock = m.sess.clock.pause(m.now())
			ticks = m.restartTicks()
		}
		// A prompt or the help that held the clock must not restart it
		// when it closes: the patient chose to stop.
		m.overlay.resume = false
	}
	return m, tea.Sequence(ticks, tea.Suspend)
}

// pauseWhileHidden pauses a running step when the window gets too small
// to show it: the clock must not run behind "make the window larger".
// The pause is the patient's own (not a prompt's), so the larger window
// shows it paused and space goes on.
func (m *Model) pauseWhileHidden() tea.Cmd {
	if m.state != StateExercise || m.opts.Accessible || !m.ctx0().TooSmall() || !m.sess.step().Timed() || m.sess.clock.paused {
		return nil
	}
	m.sess.clock = m.sess.clock.pause(m.now())
	m.overlay.resume = false
	return m.restartTicks()
}
