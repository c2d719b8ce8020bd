package model

import (
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

// summaryView is the finished session: each exercise done, cut short or
// skipped, the change in pain judged, how far the pain moved.
func (m Model) summaryView() views.SummaryView {
	judgement, tone := m.painJudgement()
	v := views.SummaryView{
		Routine:    m.said(m.sess.routine.Name),
		PainBefore: formatPain(m.in.painBefore),
		PainAfter:  formatPain(m.out.painAfter),
		// The same rounding as History's, so the two never disagree.
		Minutes:   progress.MinutesBetween(m.sess.startedAt, m.sess.endedAt),
		Streak:    progress.Streak(m.jr.history, m.now()),
		Judgement: judgement,
		Tone:      tone,
		Save:      m.saveState(),
	}
	if mv := progress.MoveBetween(m.in.reach, m.out.reach); mv != progress.ReachMoveUnknown {
		v.Reach = m.cat.T("reach.summary." + string(mv))
		v.ReachTone = map[progress.ReachMove]string{progress.Centralised: views.ToneGood, progress.Spreading: views.ToneUrgent}[mv]
	}
	for i, ex := range m.sess.routine.Exercises {
		v.Lines = append(v.Lines, m.summaryLine(i, ex))
	}
	if !m.sess.didSomething() {
		// Every exercise skipped or cut at once: not "finished".
		v.Title = m.cat.T("summary.title_nothing")
	}
	return v
}

// summaryLine says how much of exercise i was done: "skipped" or a sum of
// what was done, never "0 s in all".
func (m Model) summaryLine(i int, ex routines.Exercise) views.SummaryLine {
	line := views.SummaryLine{Name: m.said(ex.Name)}
	var works, planned int
	for _, st := range m.sess.plan {
		if st.Exercise == i && (st.Kind == routines.StepHold || st.Kind == routines.StepReps) {
			works++
			planned += st.Reps
		}
	}
	var done, units int
	for _, r := range m.sess.records {
		// A hold ended at 0 s was not held: "6 × hold, 4 s in all" after one
		// 4 s hold and five cut at once would count holds nobody did.
		if r.Exercise == ex.ID && !r.Skipped && (r.Done > 0 || r.Completed) {
			done += r.Done
			units++
		}
	}
	result := progress.ClassifyExercise(m.sess.records, ex.ID, works)
	line.Full = result == progress.DoneInFull
	switch {
	case result == progress.Skipped:
		line.Done = m.cat.T("summary.skipped")
	case ex.Kind == routines.Hold:
		line.Done = m.cat.T("summary.hold_done", "Count", units, "Secs", done)
	default:
		line.Done = m.cat.T("summary.reps_done", "Done", done, "Planned", planned)
	}
	if result == progress.CutShort {
		line.Done += " · " + m.cat.T("summary.cut_short")
	}
	return line
}

// painJudgement judges the change in pain (fact sheet, pain rules): a drop
// is progress and is named; a rise of 2 or more means ease off; otherwise
// the traffic light of the pain after. Pain relief is the easiest phase,
// so it never advises an easier one.
func (m Model) painJudgement() (text, tone string) {
	before, after := m.in.painBefore, m.out.painAfter
	easiest := m.sess.routine.Phase == routines.PainRelief
	switch {
	case after == nil:
		return "", ""
	case before != nil && *after < *before && m.sess.didSomething():
		// Lower pain after a session of exercises is progress; after
		// none it is not the exercises' doing.
		return m.cat.N("summary.pain_lower", *before-*after, "Before", *before, "After", *after), views.ToneGood
	case before != nil && *after-*before >= 2:
		text = "! " + m.cat.N("summary.pain_rose", *after-*before, "Before", *before, "After", *after)
		if !easiest {
			text += " " + m.cat.T("summary.easier_phase")
		}
		return text, views.ToneUrgent
	}
	switch progress.TrafficLight(nil, after) {
	case progress.Green:
		return m.cat.T("summary.light_green"), views.ToneGood
	case progress.Amber:
		return m.cat.T("summary.light_amber"), views.ToneWarn
	}
	if easiest {
		return "! " + m.cat.T("summary.light_red_easiest"), views.ToneUrgent
	}
	return "! " + m.cat.T("summary.light_red"), views.ToneUrgent
}

// didSomething reports whether the session so far holds any work
// done, for the check-out's "Well done".
func (s session) didSomething() bool {
	return len(s.records) > 0 && !progress.NothingDone(journal.Session{Steps: s.records})
}
