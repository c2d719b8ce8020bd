package views

import (
	"strconv"
	"strings"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// DoseText is an exercise's dose in words: "3 × 10 repetitions",
// "2 × 20 s hold on each side". It is the one definition shared by the
// app's intro screen and `rygtimer routines show`. hold is the hold at the
// dose in use (the app's progressed one, the routine's start in the
// plan); reps ignore it.
//
// An exercise with sides (Sides not empty, even one) is dosed per side:
// the sets are done on each side named.
func DoseText(cat *i18n.Catalog, ex routines.Exercise, hold time.Duration) string {
	sides := len(ex.Sides) > 0
	switch {
	case ex.Kind == routines.Hold && sides:
		return cat.T("dose.hold_sides", "Sets", ex.Sets, "Secs", Seconds(cat.Lang(), hold))
	case ex.Kind == routines.Hold:
		return cat.T("dose.hold", "Sets", ex.Sets, "Secs", Seconds(cat.Lang(), hold))
	case sides:
		return cat.T("dose.reps_sides", "Sets", ex.Sets, "Reps", ex.Reps)
	}
	return cat.T("dose.reps", "Sets", ex.Sets, "Reps", ex.Reps)
}

// Seconds writes d as a number of seconds in lang: "20", or "2.5" ("2,5"
// in Danish) for a routine that times a fraction of a second, which is
// written out rather than rounded away.
func Seconds(lang string, d time.Duration) string {
	s := strconv.FormatFloat(d.Seconds(), 'f', -1, 64)
	if lang == i18n.DA {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
