package progress

import (
	"time"

	"github.com/rygtimer/rygtimer/routines"

	"github.com/rygtimer/rygtimer/journal"
)

// Progression (DESIGN §5): a progressive exercise starts at the Min of its
// range and climbs a ladder of fixed steps toward Max as good sessions of
// its routine accumulate; a painful one steps it back down. The doses are
// never stored: they are replayed from the journal every time, so editing
// a routine's range or deleting a session just gives a new answer.

// GoodSessionsToGrow is how many good sessions in a row, each on a
// separate calendar day, grow a dose: three runs within a minute are one
// day's exercise, not three days' adaptation.
const GoodSessionsToGrow = 3

// ChangeReason says why a dose changed.
type ChangeReason string

const (
	GrewAfterGoodSessions    ChangeReason = "grew_after_good_sessions"
	SteppedBackAfterPainStop ChangeReason = "stepped_back_after_pain_stop"
	SteppedBackAfterPainRose ChangeReason = "stepped_back_after_pain_rose"
)

// DoseChange is a change of an exercise's dose, for the intro screen:
// "up from 20 s to 25 s because …".
type DoseChange struct {
	From, To time.Duration
	Why      ChangeReason
}

// ladder is the set of doses an exercise can have: Min, Min+step, …, Max.
type ladder struct{ min, max, step time.Duration }

// ladderOf returns the ladder of a progressive exercise: its hold range,
// or for a reps exercise the pace step whose length is a range.
func ladderOf(e routines.Exercise) (ladder, bool) {
	if !e.Progressive() {
		return ladder{}, false
	}
	rng := e.Hold
	if e.Kind != routines.Hold {
		for _, p := range e.Pace {
			if !p.For.Fixed() {
				rng = p.For
				break
			}
		}
	}
	if rng.Max <= rng.Min {
		return ladder{}, false
	}
	// 5 s is "a few seconds" for a 20→30 s stretch; a narrow range such
	// as 5→10 s would then reach Max in one jump, so it takes two steps
	// of half the range instead (rounded up to whole seconds: 5→8→10).
	step := 5 * time.Second
	if span := rng.Max - rng.Min; span < 10*time.Second {
		half := (span + 1) / 2
		step = (half + time.Second - 1) / time.Second * time.Second
	}
	return ladder{rng.Min, rng.Max, step}, true
}

func (l ladder) dose(level int) time.Duration {
	return min(l.min+time.Duration(level)*l.step, l.max)
}

// top is the level at which the dose reaches Max.
func (l ladder) top() int {
	return int((l.max - l.min + l.step - 1) / l.step)
}

// Doses replays the history of routine r, oldest first, and returns the
// current dose of each of its progressive exercises (every one is in the
// map, at Min if it never grew) and the changes made by the latest
// session.
//
// The rule, per exercise:
//   - An exercised session (see Exercised) whose pain did not rise
//     (after ≤ before, or either rating missing) is good: it adds 1 to the
//     count, at most once per calendar day (the day the session started,
//     in the zone its time carries; Sessions returns local time). At
//     GoodSessionsToGrow good days in a row the dose climbs one step (up
//     to Max) and the count starts again. A session counts for an
//     exercise only if it holds a completed step of it: an exercise
//     skipped each time does not grow, and a session with no steps at all
//     proves nothing. A completed session in which everything was skipped
//     is ignored altogether.
//   - A pain stop, or a completed session whose pain after is higher than
//     before, steps every exercise of the routine down one step (not below
//     Min) and resets the count at once, however many sessions that day
//     had: pain cannot be pinned on one exercise.
//   - Quit, interrupted and red-flag sessions neither count nor reset.
//
// The changes map holds an exercise only if its dose changed at the
// latest session that the rule looked at (the latest completed or
// pain-stopped session of r): that is the session just before the one
// about to start, so its intro can say why the dose is new. A quit or
// interrupted session afterwards does not hide the news, because the
// patient has not yet had a full session at the new dose.
func Doses(ss []journal.Session, r routines.Routine) (routines.Doses, map[string]DoseChange) {
	type state struct {
		ladder
		id        string
		level     int
		good      int
		change    DoseChange
		changedAt int
		lastDay   date // the day that last added to good
	}
	var ex []*state
	for _, e := range r.Exercises {
		if l, ok := ladderOf(e); ok {
			ex = append(ex, &state{ladder: l, id: e.ID, changedAt: -1})
		}
	}
	counted := 0 // index of the next counted session
	for _, s := range journal.Chronological(ss) {
		if s.Routine != r.ID || (!Exercised(s) && s.Outcome != journal.PainStop) {
			continue
		}
		day := dateOf(s.StartedAt, s.StartedAt.Location())
		rose := s.PainBefore != nil && s.PainAfter != nil && *s.PainAfter > *s.PainBefore
		for _, x := range ex {
			switch {
			case s.Outcome == journal.PainStop || rose:
				why := SteppedBackAfterPainRose
				if s.Outcome == journal.PainStop {
					why = SteppedBackAfterPainStop
				}
				x.good = 0
				if x.level > 0 {
					from := x.dose(x.level)
					x.level--
					x.change, x.changedAt = DoseChange{from, x.dose(x.level), why}, counted
				}
			case did(s, x.id) && x.lastDay != day:
				x.good++
				x.lastDay = day
				if x.good >= GoodSessionsToGrow {
					x.good = 0
					if x.level < x.top() {
						from := x.dose(x.level)
						x.level++
						x.change, x.changedAt = DoseChange{from, x.dose(x.level), GrewAfterGoodSessions}, counted
					}
				}
			}
		}
		counted++
	}
	doses := routines.Doses{}
	changes := map[string]DoseChange{}
	for _, x := range ex {
		doses[x.id] = x.dose(x.level)
		if counted > 0 && x.changedAt == counted-1 {
			changes[x.id] = x.change
		}
	}
	return doses, changes
}

// did reports whether s holds a completed step of the exercise.
func did(s journal.Session, exercise string) bool {
	for _, st := range s.Steps {
		if st.Exercise == exercise && st.Completed {
			return true
		}
	}
	return false
}
