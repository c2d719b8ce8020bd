package progress

import (
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/routines"

	"github.com/rygtimer/rygtimer/journal"
)

func TestRecommend(t *testing.T) {
	t.Parallel()
	cph := mustZone(t, "Europe/Copenhagen")
	now := time.Date(2025, 4, 20, 10, 0, 0, 0, cph)
	daysAgo := func(n int) time.Time { return time.Date(2025, 4, 20-n, 8, 0, 0, 0, cph) }
	in := func(phase routines.Phase, s journal.Session) journal.Session {
		s.Phase, s.Routine = string(phase), string(phase)
		return s
	}
	mob := func(n int, o journal.Outcome, before, after int) journal.Session {
		return in(routines.Mobility, sess(daysAgo(n), o, before, after))
	}
	// five good mobility sessions in the last five days
	goodFive := []journal.Session{mob(5, journal.Completed, 4, 3), mob(4, journal.Completed, 3, 2), mob(3, journal.Completed, 3, 3), mob(2, journal.Completed, 2, 1), mob(1, journal.Completed, 2, 2)}
	with := func(extra ...journal.Session) []journal.Session {
		return append(append([]journal.Session(nil), goodFive...), extra...)
	}
	replace := func(i int, s journal.Session) []journal.Session {
		ss := with()
		ss[i] = s
		return ss
	}
	cases := []struct {
		name string
		ss   []journal.Session
		want Recommendation
	}{
		{"no history", nil, Recommendation{routines.PainRelief, ReasonStart, ""}},
		{"only a running session", []journal.Session{{StartedAt: daysAgo(0), Phase: "mobility"}}, Recommendation{routines.PainRelief, ReasonStart, ""}},
		{"carry on with the phase last completed", []journal.Session{mob(1, journal.Completed, 3, 2)}, Recommendation{routines.Mobility, ReasonContinue, ""}},
		{"nothing completed yet: pain relief", []journal.Session{mob(1, journal.Quit, 3, -1)}, Recommendation{routines.PainRelief, ReasonContinue, ""}},
		{"a pain stop suggests the easier phase", with(mob(0, journal.PainStop, 3, 7)), Recommendation{routines.Mobility, ReasonPainStop, routines.PainRelief}},
		{"pain after 6 suggests the easier phase", with(mob(0, journal.Completed, 5, 6)), Recommendation{routines.Mobility, ReasonPainHigh, routines.PainRelief}},
		{"pain risen by 2 suggests the easier phase", with(mob(0, journal.Completed, 1, 3)), Recommendation{routines.Mobility, ReasonPainRose, routines.PainRelief}},
		{"pain risen by 1 does not", with(mob(0, journal.Completed, 2, 3)), Recommendation{routines.Mobility, ReasonContinue, ""}},
		{"never below pain relief",
			[]journal.Session{in(routines.PainRelief, sess(daysAgo(1), journal.Completed, 3, 2)), in(routines.PainRelief, sess(daysAgo(0), journal.PainStop, 3, 7))},
			Recommendation{routines.PainRelief, ReasonPainStop, ""}},
		{"a pain stop trying the next phase: stay where you are",
			with(in(routines.Strengthening, sess(daysAgo(0), journal.PainStop, 2, 6))),
			Recommendation{routines.Mobility, ReasonPainStop, ""}},
		{"a quit after the pain stop does not hide it",
			with(mob(0, journal.PainStop, 3, 7), in(routines.Mobility, sess(daysAgo(0).Add(time.Hour), journal.Quit, 3, -1))),
			Recommendation{routines.Mobility, ReasonPainStop, routines.PainRelief}},
		{"five good sessions in 14 days: suggest the next phase", goodFive, Recommendation{routines.Mobility, ReasonReady, routines.Strengthening}},
		{"four are not enough", goodFive[1:], Recommendation{routines.Mobility, ReasonContinue, ""}},
		{"the fifth is outside the 14 days", replace(0, mob(14, journal.Completed, 3, 2)), Recommendation{routines.Mobility, ReasonContinue, ""}},
		{"13 days ago is inside the 14 days", replace(0, mob(13, journal.Completed, 3, 2)), Recommendation{routines.Mobility, ReasonReady, routines.Strengthening}},
		{"pain after 4 in one of the last five", replace(2, mob(3, journal.Completed, 4, 4)), Recommendation{routines.Mobility, ReasonContinue, ""}},
		{"pain rising by 1 in one of the last five", replace(2, mob(3, journal.Completed, 1, 2)), Recommendation{routines.Mobility, ReasonContinue, ""}},
		{"missing pain after in one of the last five", replace(2, mob(3, journal.Completed, 1, -1)), Recommendation{routines.Mobility, ReasonContinue, ""}},
		{"an older bad one outside the last five does not matter",
			with(mob(10, journal.Completed, 2, 5)), Recommendation{routines.Mobility, ReasonReady, routines.Strengthening}},
		{"a pain stop in the last 7 days holds it back",
			with(mob(6, journal.PainStop, 3, 6)), Recommendation{routines.Mobility, ReasonContinue, ""}},
		{"a pain stop 7 days ago no longer does",
			with(mob(7, journal.PainStop, 3, 6)), Recommendation{routines.Mobility, ReasonReady, routines.Strengthening}},
		{"sessions of another phase do not count toward it",
			replace(4, in(routines.PainRelief, sess(daysAgo(6), journal.Completed, 2, 2))), Recommendation{routines.Mobility, ReasonContinue, ""}},
		{"nothing past strengthening", func() []journal.Session {
			var ss []journal.Session
			for _, s := range goodFive {
				ss = append(ss, in(routines.Strengthening, s))
			}
			return ss
		}(), Recommendation{routines.Strengthening, ReasonContinue, ""}},
		{"a red flag at the last check-in", with(in(routines.Mobility, sess(daysAgo(0), journal.RedFlag, 5, -1))), Recommendation{routines.Mobility, ReasonRedFlag, ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Recommend(c.ss, now); got != c.want {
				t.Errorf("Recommend = %+v, want %+v", got, c.want)
			}
			if got := Recommend(reversed(c.ss), now); got != c.want {
				t.Errorf("Recommend (newest first) = %+v, want %+v", got, c.want)
			}
		})
	}
}
