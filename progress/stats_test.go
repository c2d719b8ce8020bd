package progress

import (
	"testing"
	"time"
	_ "time/tzdata" // the zone tests must not depend on the machine's zoneinfo

	"github.com/rygtimer/rygtimer/journal"
)

// t0 is a Monday morning, the start of the test histories.
var t0 = time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// pain returns a rating, or nil for a negative n (not given).
func pain(n int) *int {
	if n < 0 {
		return nil
	}
	return journal.Pain(n)
}

// sess builds a finished session for the pure-function tests.
func sess(at time.Time, o journal.Outcome, before, after int) journal.Session {
	return journal.Session{StartedAt: at, EndedAt: at.Add(15 * time.Minute), Routine: "mobility", Phase: "mobility",
		Outcome: o, PainBefore: pain(before), PainAfter: pain(after)}
}

func TestDoneTodayAndStreak(t *testing.T) {
	t.Parallel()
	cph := mustZone(t, "Europe/Copenhagen")
	nyc := mustZone(t, "America/New_York")
	at := func(day, hour, minute int) time.Time { return time.Date(2025, 3, day, hour, minute, 0, 0, cph) }
	done := func(ts ...time.Time) []journal.Session {
		var ss []journal.Session
		for _, t := range ts {
			ss = append(ss, sess(t, journal.Completed, 3, 2))
		}
		return ss
	}
	cases := []struct {
		name   string
		ss     []journal.Session
		now    time.Time
		today  bool
		streak int
	}{
		{"empty", nil, at(12, 9, 0), false, 0},
		{"today only", done(at(12, 7, 0)), at(12, 9, 0), true, 1},
		{"three days ending today", done(at(10, 8, 0), at(11, 8, 0), at(12, 8, 0)), at(12, 20, 0), true, 3},
		{"today not done yet keeps yesterday's streak", done(at(10, 8, 0), at(11, 8, 0)), at(12, 7, 0), false, 2},
		{"gap ends the streak", done(at(8, 8, 0), at(10, 8, 0), at(11, 8, 0), at(12, 8, 0)), at(12, 9, 0), true, 3},
		{"two days ago is too late", done(at(9, 8, 0), at(10, 8, 0)), at(12, 9, 0), false, 0},
		{"two sessions a day count once", done(at(11, 8, 0), at(11, 20, 0), at(12, 8, 0)), at(12, 9, 0), true, 2},
		{"a session begun before midnight counts for that evening",
			[]journal.Session{{StartedAt: at(11, 23, 50), EndedAt: at(12, 0, 20), Outcome: journal.Completed}}, at(12, 9, 0), false, 1},
		{"just after midnight is the new day", done(at(12, 0, 5)), at(12, 23, 59), true, 1},
		{"pain stops, quits and red flags do not count",
			[]journal.Session{sess(at(11, 8, 0), journal.PainStop, 3, 7), sess(at(12, 8, 0), journal.Quit, 3, -1), sess(at(12, 9, 0), journal.RedFlag, 3, -1), {StartedAt: at(12, 9, 30)}},
			at(12, 10, 0), false, 0},
		{"across the spring DST change", done(at(29, 8, 0), at(30, 8, 0), at(31, 8, 0)), at(31, 9, 0), true, 3},
		{"across the spring DST change, at 01:30 on the short night", done(at(29, 1, 30), at(30, 1, 30)), at(30, 3, 30), true, 2},
		{"stored in UTC, counted in the local day",
			done(time.Date(2025, 3, 11, 23, 30, 0, 0, time.UTC) /* 00:30 on the 12th in Copenhagen */), at(12, 9, 0), true, 1},
		// Sessions done in Copenhagen, read while travelling in New York:
		// 01:00 on the 12th in Copenhagen is 20:00 on the 11th in New York.
		{"time-zone change: days are the reader's days",
			done(at(11, 1, 0), at(12, 1, 0)), time.Date(2025, 3, 12, 9, 0, 0, 0, nyc), false, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := DoneToday(c.ss, c.now); got != c.today {
				t.Errorf("DoneToday = %v, want %v", got, c.today)
			}
			if got := Streak(c.ss, c.now); got != c.streak {
				t.Errorf("Streak = %d, want %d", got, c.streak)
			}
		})
	}
}

