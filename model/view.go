package model

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

// View builds the small view-model of the current state and hands it to
// package views, which only draws.
func (m Model) View() tea.View {
	if m.opts.Accessible {
		return m.accessibleView()
	}
	v := tea.NewView(m.render())
	v.AltScreen = true
	// The title is cleaned whole: a terminal acts on a control character
	// in it (OSC 52, leaving the alternate screen) every second of a hold.
	v.WindowTitle = termtext.Clean(m.title())
	return v
}

func (m Model) ctx() views.Ctx {
	c := m.ctx0()
	c.Keys = m.activeKeys()
	return c
}

// ctx0 is the drawing context without its key map.
func (m Model) ctx0() views.Ctx {
	c := views.Ctx{Cat: m.cat, St: m.styles, Width: m.width, Height: m.height, SaveErr: m.jr.saveErr}
	if m.opts.Accessible {
		// Nothing is drawn in place: screens are printed as plain lines
		// (accessible.go), whole, whatever the window's size.
		c.Width, c.Height = accessibleWidth, accessibleHeight
	}
	return c
}

func (m Model) render() string {
	c := m.ctx()
	if c.TooSmall() {
		return views.TooSmallScreen(c)
	}
	if m.overlay.help {
		c.Keys = m.helpKeys()
		var hearing string
		if m.opts.Hearing != nil {
			hearing = m.opts.Hearing()
		}
		return views.FullHelp(c, hearing)
	}
	switch m.state {
	case StateHome:
		return views.HomeScreen(c, m.homeView())
	case StatePhasePick:
		return views.PickScreen(c, m.pickView())
	case StatePrecautions:
		return views.PrecautionsScreen(c, views.Precautions{FirstRun: true})
	case StateCheckIn:
		if m.in.askReach {
			return views.ReachScreen(c, m.reachView(m.cat.T("checkin.title")))
		}
		return views.ScoreScreen(c, views.Score{Title: m.cat.T("checkin.title"), Question: m.cat.T("checkin.question"), Value: m.in.score.value,
			Chosen: m.in.score.chosen, Nudge: m.in.score.nudged})
	case StateRedFlags, StateRedFlagWhich:
		ids := make([]string, len(RedFlags))
		for i, f := range RedFlags {
			ids[i] = f.ID
		}
		return views.RedFlagsScreen(c, views.RedFlags{IDs: ids, Choosing: m.state == StateRedFlagWhich, Cursor: m.in.cursor})
	case StatePainHigh:
		return views.PainHighScreen(c, m.painHighView())
	case StateSeekHelp:
		v := views.SeekHelp{Tier: m.in.seek.tier.String(), RedFlag: m.in.seek.flag, Numbers: m.numbers()}
		if r, ok := gentleRoutine(m.opts.Routines); ok && m.in.offersGentle(m.opts.Routines) {
			v.Offer = termtext.Clean(r.Name.In(r.Lang(m.cat.Lang())))
		}
		return views.SeekHelpScreen(c, v)
	case StateExercise:
		return m.renderExercise(c)
	case StatePainStop:
		return views.PainStopScreen(c, m.painStopView())
	case StateCheckOut:
		if m.out.asking == askReach {
			return views.ReachScreen(c, m.reachView(m.checkOutTitle()))
		}
		return views.ScoreScreen(c, views.Score{Title: m.checkOutTitle(), Question: m.cat.T("checkout.question"),
			Value: m.out.score.value, Chosen: m.out.score.chosen, Nudge: m.out.score.nudged, ShowNote: true, NoteActive: m.out.asking == askNote, NoteField: m.out.note.View(), Given: formatPain(m.out.painAfter)})
	case StateSummary:
		return views.SummaryScreen(c, m.summaryView())
	case StateHistory:
		v := m.historyView()
		v.View, v.Above, v.Below = m.hist.vp.View(), !m.hist.vp.AtTop(), !m.hist.vp.AtBottom()
		return views.HistoryScreen(c, v)
	case StateInfo:
		return views.InfoScreen(c, m.infoView())
	}
	return ""
}

