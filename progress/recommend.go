package progress

import (
	"time"

	"github.com/rygtimer/rygtimer/routines"

	"github.com/rygtimer/rygtimer/journal"
)

// RecommendReason says why Home recommends what it does.
type RecommendReason string

const (
	// ReasonStart: no history yet; begin with pain relief.
	ReasonStart RecommendReason = "start"
	// ReasonContinue: carry on with the current phase.
	ReasonContinue RecommendReason = "continue"
	// ReasonReady: sustained pain-free completion; Suggest is the next
	// phase.
	ReasonReady RecommendReason = "ready"
	// ReasonPainStop, ReasonPainHigh (pain after ≥ 6) and ReasonPainRose
	// (risen by 2 or more): the last session hurt; Suggest is the easier
	// phase when there is one below the current.
	ReasonPainStop RecommendReason = "pain_stop"
	ReasonPainHigh RecommendReason = "pain_high"
	ReasonPainRose RecommendReason = "pain_rose"
	// ReasonRedFlag: the latest entry is a check-in that reported a red
	// flag; Home should repeat the advice to get checked.
	ReasonRedFlag RecommendReason = "red_flag"
)

// Recommendation is what Home suggests today. Phase is the phase to
// highlight (the current one); Suggest is a move Home may offer, never
// forces: "" or the next or easier phase.
type Recommendation struct {
	Phase   routines.Phase
	Why     RecommendReason
	Suggest routines.Phase
}

// Thresholds of the recommendation (see Recommend).
const (
	ReadyWindowDays    = 14 // look at completions in the last 14 calendar days …
	ReadySessions      = 5  // … need at least 5 of the current phase …
	ReadyMaxPain       = 3  // … the last 5 with pain after ≤ 3, not rising …
	ReadyNoPainStopFor = 7  // … and no pain stop in the last 7 days.
)

// Recommend decides the phase Home recommends, in this order:
//  1. No finished session: pain relief (ReasonStart).
//  2. The current phase is that of the newest exercised session (see
//     Exercised; pain relief if there is none yet).
//  3. The newest entry is a red-flag check-in: ReasonRedFlag, no move.
//  4. The last session whose pain is known (a pain stop, or one with a
//     rating after) hurt: a pain stop, pain after ≥ 6, or pain risen by
//     ≥ 2. Suggest the phase below the one that hurt, if it is below the
//     current one (never below pain relief).
//  5. At least ReadySessions exercised sessions of the current phase in
//     the last ReadyWindowDays calendar days, the newest ReadySessions of
//     them each rated after ≤ ReadyMaxPain and not higher than before,
//     and no pain stop in the last ReadyNoPainStopFor days: suggest the
//     next phase (ReasonReady; past strengthening there is none and the
//     reason is ReasonContinue).
//  6. Otherwise carry on (ReasonContinue).
func Recommend(ss []journal.Session, now time.Time) Recommendation {
	hist := journal.Chronological(ss)
	loc := now.Location()
	today := dateOf(now, loc)

	var newest, lastKnown, lastDone *journal.Session
	for i := len(hist) - 1; i >= 0; i-- {
		s := &hist[i]
		if s.Outcome == journal.Running {
			continue
		}
		if newest == nil {
			newest = s
		}
		if lastKnown == nil && s.Outcome != journal.RedFlag && (s.Outcome == journal.PainStop || s.PainAfter != nil) {
			lastKnown = s
		}
		if lastDone == nil && Exercised(*s) && routines.Phase(s.Phase).Valid() {
			lastDone = s
		}
	}
	if newest == nil {
		return Recommendation{Phase: routines.PainRelief, Why: ReasonStart}
	}
	current := routines.PainRelief
	if lastDone != nil {
		current = routines.Phase(lastDone.Phase)
	}
	rec := Recommendation{Phase: current, Why: ReasonContinue}

	if newest.Outcome == journal.RedFlag {
		rec.Why = ReasonRedFlag
		return rec
	}
	if lastKnown != nil {
		if why, hurt := hurt(*lastKnown); hurt {
			rec.Why = why
			from := routines.Phase(lastKnown.Phase)
			if !from.Valid() {
				from = current
			}
			if easier := shift(from, -1); rank(easier) < rank(current) {
				rec.Suggest = easier
			}
			return rec
		}
	}

	windowStart := today.add(-(ReadyWindowDays - 1))
	stopStart := today.add(-(ReadyNoPainStopFor - 1))
	var recent []*journal.Session // completed in the window, newest first
	for i := len(hist) - 1; i >= 0; i-- {
		s := &hist[i]
		d := dateOf(s.StartedAt, loc)
		if s.Outcome == journal.PainStop && !d.before(stopStart) {
			return rec
		}
		if Exercised(*s) && routines.Phase(s.Phase) == current && !d.before(windowStart) {
			recent = append(recent, s)
		}
	}
	if len(recent) < ReadySessions {
		return rec
	}
	for _, s := range recent[:ReadySessions] {
		a, b := s.PainAfter, s.PainBefore
		if a == nil || *a > ReadyMaxPain || (b != nil && *a > *b) {
			return rec
		}
	}
	if next := shift(current, +1); next != current {
		rec.Why, rec.Suggest = ReasonReady, next
	}
	return rec
}

// hurt applies the "stop or change" rules of the fact sheet to one
// session.
func hurt(s journal.Session) (RecommendReason, bool) {
	switch {
	case s.Outcome == journal.PainStop:
		return ReasonPainStop, true
	case s.PainAfter != nil && *s.PainAfter >= 6:
		return ReasonPainHigh, true
	case s.PainAfter != nil && s.PainBefore != nil && *s.PainAfter-*s.PainBefore >= 2:
		return ReasonPainRose, true
	}
	return "", false
}

func rank(p routines.Phase) int {
	for i, q := range routines.Phases {
		if q == p {
			return i
		}
	}
	return 0
}

// shift moves by n phases, staying within pain relief … strengthening.
func shift(p routines.Phase, n int) routines.Phase {
	i := min(max(rank(p)+n, 0), len(routines.Phases)-1)
	return routines.Phases[i]
}
