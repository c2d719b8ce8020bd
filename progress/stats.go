package progress

import (
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// The functions here read a history as the patient lives it: a session
// belongs to the calendar day, in now's zone, on which it started (a
// session begun at 23:50 counts for that evening, however late it ends),
// and a day or week counts as exercised when a session on it is
// Exercised (completed, with something done). Pain stops, quits, red-flag
// check-ins and sessions where everything was skipped are shown, but
// never make a streak. Several sessions a day count as one day.

// DoneToday reports whether a session was exercised today.
func DoneToday(ss []journal.Session, now time.Time) bool {
	for _, s := range ss {
		if Exercised(s) && SameDay(s.StartedAt, now) {
			return true
		}
	}
	return false
}

// SameDay reports whether t falls on now's calendar day, in now's zone:
// the one rule of "today" for streaks, Home and the status line.
func SameDay(t, now time.Time) bool {
	return dateOf(t, now.Location()) == dateOf(now, now.Location())
}

// Streak is the number of consecutive calendar days, each with at least
// one completed session, that end today, or yesterday while today's session
// is still to come (a streak is not lost at breakfast).
func Streak(ss []journal.Session, now time.Time) int {
	loc := now.Location()
	done := map[date]bool{}
	for _, s := range ss {
		if Exercised(s) {
			done[dateOf(s.StartedAt, loc)] = true
		}
	}
	day := dateOf(now, loc)
	if !done[day] {
		day = day.add(-1)
	}
	n := 0
	for done[day] {
		n++
		day = day.add(-1)
	}
	return n
}

// ThisWeek counts the sessions completed in the current ISO week (Monday
// to Sunday).
func ThisWeek(ss []journal.Session, now time.Time) int {
	w := Weekly(ss, now, 1)
	return w[0].Sessions
}

// WeeksSpanned is the number of ISO weeks from the week of first to the
// week of end, both included, as seen in end's zone: the weeks argument of
// Weekly for a whole history.
func WeeksSpanned(first, end time.Time) int {
	loc := end.Location()
	return dateOf(first, loc).weekStart().daysUntil(dateOf(end, loc).weekStart())/7 + 1
}

// Totals counts a history's sessions by how they ended.
type Totals struct {
	Completed, PainStops, Unfinished, RedFlags int
}

// Count returns the Totals of ss; running sessions count nowhere, and a
// completed session in which nothing was done (see Exercised) counts as
// unfinished.
func Count(ss []journal.Session) Totals {
	var n Totals
	for _, s := range ss {
		switch {
		case Exercised(s):
			n.Completed++
		case s.Outcome == journal.Completed:
			n.Unfinished++
		}
		switch s.Outcome {
		case journal.PainStop:
			n.PainStops++
		case journal.Quit, journal.Interrupted:
			n.Unfinished++
		case journal.RedFlag:
			n.RedFlags++
		}
	}
	return n
}

// Week is one ISO week of adherence.
type Week struct {
	Start      time.Time // Monday 00:00 in now's zone
	Days       int       // days with at least one exercised session
	Sessions   int       // exercised sessions (see Exercised)
	PainStops  int       // sessions stopped for pain
	Unfinished int       // sessions quit, interrupted or all skipped
	// Exercised marks the days, Monday first, with an exercised session.
	Exercised [7]bool
	// Mean pain ratings of the week's sessions (any outcome), for a
	// trend line; Has… is false when no rating was given.
	Before, After       float64
	HasBefore, HasAfter bool
	// Change is the mean of after − before over the week's sessions that
	// have both ratings (HasChange false when none has): a red-flag
	// check-in's lone "before" must not pull the change off.
	Change    float64
	HasChange bool
}

// Weekly returns adherence for the last weeks ISO weeks, oldest first,
// ending with the current week (which may be incomplete). Every week is
// present, exercised or not.
func Weekly(ss []journal.Session, now time.Time, weeks int) []Week {
	if weeks < 1 {
		weeks = 1
	}
	loc := now.Location()
	first := dateOf(now, loc).weekStart().add(-7 * (weeks - 1))
	out := make([]Week, weeks)
	days := make([]map[date]bool, weeks)
	pain := make([]painSum, weeks)
	for i := range out {
		out[i].Start = first.add(7 * i).midnight(loc)
		days[i] = map[date]bool{}
	}
	for _, s := range ss {
		d := dateOf(s.StartedAt, loc)
		i := first.daysUntil(d) / 7
		if d.before(first) || i >= weeks {
			continue
		}
		pain[i].add(s)
		switch {
		case Exercised(s):
			out[i].Sessions++
			days[i][d] = true
			out[i].Exercised[first.add(7*i).daysUntil(d)] = true
		case s.Outcome == journal.PainStop:
			out[i].PainStops++
		case s.Outcome == journal.Quit, s.Outcome == journal.Interrupted, s.Outcome == journal.Completed:
			out[i].Unfinished++
		}
	}
	for i := range out {
		out[i].Days = len(days[i])
		out[i].Before, out[i].HasBefore, out[i].After, out[i].HasAfter = pain[i].means()
		out[i].Change, out[i].HasChange = pain[i].change()
	}
	return out
}

// painSum accumulates pain ratings for a mean, and the change over the
// sessions rated both before and after.
type painSum struct{ before, after, nb, na, diff, nd int }

func (p *painSum) add(s journal.Session) {
	if s.PainBefore != nil && s.PainAfter != nil {
		p.diff += *s.PainAfter - *s.PainBefore
		p.nd++
	}
	if s.PainBefore != nil {
		p.before += *s.PainBefore
		p.nb++
	}
	if s.PainAfter != nil {
		p.after += *s.PainAfter
		p.na++
	}
}

func (p painSum) change() (float64, bool) {
	if p.nd == 0 {
		return 0, false
	}
	return float64(p.diff) / float64(p.nd), true
}

func (p painSum) means() (before float64, hasBefore bool, after float64, hasAfter bool) {
	if p.nb > 0 {
		before, hasBefore = float64(p.before)/float64(p.nb), true
	}
	if p.na > 0 {
		after, hasAfter = float64(p.after)/float64(p.na), true
	}
	return
}

// DayPain is the mean pain of one day's sessions, before and after.
type DayPain struct {
	Day                 time.Time // 00:00 in now's zone
	Before, After       float64
	HasBefore, HasAfter bool
}

// DailyPain returns the mean pain before and after per calendar day for
// the last days days ending today, oldest first, every day present (a day
// without a rating has HasBefore/HasAfter false, so a chart shows a gap
// rather than a false zero). Every rating counts, whatever the outcome:
// a pain stop's rating is as real as a completed session's.
func DailyPain(ss []journal.Session, now time.Time, days int) []DayPain {
	if days < 1 {
		days = 1
	}
	loc := now.Location()
	first := dateOf(now, loc).add(-(days - 1))
	sums := make([]painSum, days)
	for _, s := range ss {
		d := dateOf(s.StartedAt, loc)
		i := first.daysUntil(d)
		if d.before(first) || i >= days {
			continue
		}
		sums[i].add(s)
	}
	out := make([]DayPain, days)
	for i, s := range sums {
		out[i].Day = first.add(i).midnight(loc)
		out[i].Before, out[i].HasBefore, out[i].After, out[i].HasAfter = s.means()
	}
	return out
}

// Last returns the most recently started finished session (any outcome,
// red-flag check-ins included), or nil when there is none. A session
// still running is not "last time".
func Last(ss []journal.Session) *journal.Session {
	var last *journal.Session
	for i := range ss {
		s := &ss[i]
		if s.Outcome == journal.Running {
			continue
		}
		if last == nil || s.After(*last) {
			last = s
		}
	}
	if last == nil {
		return nil
	}
	c := *last
	return &c
}