func TestThisWeekAndWeekly(t *testing.T) {
	t.Parallel()
	cph := mustZone(t, "Europe/Copenhagen")
	at := func(month time.Month, day, hour int) time.Time {
		return time.Date(2025, month, day, hour, 0, 0, 0, cph)
	}
	ss := []journal.Session{
		sess(at(3, 9, 8), journal.Completed, 3, 2),  // Sunday: the week before
		sess(at(3, 10, 8), journal.Completed, 3, 2), // Monday
		sess(at(3, 10, 18), journal.Completed, 3, 2),
		sess(at(3, 12, 8), journal.PainStop, 3, 7),
		sess(at(3, 13, 8), journal.Quit, 3, -1),
		sess(at(3, 14, 8), journal.Interrupted, 3, -1),
		sess(at(3, 16, 23), journal.Completed, 3, 2), // Sunday 23:00: still this week
		sess(at(3, 17, 0), journal.Completed, 3, 2),  // Monday 00:00: next week
		sess(at(3, 30, 8), journal.Completed, 3, 2),  // Sunday of the DST change
		sess(at(3, 31, 8), journal.Completed, 3, 2),
		{StartedAt: at(3, 31, 9)}, // still running
	}
	now := at(3, 16, 23).Add(30 * time.Minute)
	if got := ThisWeek(ss, now); got != 3 {
		t.Errorf("ThisWeek = %d, want 3 (Mon–Sun, completed only)", got)
	}
	if got := ThisWeek(ss, at(3, 17, 1)); got != 1 {
		t.Errorf("ThisWeek on Monday = %d, want 1", got)
	}
	if got := ThisWeek(nil, now); got != 0 {
		t.Errorf("ThisWeek(nil) = %d", got)
	}

	w := Weekly(ss, at(4, 2, 12), 5)
	want := []Week{
		{Start: at(3, 3, 0), Days: 1, Sessions: 1, Exercised: [7]bool{6: true}, Before: 3, After: 2, HasBefore: true, HasAfter: true, Change: -1, HasChange: true},
		{Start: at(3, 10, 0), Days: 2, Sessions: 3, PainStops: 1, Unfinished: 2, Exercised: [7]bool{0: true, 6: true}, Before: 3, After: 3.25, HasBefore: true, HasAfter: true, Change: 0.25, HasChange: true},
		{Start: at(3, 17, 0), Days: 1, Sessions: 1, Exercised: [7]bool{0: true}, Before: 3, After: 2, HasBefore: true, HasAfter: true, Change: -1, HasChange: true},
		{Start: at(3, 24, 0), Days: 1, Sessions: 1, Exercised: [7]bool{6: true}, Before: 3, After: 2, HasBefore: true, HasAfter: true, Change: -1, HasChange: true}, // contains the DST change
		{Start: at(3, 31, 0), Days: 1, Sessions: 1, Exercised: [7]bool{0: true}, Before: 3, After: 2, HasBefore: true, HasAfter: true, Change: -1, HasChange: true},
	}
	if len(w) != len(want) {
		t.Fatalf("Weekly returned %d weeks", len(w))
	}
	for i := range want {
		if !w[i].Start.Equal(want[i].Start) || w[i].Start.Weekday() != time.Monday {
			t.Errorf("week %d starts %v, want %v", i, w[i].Start, want[i].Start)
		}
		w[i].Start = want[i].Start
		if w[i] != want[i] {
			t.Errorf("week %d = %+v, want %+v", i, w[i], want[i])
		}
	}
	// A gap week is present with zeros.
	if w := Weekly([]journal.Session{sess(at(3, 3, 8), journal.Completed, 1, 1)}, at(3, 19, 8), 3); w[1].Days != 0 || w[0].Days != 1 {
		t.Errorf("gap weeks = %+v", w)
	}
}