// title is the window title: exercise and remaining time in a session.
func (m Model) title() string {
	if m.state != StateExercise {
		return "rygtimer"
	}
	name := m.said(m.exercise().Name)
	if st := m.step(); st.Timed() {
		return fmt.Sprintf("%s %s · rygtimer", name, views.Clock(m.sess.clock.remaining(m.now())))
	}
	return name + " · rygtimer"
}

// step and exercise are where the session is (for the view-models).
func (m Model) step() routines.Step { return m.sess.step() }

func (m Model) exercise() routines.Exercise { return m.sess.exercise() }

// routineLang is the language of the routine's own texts: a routine in
// one language runs in it whatever the UI says.
func (m Model) routineLang() string { return m.sess.routine.Lang(m.cat.Lang()) }

func (m Model) header() views.Header {
	st := m.step()
	ex := m.exercise()
	h := views.Header{
		Routine:    m.said(m.sess.routine.Name),
		Exercise:   st.Exercise + 1,
		Exercises:  len(m.sess.routine.Exercises),
		Name:       m.said(ex.Name),
		Side:       m.sideName(st.Side),
		Paused:     m.sess.clock.paused && !m.overlay.resume,
		QuitPrompt: m.overlay.quit,
		Muted:      !m.sound,
	}
	if st.Set > 0 {
		h.SetLine = m.cat.T("session.set_of", "N", st.Set, "Total", st.Sets)
	}
	if lines, ok := views.Drawing(ex.Drawing, m.drawingFrame()); ok {
		h.Drawing = lines
		if st.Side == routines.Left { // the drawings are drawn for the right side
			h.Drawing = views.Mirror(lines)
		}
	}
	h.NextUp = m.nextUp()
	return h
}

// sideTarget names a side as the object of "switch to": "the left side".
func (m Model) sideTarget(s routines.Side) string { return views.SideTo(m.cat, s) }

func (m Model) sideName(s routines.Side) string {
	switch s {
	case routines.Right:
		return m.cat.T("side.right")
	case routines.Left:
		return m.cat.T("side.left")
	}
	return ""
}

// drawingFrame alternates a two-frame drawing with the rep cue. Frame 1
// is the position the movement goes to (back pressed flat, hips up, arm
// and leg out), frame 0 the resting one; every cue but the last moves to
// or holds the position, the last returns from it.
func (m Model) drawingFrame() int {
	st := m.step()
	if st.Kind != routines.StepReps || len(st.Pace) < 2 {
		return 0
	}
	if _, phase, _ := repPosition(st, m.sess.clock.elapsed(m.now())); phase < len(st.Pace)-1 {
		return 1
	}
	return 0
}

// nextUp says what follows the current step.
func (m Model) nextUp() string {
	if m.sess.idx+1 >= len(m.sess.plan) {
		return m.cat.T("session.next_end")
	}
	nx := m.sess.plan[m.sess.idx+1]
	name := m.said(m.sess.routine.Exercises[nx.Exercise].Name)
	switch nx.Kind {
	case routines.StepIntro:
		return name
	case routines.StepSwitchSide:
		return m.cat.T("session.switch_to", "Side", m.sideTarget(nx.Side))
	case routines.StepRest:
		return m.cat.T("session.rest")
	}
	if nx.Side != routines.Both {
		return name + " · " + m.sideName(nx.Side)
	}
	return name
}

func (m Model) renderExercise(c views.Ctx) string {
	st := m.step()
	now := m.now()
	h := m.header()
	bar := views.BarWidth(m.width)
	switch st.Kind {
	case routines.StepIntro:
		return views.IntroScreen(c, m.introView())
	case routines.StepReps:
		done, phase, left := repPosition(st, m.sess.clock.elapsed(now))
		rv := views.RepsView{Header: h, Reps: st.Reps, Done: done, Phases: len(st.Pace), Phase: phase, CueLeft: left,
			Remaining: m.sess.clock.remaining(now), Total: st.Duration, BarCells: bar, BigDigits: m.opts.BigDigits}
		if len(st.Pace) == 0 {
			rv.Manual, rv.Done = true, m.sess.manualReps
		} else {
			rv.Cue = m.said(st.Pace[phase].Cue)
			for _, p := range st.Pace {
				rv.Cues = append(rv.Cues, m.said(p.Cue))
				rv.CueMost = max(rv.CueMost, p.For)
			}
		}
		rv.Rep = min(rv.Done+1, st.Reps)
		return views.RepsScreen(c, rv)
	}
	t := views.Timer{Header: h, Remaining: m.sess.clock.remaining(now), Total: st.Duration, BarCells: bar, BigDigits: m.opts.BigDigits,
		SideWord: m.sideName(st.Side)}
	switch st.Kind {
	case routines.StepGetReady:
		t.Label, t.Calm = m.cat.T("session.get_ready"), true
	case routines.StepHold:
		t.Label = m.cat.T("session.hold")
	case routines.StepSwitchSide:
		t.Label, t.Calm = m.cat.T("session.switch_to", "Side", m.sideTarget(st.Side)), true
		t.Side = ""
	case routines.StepRest:
		t.Label, t.Calm = m.cat.T("session.rest"), true
		t.Side, t.SideWord = "", ""
	}
	return views.TimerScreen(c, t)
}

