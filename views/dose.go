package views

import (
	"strconv"
	"strings"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// DoseText is an exercise's dose in words: "3 × 10 repetitions", "2 × 20 s
// hold on each side", "1 × 8 repetitions, holding 5 s". It is the one
// wording of a dose, shared by the app's intro, `routines show` and the
// HTML report. doses are the journal's progressed holds; nil
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
	case 1:
		key, args = key+"_one_side", append(args, "Side", SideTo(cat, ex.Sides[0]))
	default:
		key += "_sides"
	}
	return cat.T(key, args...) + repHold(cat, ex, doses)
}

// repHold is ", holding 5 s" for repetitions with a hold that grows (the
// press-up's hold at the top), whose length is the dose that progresses;
// "" for any other exercise.
func repHold(cat *i18n.Catalog, ex routines.Exercise, doses routines.Doses) string {
	if ex.Kind == routines.Hold {
		return ""
	}
	for _, p := range ex.Pace {
		if !p.For.Fixed() {
			return cat.T("dose.holding", "Secs", int(routines.HoldFor(ex, p.For, doses)/time.Second))
		}
	}
	return ""
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
