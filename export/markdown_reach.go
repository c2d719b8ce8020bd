package export

import (
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
)

// reachFact says how far the pain reached, before → after, and how it
// moved; "" when neither was answered.
func (r *report) reachFact(s journal.Session) string {
	if !s.PainReachBefore.Known() && !s.PainReachAfter.Known() {
		return ""
	}
	out := r.c.T("report.reach", "Before", r.reach(s.PainReachBefore), "After", r.reach(s.PainReachAfter))
	if s.Outcome == journal.RedFlag {
		out = r.c.T("report.reach_at_check_in", "Reach", r.reach(s.PainReachBefore))
	}
	if m := progress.Movement(s); m != progress.ReachMoveUnknown {
		out += " (" + r.c.T("reach.move."+string(m)) + ")"
	}
	return out
}

// reach names how far the pain reached, "–" when not answered.
func (r *report) reach(x journal.Reach) string {
	if !x.Known() {
		return "–"
	}
	return r.c.T("reach." + string(x))
}
