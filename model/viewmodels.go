package model

import (
	"fmt"
	"time"

	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

func (t Tier) String() string {
	return [...]string{views.TierSelfCare, views.TierPlan, views.TierSoon, views.TierNow, views.TierEmergency}[t]
}

func (p InfoPage) String() string {
	return [...]string{"faq", "seekhelp", "precautions", "about"}[p]
}

// recommendation is the phase Home recommends, from the journal.
func (m Model) recommendation() progress.Recommendation {
	return progress.Recommend(m.jr.history, m.now())
}

func (m Model) phaseName(p routines.Phase) string {
	return m.cat.T("phase." + string(p))
}

func (m Model) homeView() views.HomeView {
	now := m.now()
	rec := m.recommendation()
	v := views.HomeView{
		Today:       m.cat.Dates().Weekday(now) + " " + m.dateText(now),
		Ready:       m.jr.historyReady,
		DoneToday:   progress.DoneToday(m.jr.history, now),
		Streak:      progress.Streak(m.jr.history, now),
		Week:        progress.ThisWeek(m.jr.history, now),
		Recommended: m.phaseName(rec.Phase),
		Reason:      m.cat.T("recommend." + string(rec.Why)),
		Cursor:      m.home.cursor,
		Notices:     cleanAll(m.notices),
	}
	if progress.SpreadingTrend(m.jr.history, now) { // pain reaching further down the leg lately
		v.Notices = append(v.Notices, m.cat.T("reach.trend.spreading"))
	}
	switch {
	case rec.Suggest == "":
	case rec.Why == progress.ReasonReady:
		v.Suggest = m.cat.T("recommend.suggest", "Phase", m.phaseName(rec.Suggest))
	default:
		v.Suggest = m.cat.T("recommend.suggest_easier", "Phase", m.phaseName(rec.Suggest))
	}
	m.homeWarning(&v, now)
	if last := progress.Last(m.jr.history); last != nil {
		// The outcome comes from the journal; an unknown one shows as its
		// catalog key, so clean it.
		v.Last = m.dateText(last.StartedAt) + " · " + termtext.Clean(m.cat.T("outcome."+progress.OutcomeKey(last.Outcome)))
	}
	for _, it := range HomeItems {
		v.Items = append(v.Items, m.cat.T(fmt.Sprintf("home.item.%d", it)))
	}
	return v
}

// homeWarning puts a standing warning (the journal's red flag or pain
// stop answered "numbness or weakness", the same one `rygtimer status`
// reports) in place of the day's recommendation: Home must not say "keep
// going" to someone who should see a doctor first.
func (m Model) homeWarning(v *views.HomeView, now time.Time) {
	w := progress.RecentWarning(m.jr.history, now)
	if w == nil {
		return
	}
	// "Today", or the day it was reported.
	when := m.cat.T("home.warning.on_date", "Date", m.dateText(w.At))
	if progress.SameDay(w.At, now) {
		when = m.cat.T("home.warning.today")
	}
	v.Suggest, v.Reason = "", ""
	if warningTier(*w) == TierSoon {
		v.Recommended = m.phaseName(routines.PainRelief)
		v.Warning = m.cat.T("home.warning.soon", "When", when, "Doctor", m.numbers().Doctor)
		return
	}
	v.Recommended = ""
	v.Urgent = true
	n := m.numbers()
	v.Warning = m.cat.T("home.warning.now", "When", when, "Doctor", n.Doctor, "OutOfHours", n.OutOfHours)
}

// dateText is "23 November" / "23. november" in the UI language.
func (m Model) dateText(t time.Time) string { return m.cat.Dates().DayMonth(t) }

func (m Model) pickView() views.PickView {
	rec := m.recommendedIndex()
	v := views.PickView{Cursor: m.pick.cursor}
	for i, r := range m.opts.Routines {
		doses, _ := progress.Doses(m.jr.history, r)
		lang := r.Lang(m.cat.Lang())
		it := views.PickItem{
			Name:        termtext.Clean(r.Name.In(lang)),
			Minutes:     routines.Minutes(routines.Length(routines.Plan(r, doses, m.opts.Tempo))),
			Custom:      r.Source != "" && r.Source != routines.BuiltIn,
			Recommended: i == rec && m.jr.historyReady,
			Description: termtext.Clean(r.Description.In(lang)),
		}
		for _, e := range r.Exercises {
			it.Exercises = append(it.Exercises, termtext.Clean(e.Name.In(lang)))
		}
		v.Items = append(v.Items, it)
	}
	return v
}

// saveState is how far the finished session is in the journal.
func (m Model) saveState() views.SaveState {
	switch {
	case m.jr.behind:
		return views.SaveRetrying
	case m.jr.confirmed < m.sess.savedBy:
		return views.Saving
	}
	return views.Saved
}

// painHighView is the screen after a check-in pain of highPain or more.
func (m Model) painHighView() views.PainHigh {
	v := views.PainHigh{Cursor: m.in.cursor}
	if m.in.painBefore != nil {
		v.Pain = *m.in.painBefore
	}
	choices := m.in.painHighChoices(m.opts.Routines)
	v.Suggest = len(choices) == 2
	for i, r := range choices {
		name := termtext.Clean(r.Name.In(r.Lang(m.cat.Lang())))
		if v.Suggest && i == 0 {
			v.Choices = append(v.Choices, m.cat.T("painhigh.instead", "Routine", name))
		} else {
			v.Choices = append(v.Choices, m.cat.T("painhigh.go_on", "Routine", name))
		}
	}
	return v
}
