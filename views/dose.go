package views

import (
	"strconv"
	"strings"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// DoseText is an exercise's dose in words: "3 × 10 repetitions", "2 × 20 s
// hold on each side". It is the one wording of a dose, shared by the app's
// intro and `routines show`. doses are the journal's progressed holds; nil
// gives the routine's own starting hold. An exercise done on both sides
// says "on each side"; one done on one side only names it ("on the right
// side"), so a dose never promises a side the session will not run.
func DoseText(cat *i18n.Catalog, ex routines.Exercise, doses routines.Doses) string {
	key, args := "dose.reps", []any{"Sets", ex.Sets, "Reps", ex.Reps}
	if ex.Kind == routines.Hold {
		secs := int(routines.HoldFor(ex, ex.Hold, doses) / time.Second)
		key, args = "dose.hold", []any{"Sets", ex.Sets, "Secs", secs}
	}
	switch len(ex.Sides) {
	case 0:
		return cat.T(key, args...)
	case 1:
		return cat.T(key+"_one_side", append(args, "Side", SideTo(cat, ex.Sides[0]))...)
	}
	return cat.T(key+"_sides", args...)
}

// Seconds writes d in seconds as exactly as it is set, "2.5" or, in
// Danish, "2,5": a routine file may give a fraction of a second.
func Seconds(lang string, d time.Duration) string {
	s := strconv.FormatFloat(d.Seconds(), 'f', -1, 64)
	if lang == i18n.DA {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
