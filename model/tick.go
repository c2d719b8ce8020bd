package model

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

// tickMsg wakes the program to redraw; gen ties it to one step of one
// state so ticks from a paused or finished step are dropped.
type tickMsg struct{ gen uint64 }

// minTick keeps a burst of boundaries from spinning; tickSlack lands the
// tick just past the boundary so the new value is already showing.
const (
	minTick   = 20 * time.Millisecond
	tickSlack = 2 * time.Millisecond
)

// restartTicks ends the running tick chain (its ticks carry the old
// generation and are dropped) and starts a new one when a step's clock is
// running. It is the one place the generation changes.
func (m *Model) restartTicks() tea.Cmd {
	m.gen++
	return m.scheduleTick()
}

// scheduleTick returns the one tick of the current step's chain, timed for
// the moment the screen next changes: the shown second rolls over, the
// movement cue changes, or the progress bar gains a cell. Nothing runs at
// a fixed frame rate, so an idle countdown costs almost nothing.
func (m *Model) scheduleTick() tea.Cmd {
	if m.state != StateExercise || m.sess.clock.paused || !m.step().Timed() {
		return nil
	}
	gen := m.gen
	return m.opts.Tick(m.nextTickIn(m.now()), func(time.Time) tea.Msg { return tickMsg{gen: gen} })
}

// nextTickIn is how long until the running step's screen next changes.
func (m Model) nextTickIn(now time.Time) time.Duration {
	rem := m.sess.clock.remaining(now)
	next := untilNextSecond(rem)
	if st := m.step(); st.Kind == routines.StepReps {
		_, _, phaseLeft := repPosition(st, m.sess.clock.elapsed(now))
		if d := untilNextSecond(phaseLeft); d > 0 && d < next {
			next = d
		}
	}
	// A moment to announce (halfway through a 25 s hold) is said on time.
	if d := untilMoment(m.step(), m.sess.clock.elapsed(now)); d > 0 && d < next {
		next = d
	}
	if cell := m.sess.clock.total / time.Duration(views.BarWidth(m.width)); cell > 0 {
		if d := cell - m.sess.clock.elapsed(now)%cell; d < next {
			next = d
		}
	}
	if next > rem {
		next = rem
	}
	next += tickSlack
	if next < minTick {
		next = minTick
	}
	return next
}

// repPosition returns, for a paced set that has run for elapsed: how many
// reps are finished, which pace phase is running, and how long that phase
// has left.
func repPosition(st routines.Step, elapsed time.Duration) (done, phase int, phaseLeft time.Duration) {
	cycle := st.Cycle()
	if cycle <= 0 {
		return 0, 0, 0
	}
	if elapsed >= time.Duration(st.Reps)*cycle {
		return st.Reps, len(st.Pace) - 1, 0
	}
	done = int(elapsed / cycle)
	in := elapsed % cycle
	for i, p := range st.Pace {
		if in < p.For {
			return done, i, p.For - in
		}
		in -= p.For
	}
	return done, len(st.Pace) - 1, 0
}
