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
