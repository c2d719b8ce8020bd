package views

import (
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

func TestDoseText(t *testing.T) {
	t.Parallel()
	hold := routines.Exercise{ID: "k", Kind: routines.Hold, Sets: 2,
		Hold: routines.Range{Min: 20 * time.Second, Max: 30 * time.Second}}
	reps := routines.Exercise{ID: "p", Kind: routines.Reps, Sets: 3, Reps: 10}
	// The press-up: repetitions with a hold at the top that grows.
	pressUp := routines.Exercise{ID: "u", Kind: routines.Reps, Sets: 1, Reps: 8, Pace: []routines.PaceStep{
		{For: routines.Range{Min: 2 * time.Second, Max: 2 * time.Second}},
		{For: routines.Range{Min: 5 * time.Second, Max: 10 * time.Second}},
	}}
	both := []routines.Side{routines.Right, routines.Left}
	one := []routines.Side{routines.Left}
	en, da := i18n.New(i18n.EN), i18n.New(i18n.DA)
	for _, c := range []struct {
		cat   *i18n.Catalog
		ex    routines.Exercise
		sides []routines.Side
		doses routines.Doses
		want  string
	}{
		{en, hold, nil, nil, "2 × 20 s hold"},
		{en, hold, both, nil, "2 × 20 s hold on each side"},
		{en, hold, one, nil, "2 × 20 s hold on the left side"}, // one side: named, not "each"
		{da, hold, one, nil, "Hold 2 × 20 sek. i venstre side"},
		{da, reps, one, nil, "3 × 10 gentagelser i venstre side"},
		{en, hold, both, routines.Doses{"k": 25 * time.Second}, "2 × 25 s hold on each side"},
		{en, reps, nil, nil, "3 × 10 repetitions"},
		{en, reps, both, nil, "3 × 10 repetitions on each side"},
		{da, reps, both, nil, da.T("dose.reps_sides", "Sets", 3, "Reps", 10)},
		{en, pressUp, nil, nil, "1 × 8 repetitions, holding 5 s"},
		{en, pressUp, nil, routines.Doses{"u": 8 * time.Second}, "1 × 8 repetitions, holding 8 s"},
		{da, pressUp, nil, routines.Doses{"u": 8 * time.Second}, "1 × 8 gentagelser med et hold på 8 sek."},
	} {
		c.ex.Sides = c.sides
		if got := DoseText(c.cat, c.ex, c.doses); got != c.want {
			t.Errorf("DoseText(%s, sides %v, doses %v) = %q, want %q", c.ex.ID, c.sides, c.doses, got, c.want)
		}
	}
}
