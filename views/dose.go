package views

import (
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// DoseText is an exercise's dose in words: "3 × 10 repetitions", "2 × 20 s
// hold on each side". It is the one wording of a dose, shared by the app's
// intro and `routines show`. doses are the journal's progressed holds; nil
// gives the routine's own starting hold. "On each side" is said only when
// the exercise is done on more than one side.
func DoseText(cat *i18n.Catalog, ex routines.Exercise, doses routines.Doses) string {
	sides := len(ex.Sides) > 1
	if ex.Kind == routines.Hold {
		secs := int(routines.HoldFor(ex, ex.Hold, doses) / time.Second)
		if sides {
			return cat.T("dose.hold_sides", "Sets", ex.Sets, "Secs", secs)
		}
		return cat.T("dose.hold", "Sets", ex.Sets, "Secs", secs)
	}
	if sides {
		return cat.T("dose.reps_sides", "Sets", ex.Sets, "Reps", ex.Reps)
	}
	return cat.T("dose.reps", "Sets", ex.Sets, "Reps", ex.Reps)
}
