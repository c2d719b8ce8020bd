package progress

import (
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// ReachMove is how the reach of the pain moved between check-in and
// check-out (fact sheet, pain rules). Its value is the catalog key's last
// part.
type ReachMove string

const (
	// ReachMoveUnknown: one answer or both missing.
	ReachMoveUnknown ReachMove = ""
	// Centralised: the pain withdrew towards the back, a good sign even if
	// the back hurts more meanwhile.
	Centralised ReachMove = "centralised"
	// Spreading: the pain reached further down the leg: ease off that
	// exercise and tell the physiotherapist.
	Spreading ReachMove = "spreading"
	// ReachSame: no change.
	ReachSame ReachMove = "same"
)

// MoveBetween judges the movement from before to after.
func MoveBetween(before, after journal.Reach) ReachMove {
	switch {
	case !before.Known() || !after.Known():
		return ReachMoveUnknown
	case after.FurtherThan(before):
		return Spreading
	case before.FurtherThan(after):
		return Centralised
	}
	return ReachSame
}

// Movement judges a session's movement, check-in to check-out; the summary
// names it.
func Movement(s journal.Session) ReachMove { return MoveBetween(s.PainReachBefore, s.PainReachAfter) }

// LatestReach is the last reach known in s: at check-out if answered, else
// at check-in.
func LatestReach(s journal.Session) journal.Reach {
	if s.PainReachAfter.Known() {
		return s.PainReachAfter
	}
	return s.PainReachBefore
}

// The spreading trend (SpreadingTrend) looks only at recent sessions, so
// an old bad week does not nag for ever; these are its windows.
const (
	// TrendWindowDays: sessions within this many days count.
	TrendWindowDays = 14
	// TrendSessions of the latest sessions with both answers are looked at …
	TrendSessions = 3
	// … and TrendSpreading of them must have spread.
	TrendSpreading = 2
	// TrendCompareDays is how far back "a week ago" is.
	TrendCompareDays = 7
)

// SpreadingTrend reports a trend of pain spreading down the leg over
// recent sessions, on which Home says to talk to the physiotherapist. It
// is deliberately simple and leans towards saying so, since the advice
// costs little and peripheralisation matters. Either:
//   - of the latest TrendSessions sessions started in the last
//     TrendWindowDays days with the reach known both before and after, at
//     least TrendSpreading spread (after further down than before); or
//   - the latest known reach (see LatestReach) in the last
//     TrendCompareDays days is further down than the latest known reach
//     before that, when that one is at most TrendWindowDays old.
//
// Sessions of any outcome count, red-flag check-ins included (they know
// the reach before only).
func SpreadingTrend(ss []journal.Session, now time.Time) bool {
	ss = journal.NewestFirst(ss)
	loc := now.Location()
	today := dateOf(now, loc)
	window := since(ss, today.add(-(TrendWindowDays - 1)).midnight(loc))
	pairs, spread := 0, 0
	for _, s := range window {
		if m := Movement(s); m != ReachMoveUnknown && pairs < TrendSessions {
			pairs++
			if m == Spreading {
				spread++
			}
		}
	}
	if spread >= TrendSpreading {
		return true
	}
	weekStart := today.add(-(TrendCompareDays - 1)).midnight(loc)
	var latest, earlier journal.Reach
	for _, s := range window {
		r := LatestReach(s)
		if !r.Known() {
			continue
		}
		switch {
		case !s.StartedAt.Before(weekStart) && !latest.Known():
			latest = r
		case s.StartedAt.Before(weekStart):
			earlier = r
		}
		if earlier.Known() {
			break
		}
	}
	return latest.FurtherThan(earlier)
}