func TestDailyPain(t *testing.T) {
	t.Parallel()
	cph := mustZone(t, "Europe/Copenhagen")
	at := func(day, hour int) time.Time { return time.Date(2025, 3, day, hour, 0, 0, 0, cph) }
	ss := []journal.Session{
		sess(at(28, 8), journal.Completed, 5, 3),
		sess(at(28, 20), journal.PainStop, 3, 7),  // mean before 4, after 5
		sess(at(30, 8), journal.Completed, 4, -1), // DST day; no after
		sess(at(31, 8), journal.RedFlag, 6, -1),
		sess(at(20, 8), journal.Completed, 9, 9), // outside the window
	}
	got := DailyPain(ss, at(31, 12), 4)
	want := []DayPain{
		{Day: at(28, 0), Before: 4, After: 5, HasBefore: true, HasAfter: true},
		{Day: at(29, 0)},
		{Day: at(30, 0), Before: 4, HasBefore: true},
		{Day: at(31, 0), Before: 6, HasBefore: true},
	}
	if len(got) != len(want) {
		t.Fatalf("DailyPain returned %d days", len(got))
	}
	for i := range want {
		if !got[i].Day.Equal(want[i].Day) {
			t.Errorf("day %d is %v, want %v", i, got[i].Day, want[i].Day)
		}
		got[i].Day = want[i].Day
		if got[i] != want[i] {
			t.Errorf("day %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestLast(t *testing.T) {
	t.Parallel()
	if Last(nil) != nil {
		t.Error("Last(nil) not nil")
	}
	a := sess(t0, journal.Completed, 3, 2)
	a.ID = 1
	b := sess(t0.Add(time.Hour), journal.PainStop, 3, 6)
	b.ID = 2
	running := journal.Session{ID: 3, StartedAt: t0.Add(2 * time.Hour)}
	// Input order must not matter.
	if got := Last([]journal.Session{running, a, b}); got == nil || got.ID != 2 {
		t.Errorf("Last = %+v, want session 2", got)
	}
	if Last([]journal.Session{running}) != nil {
		t.Error("a running session is not last time")
	}
}

func TestTrafficLight(t *testing.T) {
	t.Parallel()
	cases := []struct {
		before, after int
		want          Light
	}{
		{-1, -1, Unknown}, {5, -1, Unknown},
		{-1, 0, Green}, {3, 3, Green}, {2, 3, Green}, {1, 3, Red}, // risen by 2
		{-1, 4, Amber}, {5, 5, Amber}, {4, 5, Amber}, {3, 5, Red},
		{-1, 6, Red}, {8, 6, Red}, {10, 10, Red},
		{7, 2, Green},
	}
	for _, c := range cases {
		if got := TrafficLight(pain(c.before), pain(c.after)); got != c.want {
			t.Errorf("TrafficLight(%d, %d) = %q, want %q", c.before, c.after, got, c.want)
		}
	}
}

func TestDayStart(t *testing.T) {
	t.Parallel()
	cph := mustZone(t, "Europe/Copenhagen")
	now := time.Date(2025, 3, 31, 10, 0, 0, 0, cph) // the day after the DST change
	if got, want := DayStart(now, 0), time.Date(2025, 3, 31, 0, 0, 0, 0, cph); !got.Equal(want) {
		t.Errorf("DayStart(now, 0) = %v, want %v", got, want)
	}
	if got, want := DayStart(now, 2), time.Date(2025, 3, 29, 0, 0, 0, 0, cph); !got.Equal(want) {
		t.Errorf("DayStart(now, 2) = %v, want %v", got, want)
	}
	// `history --days 1000000000000` once overflowed into "no sessions".
	if got := DayStart(now, 1_000_000_000_000); !got.IsZero() {
		t.Errorf("DayStart of a huge count = %v, want the zero time (everything)", got)
	}
}
