package progress

import (
	"sort"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// Overview is what History (the screen and `rygtimer history`) shows above
// its list of sessions: the three facts, the pain chart and the week grid.
type Overview struct {
	Streak    int  // see Streak
	ThisWeek  int  // sessions exercised this ISO week (see Exercised)
	DoneToday bool // a session was exercised today
	// Pain is the chart: one entry per day, oldest first, today last.
	Pain []DayPain
	// Weeks are the grid's ISO weeks, oldest first, this week last.
	Weeks []Week
	// Today is today's place in the grid, counting days from the first
	// week's Monday: a later day is still to come.
	Today int
}

// Summarize computes the Overview of ss for a chart of chartDays days and
// a grid of weeks weeks. ss should be newest first, as Sessions returns it
// (it is sorted otherwise): only the days shown are read then, so ten
// years of journal cost no more than a month, bar a streak as long.
func Summarize(ss []journal.Session, now time.Time, chartDays, weeks int) Overview {
	ss = journal.NewestFirst(ss)
	chartDays, weeks = max(chartDays, 1), max(weeks, 1)
	loc := now.Location()
	today := dateOf(now, loc)
	recent := since(ss, today.add(-7).midnight(loc))
	first := today.weekStart().add(-7 * (weeks - 1))
	return Overview{
		Streak:    windowedStreak(ss, now),
		ThisWeek:  ThisWeek(recent, now),
		DoneToday: DoneToday(recent, now),
		Pain:      DailyPain(since(ss, today.add(-(chartDays-1)).midnight(loc)), now, chartDays),
		Weeks:     Weekly(since(ss, first.midnight(loc)), now, weeks),
		Today:     first.daysUntil(today),
	}
}

// since returns the leading part of ss (newest first) started at or after
// from.
func since(ss []journal.Session, from time.Time) []journal.Session {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].StartedAt.Before(from) })
	return ss[:i]
}

// windowedStreak is Streak over a growing window of recent days: a streak
// shorter than the window cannot have been cut by it, so ten years of
// history cost only as much as the streak is long.
func windowedStreak(ss []journal.Session, now time.Time) int {
	today := dateOf(now, now.Location())
	for k := 64; ; k *= 4 {
		sub := since(ss, today.add(-k).midnight(now.Location()))
		n := Streak(sub, now)
		if n < k-1 || len(sub) == len(ss) {
			return n
		}
	}
}

// StillOpen reports whether a session has not ended (running, or left open by
// a crash until CloseAbandoned runs).
func StillOpen(s journal.Session) bool { return s.EndedAt.IsZero() || s.Outcome == journal.Running }

// Ending names how a session ended, as the key of its words under
// "outcome." in the catalogs: "open" for a session not ended, the outcome
// itself otherwise, and for a pain stop with a known location
// "pain_stop_back", "pain_stop_leg" or "pain_stop_nerve".
func Ending(s journal.Session) string {
	switch {
	case StillOpen(s):
		return "open"
	case s.Outcome == journal.PainStop && s.PainWhere != "":
		return string(s.Outcome) + "_" + s.PainWhere
	}
	return OutcomeKey(s.Outcome)
}

// OutcomeKey names an outcome as the key of its words under "outcome." in
// the catalogs: the outcome itself, or "open" for a session still running.
func OutcomeKey(o journal.Outcome) string {
	if o == journal.Running {
		return "open"
	}
	return string(o)
}

// Minutes is how long a session ran, rounded as MinutesBetween rounds;
// ok is false for one still open or a red-flag check-in, which never
// started.
func Minutes(s journal.Session) (minutes int, ok bool) {
	if StillOpen(s) || s.Outcome == journal.RedFlag {
		return 0, false
	}
	return MinutesBetween(s.StartedAt, s.EndedAt), true
}