func (m Model) introView() views.Intro {
	ex := m.exercise()
	return views.Intro{Header: m.header(), Dose: views.DoseText(m.cat, ex, m.sess.doses), Steps: m.saidLines(ex.Steps),
		Caution: m.said(ex.Caution), DoseNote: m.doseNote(ex), Scroll: m.page.scroll}
}

// doseNote says why a dose changed since last time.
func (m Model) doseNote(ex routines.Exercise) string {
	ch, ok := m.sess.changes[ex.ID]
	if !ok {
		return ""
	}
	from, to := int(ch.From/time.Second), int(ch.To/time.Second)
	switch ch.Why {
	case progress.GrewAfterGoodSessions:
		return m.cat.T("dose.grew", "From", from, "To", to)
	case progress.SteppedBackAfterPainStop:
		return m.cat.T("dose.back_pain_stop", "From", from, "To", to)
	case progress.SteppedBackAfterPainRose:
		return m.cat.T("dose.back_pain_rose", "From", from, "To", to)
	}
	return ""
}

// stoppedExercise names the exercise that was running at a pain stop.
func (m Model) stoppedExercise() string {
	if m.sess.idx >= len(m.sess.plan) {
		return ""
	}
	return m.said(m.exercise().Name)
}

// numbers are the config's help numbers with the language's defaults.
func (m Model) numbers() views.Numbers {
	n := views.Numbers{Emergency: m.opts.Help.Emergency, OutOfHours: m.opts.Help.OutOfHours, Doctor: m.opts.Help.Doctor}
	if n.Emergency == "" {
		n.Emergency = m.cat.T("numbers.emergency")
	}
	if n.OutOfHours == "" {
		n.OutOfHours = m.cat.T("numbers.out_of_hours")
	}
	if n.Doctor == "" {
		n.Doctor = m.cat.T("numbers.doctor")
	}
	return n
}

func (m Model) routineNames() map[string]string {
	names := map[string]string{}
	rs := m.opts.Routines
	if m.opts.Start != nil {
		// a --routine file is in no list, but its sessions are named too
		rs = append([]routines.Routine{*m.opts.Start}, rs...)
	}
	for _, r := range rs {
		names[r.ID] = termtext.Clean(r.Name.In(m.cat.Lang()))
	}
	return names
}

// maxScroll is how far the current page can scroll, so extra presses of
// ↓ at the end do not pile up unseen.
func (m Model) maxScroll() int {
	// Measured with the help bar the state has when it scrolls (the key
	// map depends on this answer, so it cannot be asked for here).
	c := m.ctx0()
	c.Keys = m.keys.only(pageScrollKeys...)
	if m.state == StateExercise {
		c.Keys = m.keys.only(introScrollKeys...)
	}
	switch m.state {
	case StateInfo:
		return views.InfoMaxScroll(c, m.infoView())
	case StateExercise:
		if m.step().Kind == routines.StepIntro {
			return views.IntroMaxScroll(c, m.introView())
		}
	}
	return 0
}

func (m Model) infoView() views.Info {
	return views.Info{Page: m.page.info.String(), Signs: signsByTier(), Scroll: m.page.scroll, Numbers: m.numbers(), Version: m.opts.Version}
}

func (m Model) historyView() views.History {
	return views.History{Sessions: m.jr.history, Names: m.routineNames(), Now: m.now(), Ready: m.jr.historyReady}
}
