package routines

import (
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"
)

// Validate checks that a routine keeps every rule of the file format. A
// routine from Parse always does; Validate is for routines built in code
// (tests, a future editor) and is the fuzz test's independent check of
// the loader. Its messages are for programmers, not file authors.
func (r Routine) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	if !validID(r.ID) {
		bad("routine id %q is not a valid id", r.ID)
	}
	if !r.Phase.Valid() {
		bad("phase %q is not a phase", r.Phase)
	}
	var langs []string
	for _, l := range Langs {
		if _, ok := r.Name[l]; ok {
			langs = append(langs, l)
		}
	}
	if len(langs) == 0 || !slices.Equal(langs, r.Languages) || len(r.Name) != len(langs) {
		bad("languages %v do not match the languages of the name %v", r.Languages, r.Name)
	}
	checkText := func(what string, t Text, max int, optional bool) {
		if optional && t == nil {
			return
		}
		if len(t) != len(r.Languages) {
			bad("%s has languages %v, not %v", what, t, r.Languages)
		}
		for _, l := range r.Languages {
			if s := t[l]; s == "" || utf8.RuneCountInString(s) > max {
				bad("%s in %s is empty or longer than %d characters", what, l, max)
			}
		}
	}
	checkText("routine name", r.Name, MaxNameLen, false)
	checkText("description", r.Description, MaxDescLen, true)

	if n := len(r.Exercises); n < 1 || n > MaxExercises {
		bad("%d exercises; want 1 to %d", n, MaxExercises)
	}
	seen := map[string]bool{}
	for _, e := range r.Exercises {
		w := "exercise " + e.ID
		if !validID(e.ID) || seen[e.ID] {
			bad("%s: id missing, invalid or used twice", w)
		}
		seen[e.ID] = true
		checkText(w+" name", e.Name, MaxNameLen, false)
		checkText(w+" caution", e.Caution, MaxCautionLen, true)
		if e.Sets < MinSets || e.Sets > MaxSets || e.Rest < 0 || e.Rest > MaxRest {
			bad("%s: sets %d or rest %v out of range", w, e.Sets, e.Rest)
		}
		for i, s := range e.Sides {
			if s != Right && s != Left || slices.Contains(e.Sides[:i], s) {
				bad("%s: sides %v", w, e.Sides)
			}
		}
		switch e.Kind {
		case Hold:
			if !inRange(e.Hold, MinHold, MaxHold) || e.Reps != 0 || e.Pace != nil || e.Manual {
				bad("%s: a hold needs a hold of %v to %v and no reps or pace", w, MinHold, MaxHold)
			}
		case Reps:
			if e.Reps < MinReps || e.Reps > MaxReps || e.Hold != (Range{}) || e.Manual == (len(e.Pace) > 0) || len(e.Pace) > MaxPace {
				bad("%s: reps %d, pace %d steps, manual %v", w, e.Reps, len(e.Pace), e.Manual)
			}
			growing := 0
			for i, p := range e.Pace {
				checkText(fmt.Sprintf("%s pace step %d cue", w, i+1), p.Cue, MaxCueLen, false)
				if !inRange(p.For, MinPaceStep, MaxPaceStep) {
					bad("%s: pace step %d lasts %v to %v", w, i+1, p.For.Min, p.For.Max)
				}
				if !p.For.Fixed() {
					growing++
				}
			}
			if growing > 1 {
				bad("%s: %d pace steps grow; at most one may", w, growing)
			}
		default:
			bad("%s: kind %q", w, e.Kind)
		}
		if len(e.Steps) != len(r.Languages) {
			bad("%s: steps in %d languages, not %d", w, len(e.Steps), len(r.Languages))
		}
		for _, l := range r.Languages {
			lines := e.Steps[l]
			if len(lines) == 0 || len(lines) > MaxSteps || len(lines) != len(e.Steps[r.Languages[0]]) {
				bad("%s: %d steps in %s", w, len(lines), l)
			}
			for _, s := range lines {
				if s == "" || utf8.RuneCountInString(s) > MaxStepLen {
					bad("%s: a step in %s is empty or too long", w, l)
				}
			}
		}
		if e.Drawing != "" && !slices.Contains(Drawings, e.Drawing) {
			bad("%s: unknown drawing %q", w, e.Drawing)
		}
	}
	return errors.Join(errs...)
}

func validID(id string) bool { return len(id) <= MaxIDLen && idPattern.MatchString(id) }

func inRange(r Range, lo, hi time.Duration) bool {
	return r.Min >= lo && r.Max <= hi && r.Min <= r.Max
}
