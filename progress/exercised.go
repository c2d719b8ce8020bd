package progress

import (
	"math"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// Exercised is the one definition of a session that counts: for done
// today, streaks, adherence, the totals, progression and the
// recommendation. It is a completed session in which something was done.
// A session whose every step was skipped (s) or cut short before anything
// was done (→ at once) is not exercised, whatever its outcome says, so it
// earns no streak and no praise. A completed session with no steps at all
// counts: journals before schema version 3 did not record skips, and the
// benefit of the doubt is theirs.
func Exercised(s journal.Session) bool {
	return s.Outcome == journal.Completed && !NothingDone(s)
}

// NothingDone reports whether s has steps and none of them did anything
// (each was skipped, or cut short at 0 before it was under way).
func NothingDone(s journal.Session) bool {
	if len(s.Steps) == 0 {
		return false
	}
	for _, st := range s.Steps {
		if didSomething(st) {
			return false
		}
	}
	return true
}

// didSomething reports whether a step did any of its work: it ran to its
// end, or was cut short after some of it.
func didSomething(st journal.Step) bool {
	return !st.Skipped && (st.Completed || st.Done > 0)
}

// StepResult says how much of a step (or of an exercise's steps) was done,
// for the summary, History and the exports: the value is the catalog key's
// last part.
type StepResult string

const (
	// DoneInFull: every planned second or repetition.
	DoneInFull StepResult = "done"
	// CutShort: started but ended early (→, a pain stop), including a step
	// ended at 0 s: it reads "cut short", never "0 s in all".
	CutShort StepResult = "cut_short"
	// Skipped: skipped with s; nothing of it was done.
	Skipped StepResult = "skipped"
)

// ClassifyStep says how much of one step was done.
func ClassifyStep(st journal.Step) StepResult {
	switch {
	case st.Skipped:
		return Skipped
	case st.Completed:
		return DoneInFull
	}
	return CutShort
}

// ClassifyExercise says how much of one exercise was done from its steps
// in a session (any order; steps of other exercises are ignored) and how
// many holds or sets the plan had for it (0 when unknown): Skipped when
// none of its steps did anything (or there are none), DoneInFull when
// every planned step was completed, else CutShort. The summary says
// "skipped" or "cut short" for these instead of a sum of 0 s.
func ClassifyExercise(steps []journal.Step, exercise string, plannedSteps int) StepResult {
	var n, full int
	did := false
	for _, st := range steps {
		if st.Exercise != exercise {
			continue
		}
		n++
		if ClassifyStep(st) == DoneInFull {
			full++
		}
		if didSomething(st) {
			did = true
		}
	}
	switch {
	case !did:
		return Skipped
	case full == n && full >= plannedSteps:
		return DoneInFull
	}
	return CutShort
}

// SkippedExercises returns the exercises of s, in the order first met,
// that were skipped (see ClassifyExercise), for the summary's and the
// report's "skipped" lists.
func SkippedExercises(s journal.Session) []string {
	var out []string
	seen := map[string]bool{}
	for _, st := range s.Steps {
		if seen[st.Exercise] {
			continue
		}
		seen[st.Exercise] = true
		if ClassifyExercise(s.Steps, st.Exercise, 0) == Skipped {
			out = append(out, st.Exercise)
		}
	}
	return out
}

// MinutesBetween is the one rounding of a session's length, used by the
// summary (with the start and end it holds) and by History (through
// Minutes): to the nearest whole minute, but at least 1 for a session
// that ran at all, because "0 min" reads as nothing happened.
func MinutesBetween(start, end time.Time) int {
	d := end.Sub(start)
	if d <= 0 {
		return 0
	}
	return max(1, int(math.Round(d.Minutes())))
}
