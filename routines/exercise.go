package routines

import (
	"fmt"
	"slices"
	"time"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

var exerciseFields = []string{
	"id", "name", "kind", "hold", "sides", "sets", "reps", "rest", "pace",
	"steps", "caution", "drawing",
}

// exercise decodes one [[exercise]] section and returns it with the
// position of its id, for duplicate-id messages.
func (l *loader) exercise(t *tomlx.Value) (Exercise, tomlx.Pos) {
	e := Exercise{Sets: 1}
	s := l.Struct(t, "[[exercise]]", exerciseFields...)
	var idPos tomlx.Pos
	if v := s.Require("id", `id = "knee-to-chest"`); v != nil {
		e.ID, idPos = l.id(v, "id"), v.Pos
	}
	if v := s.Require("name", `name = { en = "Knee-to-chest stretch", da = "Knæ til bryst" }`); v != nil {
		e.Name = l.text(v, "name", MaxNameLen)
	}
	if v := s.Require("kind", `kind = "hold"`); v != nil {
		k, _ := l.OneOf(v, "kind", string(Hold), string(Reps))
		e.Kind = Kind(k)
	}

	switch e.Kind {
	case Hold:
		s.Forbid("reps", `reps is only for kind = "reps"; a hold exercise is timed by hold (remove reps, or change kind)`)
		s.Forbid("pace", `pace is only for kind = "reps"; a hold exercise is timed by hold (remove pace, or change kind)`)
		if v := s.Require("hold", `hold = { min = "20s", max = "30s" }`); v != nil {
			e.Hold, _ = l.duration(v, "hold", MinHold, MaxHold)
		}
	case Reps:
		s.Forbid("hold", `hold is only for kind = "hold"; a reps exercise is timed by its pace (remove hold, or change kind)`)
		if v := s.Require("reps", "reps = 10"); v != nil {
			n, _ := l.Int(v, "reps", MinReps, MaxReps)
			e.Reps = int(n)
		}
		if v := s.Require("pace", `pace = [ { cue = { en = "Up" }, for = "2s" }, { cue = { en = "Down" }, for = "2s" } ]`); v != nil {
			e.Pace, e.Manual = l.pace(v)
		}
	default:
		// The kind is missing or wrong (already reported): still check
		// whatever dose is written, so the author sees every mistake now.
		if v := s.Get("hold"); v != nil {
			l.duration(v, "hold", MinHold, MaxHold)
		}
		if v := s.Get("reps"); v != nil {
			l.Int(v, "reps", MinReps, MaxReps)
		}
		if v := s.Get("pace"); v != nil {
			l.pace(v)
		}
	}

	if v := s.Get("sides"); v != nil {
		e.Sides = l.sides(v)
	}
	if v := s.Get("sets"); v != nil {
		n, _ := l.Int(v, "sets", MinSets, MaxSets)
		e.Sets = int(n)
	}
	if v := s.Get("rest"); v != nil {
		e.Rest, _ = l.Duration(v, "rest", 0, MaxRest)
	}
	if v := s.Require("steps", `steps = { en = ["Lie on your back.", "…"], da = ["Lig på ryggen.", "…"] }`); v != nil {
		e.Steps = l.textList(v, "steps")
	}
	if v := s.Get("caution"); v != nil {
		e.Caution = l.text(v, "caution", MaxCautionLen)
	}
	e.Drawing = l.drawing(s.Get("drawing"), e.ID)
	return e, idPos
}

// duration decodes a dose: "20s" for a fixed time, or { min, max } for one
// that progression moves from min toward max.
func (l *loader) duration(v *tomlx.Value, what string, lo, hi time.Duration) (Range, bool) {
	if v.Kind != tomlx.Table {
		if v.Kind != tomlx.String && !v.IsNumber() {
			l.WrongType(v, what, `a duration like "20s" or a range like { min = "20s", max = "30s" }`)
			return Range{}, false
		}
		d, ok := l.Duration(v, what, lo, hi)
		return Range{Min: d, Max: d}, ok
	}
	s := l.Struct(v, what, "min", "max")
	var r Range
	okMin, okMax := false, false
	if mv := s.Require("min", `min = "20s"`); mv != nil {
		r.Min, okMin = l.Duration(mv, what+".min", lo, hi)
	}
	if mv := s.Require("max", `max = "30s"`); mv != nil {
		r.Max, okMax = l.Duration(mv, what+".max", lo, hi)
		if okMin && okMax && r.Max < r.Min {
			l.Errorf(mv.Pos, "%s.max (%s) is shorter than %s.min (%s); max is where the dose may grow to, so it must be at least min",
				what, tomlx.FormatDuration(r.Max), what, tomlx.FormatDuration(r.Min))
			okMax = false
		}
	}
	return r, okMin && okMax
}

// pace decodes the cycle of one repetition, or "manual".
func (l *loader) pace(v *tomlx.Value) ([]PaceStep, bool) {
	const want = `"manual" or a list of steps like [ { cue = { en = "Up" }, for = "2s" }, … ]`
	switch v.Kind {
	case tomlx.String:
		if v.Str != "manual" {
			l.Errorf(v.Pos, "pace must be %s, not %q", want, v.Str)
		}
		return nil, v.Str == "manual"
	case tomlx.Array:
	default:
		l.WrongType(v, "pace", want)
		return nil, false
	}
	switch n := len(v.Items); {
	case n == 0:
		l.Errorf(v.Pos, `pace is empty; list the steps of one repetition, or write pace = "manual" to count each one with enter`)
		return nil, false
	case n > MaxPace:
		l.Errorf(v.Items[MaxPace].Pos, "pace may have at most %d steps; this is step %d", MaxPace, MaxPace+1)
	}
	steps := make([]PaceStep, 0, len(v.Items))
	growing := 0 // the 1-based step whose time grows, if any
	for i, item := range v.Items {
		where := fmt.Sprintf("pace step %d", i+1)
		if item.Kind != tomlx.Table {
			l.WrongType(item, where, `a step like { cue = { en = "Up" }, for = "2s" }`)
			continue
		}
		s := l.Struct(item, where, "cue", "for")
		var p PaceStep
		if cv := s.Require("cue", `cue = { en = "Up", da = "Op" }`); cv != nil {
			p.Cue = l.text(cv, "cue ("+where+")", MaxCueLen)
		}
		if fv := s.Require("for", `for = "2s"`); fv != nil {
			var ok bool
			p.For, ok = l.duration(fv, "for ("+where+")", MinPaceStep, MaxPaceStep)
			// Progression keeps one dose per exercise, so only one step of
			// the cycle can grow.
			if ok && !p.For.Fixed() {
				if growing > 0 {
					l.Errorf(fv.Pos, "only one step of a pace may grow from min to max; pace step %d already does", growing)
				} else {
					growing = i + 1
				}
			}
		}
		steps = append(steps, p)
	}
	return steps, false
}

func (l *loader) sides(v *tomlx.Value) []Side {
	items, ok := l.Array(v, "sides")
	if !ok {
		return nil
	}
	if len(items) == 0 {
		l.Errorf(v.Pos, `sides is empty; leave sides out to work both sides at once, or write sides = ["right", "left"]`)
		return nil
	}
	var out []Side
	for _, item := range items {
		s, ok := l.OneOf(item, "each side", string(Right), string(Left))
		if !ok {
			continue
		}
		if slices.Contains(out, Side(s)) {
			l.Errorf(item.Pos, "%s is listed twice in sides; each set already works every listed side once", s)
			continue
		}
		out = append(out, Side(s))
	}
	return out
}

// drawing decodes the name of the drawing. Left out, an exercise whose id
// names a drawing gets that drawing; drawing = "" asks for none.
func (l *loader) drawing(v *tomlx.Value, id string) string {
	if v == nil {
		if slices.Contains(Drawings, id) {
			return id
		}
		return ""
	}
	s, ok := l.String(v, "drawing")
	if !ok || s == "" {
		return ""
	}
	if !slices.Contains(Drawings, s) {
		l.Errorf(v.Pos, "there is no drawing called %q; use one of %s, or drawing = \"\" for none", s, tomlx.OrList(Drawings...))
		return ""
	}
	return s
}
