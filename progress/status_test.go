package progress

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

func reachSess(at time.Time, before, after journal.Reach) journal.Session {
	s := sess(at, journal.Completed, 4, 3)
	s.PainReachBefore, s.PainReachAfter = before, after
	return s
}

func TestMovement(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		before, after journal.Reach
		want          ReachMove
	}{
		{journal.ReachBelowKnee, journal.ReachButtockThigh, Centralised},
		{journal.ReachFoot, journal.ReachBack, Centralised},
		{journal.ReachBack, journal.ReachButtockThigh, Spreading},
		{journal.ReachBelowKnee, journal.ReachBelowKnee, ReachSame},
		{journal.ReachUnknown, journal.ReachFoot, ReachMoveUnknown},
		{journal.ReachBack, journal.ReachUnknown, ReachMoveUnknown},
	} {
		if got := Movement(reachSess(t0, c.before, c.after)); got != c.want {
			t.Errorf("%q → %q = %q, want %q", c.before, c.after, got, c.want)
		}
	}
}

func TestSpreadingTrend(t *testing.T) {
	t.Parallel()
	now := t0.Add(12 * time.Hour)
	day := func(n int) time.Time { return t0.AddDate(0, 0, -n) }
	const (
		back  = journal.ReachBack
		thigh = journal.ReachButtockThigh
		knee  = journal.ReachBelowKnee
		foot  = journal.ReachFoot
	)
	for name, c := range map[string]struct {
		ss   []journal.Session
		want bool
	}{
		"nothing answered": {[]journal.Session{sess(day(0), journal.Completed, 3, 2)}, false},
		"2 of the last 3 spread": {[]journal.Session{
			reachSess(day(0), thigh, knee), reachSess(day(1), thigh, thigh), reachSess(day(2), back, thigh),
		}, true},
		"1 of the last 3 spread": {[]journal.Session{
			reachSess(day(0), thigh, knee), reachSess(day(1), knee, thigh), reachSess(day(2), knee, knee),
		}, false},
		"only 3 latest pairs count": {[]journal.Session{
			reachSess(day(0), knee, thigh), reachSess(day(1), knee, knee), reachSess(day(2), thigh, thigh),
			reachSess(day(3), back, knee), reachSess(day(4), back, knee),
		}, false},
		"spread too long ago": {[]journal.Session{
			reachSess(day(15), thigh, knee), reachSess(day(16), thigh, knee),
		}, false},
		"further than a week ago": {[]journal.Session{
			reachSess(day(1), foot, foot), reachSess(day(8), knee, knee),
		}, true},
		"closer than a week ago": {[]journal.Session{
			reachSess(day(1), thigh, thigh), reachSess(day(8), knee, knee),
		}, false},
		"the week before is too old": {[]journal.Session{
			reachSess(day(1), foot, foot), reachSess(day(20), back, back),
		}, false},
		"check-in only": {[]journal.Session{
			reachSess(day(0), foot, ""), reachSess(day(9), "", thigh),
		}, true},
	} {
		if got := SpreadingTrend(c.ss, now); got != c.want {
			t.Errorf("%s: SpreadingTrend = %v, want %v", name, got, c.want)
		}
	}
}

func TestStatus(t *testing.T) {
	t.Parallel()
	now := t0.Add(12 * time.Hour)
	done := func(at time.Time) journal.Session {
		s := sess(at, journal.Completed, 3, 2)
		s.Steps = []journal.Step{{Exercise: "tilt", Done: 10, Planned: 10, Completed: true, Unit: journal.UnitReps}}
		return s
	}
	skipped := done(t0.Add(3 * time.Hour))
	skipped.Steps = []journal.Step{{Exercise: "tilt", Planned: 10, Skipped: true, Unit: journal.UnitReps}}
	ss := []journal.Session{
		done(t0), done(t0.Add(time.Hour)), skipped,
		done(t0.AddDate(0, 0, -1)), done(t0.AddDate(0, 0, -2)), done(t0.AddDate(0, 0, -3)),
	}
	st := StatusOf(ss, now) // five good mobility sessions: ready for the next phase
	if !st.DoneToday || st.SessionsToday != 2 || st.Streak != 4 || st.Warning != nil || st.SuggestedPhase != "strengthening" {
		t.Errorf("status = %+v", st)
	}
	buf, _ := json.Marshal(st)
	for _, key := range []string{`"done_today":true`, `"sessions_today":2`, `"streak":4`, `"suggested_phase":"strengthening"`, `"warning":null`} {
		if !strings.Contains(string(buf), key) {
			t.Errorf("JSON %s lacks %s", buf, key)
		}
	}
	// Not yet today: the streak still stands from yesterday.
	st = StatusOf(ss[3:], now)
	if st.DoneToday || st.SessionsToday != 0 || st.Streak != 3 {
		t.Errorf("status before today's session = %+v", st)
	}
}

