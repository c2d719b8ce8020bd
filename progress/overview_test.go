package progress

import (
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

func TestEndingAndMinutes(t *testing.T) {
	t.Parallel()
	done := func(o journal.Outcome, where string, d time.Duration) journal.Session {
		return journal.Session{StartedAt: t0, EndedAt: t0.Add(d), Outcome: o, PainWhere: where}
	}
	for _, c := range []struct {
		s       journal.Session
		ending  string
		minutes int
		ok      bool
	}{
		{done(journal.Completed, "", 14*time.Minute+31*time.Second), "completed", 15, true},
		{done(journal.PainStop, journal.PainLeg, 4*time.Minute), "pain_stop_leg", 4, true},
		{done(journal.PainStop, "", 20*time.Second), "pain_stop", 1, true}, // ran: never "0 min"
		{done(journal.Completed, "", 7*time.Minute+29*time.Second), "completed", 7, true},
		{done(journal.Quit, "", 0), "quit", 0, true},
		{done(journal.RedFlag, "", 0), "red_flag", 0, false},
		{journal.Session{StartedAt: t0}, "open", 0, false},
		{done(journal.Running, "", time.Minute), "open", 0, false},
	} {
		if got := Ending(c.s); got != c.ending {
			t.Errorf("Ending(%v) = %q, want %q", c.s.Outcome, got, c.ending)
		}
		if m, ok := Minutes(c.s); m != c.minutes || ok != c.ok {
			t.Errorf("Minutes(%v) = %d, %v; want %d, %v", c.s.Outcome, m, ok, c.minutes, c.ok)
		}
	}
}

// Summarize reads only the days it shows, but its streak is the whole
// history's, and its figures are the plain functions' figures.
func TestSummarize(t *testing.T) {
	t.Parallel()
	now := t0.AddDate(0, 0, 200).Add(10 * time.Hour)
	var ss []journal.Session
	for d := 0; d < 200; d++ { // newest first, every day completed
		ss = append(ss, sess(now.AddDate(0, 0, -d).Add(-time.Hour), journal.Completed, 3, 2))
	}
	o := Summarize(ss, now, 30, 8)
	if o.Streak != 200 || o.Streak != Streak(ss, now) {
		t.Errorf("Streak = %d, want 200", o.Streak)
	}
	if !o.DoneToday || o.ThisWeek != ThisWeek(ss, now) || len(o.Pain) != 30 || len(o.Weeks) != 8 {
		t.Errorf("overview = %+v", o)
	}
	if o.Today < 7*7 || o.Today > 7*8-1 || !o.Weeks[7].Exercised[o.Today-7*7] {
		t.Errorf("today at %d of the grid, not marked exercised", o.Today)
	}
	// Oldest first in, same figures out.
	if o2 := Summarize(journal.Chronological(ss), now, 30, 8); o2.Streak != o.Streak || o2.ThisWeek != o.ThisWeek {
		t.Errorf("order changed the figures: %+v vs %+v", o2, o)
	}
}