func TestRecentWarning(t *testing.T) {
	t.Parallel()
	now := t0.Add(12 * time.Hour)
	flag := sess(t0.AddDate(0, 0, -2), journal.RedFlag, 5, -1)
	flag.RedFlag = "saddle"
	nerve := sess(t0.AddDate(0, 0, -1), journal.PainStop, 5, 7)
	nerve.PainWhere = journal.PainNerve
	leg := sess(t0, journal.PainStop, 5, 7)
	leg.PainWhere = journal.PainLeg
	done := sess(t0.Add(time.Hour), journal.Completed, 3, 2)
	if w := RecentWarning([]journal.Session{flag}, now); w == nil || w.Reason != WarnRedFlag || w.RedFlag != "saddle" {
		t.Errorf("red flag: %+v", w)
	}
	if w := RecentWarning([]journal.Session{flag, nerve, leg}, now); w == nil || w.Reason != WarnPainStopNerve {
		t.Errorf("nerve stop after red flag: %+v", w)
	}
	if w := RecentWarning([]journal.Session{flag, done}, now); w != nil {
		t.Errorf("a completed session since clears it: %+v", w)
	}
	if w := RecentWarning([]journal.Session{flag}, t0.AddDate(0, 0, 5)); w != nil {
		t.Errorf("a week later: %+v", w)
	}
	if w := RecentWarning([]journal.Session{flag}, t0.AddDate(0, 0, 4)); w == nil {
		t.Error("six days later the warning should stand")
	}
	if w := RecentWarning([]journal.Session{leg}, now); w != nil {
		t.Errorf("a stop with leg pain is no doctor warning: %+v", w)
	}
	// The sign's tier: an unknown id is taken as urgent, "worsening" is
	// of the "contact your doctor soon" tier, a nerve stop is urgent.
	worse := flag
	worse.RedFlag = "worsening"
	for _, c := range []struct {
		s    journal.Session
		want Urgency
	}{{flag, UrgencyNow}, {worse, UrgencySoon}, {nerve, UrgencyNow}} {
		if w := RecentWarning([]journal.Session{c.s}, now); w == nil || w.Urgency != c.want {
			t.Errorf("%s: warning %+v, want urgency %s", c.s.RedFlag, w, c.want)
		}
	}
	buf, _ := json.Marshal(StatusOf([]journal.Session{flag}, now))
	if !strings.Contains(string(buf), `"warning":{"reason":"red_flag"`) {
		t.Errorf("JSON = %s", buf)
	}
}

// fakeSource answers from a slice and records what was asked.
type fakeSource struct {
	ss     []journal.Session
	asked  []string
	failOn string
}

func (f *fakeSource) Sessions(_ context.Context, since time.Time) ([]journal.Session, error) {
	f.asked = append(f.asked, "sessions "+since.Format(time.DateOnly))
	if f.failOn == "sessions" {
		return nil, errBoom
	}
	var out []journal.Session
	for _, s := range f.ss {
		if !s.StartedAt.Before(since) {
			out = append(out, s)
		}
	}
	return out, nil
}

func (f *fakeSource) ExercisedStarts(_ context.Context, since time.Time) ([]time.Time, error) {
	f.asked = append(f.asked, "starts")
	if f.failOn == "starts" {
		return nil, errBoom
	}
	var out []time.Time
	for _, s := range journal.NewestFirst(f.ss) {
		if Exercised(s) && !s.StartedAt.Before(since) {
			out = append(out, s.StartedAt)
		}
	}
	return out, nil
}

var errBoom = errors.New("boom")

// LoadStatus reads a window first and the start times only when the
// streak fills it.
func TestLoadStatusWindow(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	now := t0.Add(12 * time.Hour)
	var daily []journal.Session
	for d := range 200 {
		daily = append(daily, sess(t0.AddDate(0, 0, -d), journal.Completed, 3, 2))
	}
	src := &fakeSource{ss: daily}
	st, err := LoadStatus(ctx, src, now)
	if err != nil || st.Streak != 200 || len(src.asked) != 2 || src.asked[1] != "starts" {
		t.Errorf("long streak: %+v, %v, asked %v", st, err, src.asked)
	}
	short := append(append([]journal.Session{}, daily[:5]...), daily[10:]...)
	src = &fakeSource{ss: short}
	st, err = LoadStatus(ctx, src, now)
	if err != nil || st.Streak != 5 || len(src.asked) != 1 || src.asked[0] != "sessions "+DayStart(now, StatusWindowDays).Format(time.DateOnly) {
		t.Errorf("short streak: %+v, %v, asked %v", st, err, src.asked)
	}
	for _, fail := range []string{"sessions", "starts"} {
		if _, err := LoadStatus(ctx, &fakeSource{ss: daily, failOn: fail}, now); !errors.Is(err, errBoom) {
			t.Errorf("%s failing: error = %v", fail, err)
		}
	}
}
