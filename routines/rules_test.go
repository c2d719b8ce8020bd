package routines

import (
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/rygtimer/rygtimer/internal/termtext"
)

// brokenRules restates every rule of the routine format, independently of
// the loader, and returns the ones r breaks. The loader is the one place
// the program checks the rules (with file positions); this restatement is
// the test's oracle, so that FuzzParse can check the loader against it and
// the built-ins and examples are checked by something other than the code
// that read them.
func brokenRules(r Routine) error {
	c := &ruleCheck{langs: r.Languages}
	if !validID(r.ID) || slices.Contains(builtinIDs(), r.ID) && r.Source != BuiltIn {
		c.bad("routine id %q is not a valid id", r.ID)
	}
	if !r.Phase.Valid() {
		c.bad("phase %q is not a phase", r.Phase)
	}
	var langs []string
	for _, l := range Langs {
		if _, ok := r.Name[l]; ok {
			langs = append(langs, l)
		}
	}
	if len(langs) == 0 || !slices.Equal(langs, r.Languages) || len(r.Name) != len(langs) {
		c.bad("languages %v do not match the languages of the name %v", r.Languages, r.Name)
	}
	c.text("routine name", r.Name, MaxNameLen, false)
	c.text("description", r.Description, MaxDescLen, true)
	if n := len(r.Exercises); n < 1 || n > MaxExercises {
		c.bad("%d exercises; want 1 to %d", n, MaxExercises)
	}
	seen := map[string]bool{}
	for _, e := range r.Exercises {
		if !validID(e.ID) || seen[e.ID] {
			c.bad("exercise %s: id missing, invalid or used twice", e.ID)
		}
		seen[e.ID] = true
		c.exercise("exercise "+e.ID, e)
	}
	return errors.Join(c.errs...)
}

type ruleCheck struct {
	langs []string
	errs  []error
}

func (c *ruleCheck) bad(format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf(format, args...))
}

func (c *ruleCheck) line(what, s string, max int) {
	if s == "" || utf8.RuneCountInString(s) > max || termtext.FirstControl(s) >= 0 {
		c.bad("%s is empty, longer than %d characters or has a control character", what, max)
	}
}

func (c *ruleCheck) text(what string, t Text, max int, optional bool) {
	if optional && t == nil {
		return
	}
	if len(t) != len(c.langs) {
		c.bad("%s has languages %v, not %v", what, t, c.langs)
	}
	for _, l := range c.langs {
		c.line(what+" in "+l, t[l], max)
	}
}

func (c *ruleCheck) exercise(w string, e Exercise) {
	c.text(w+" name", e.Name, MaxNameLen, false)
	c.text(w+" caution", e.Caution, MaxCautionLen, true)
	if e.Sets < MinSets || e.Sets > MaxSets || e.Rest < 0 || e.Rest > MaxRest {
		c.bad("%s: sets %d or rest %v out of range", w, e.Sets, e.Rest)
	}
	for i, s := range e.Sides {
		if s != Right && s != Left || slices.Contains(e.Sides[:i], s) {
			c.bad("%s: sides %v", w, e.Sides)
		}
	}
	switch e.Kind {
	case Hold:
		if !inRange(e.Hold, MinHold, MaxHold) || e.Reps != 0 || e.Pace != nil || e.Manual {
			c.bad("%s: a hold needs a hold of %v to %v and no reps or pace", w, MinHold, MaxHold)
		}
	case Reps:
		c.reps(w, e)
	default:
		c.bad("%s: kind %q", w, e.Kind)
	}
	if len(e.Steps) != len(c.langs) {
		c.bad("%s: steps in %d languages, not %d", w, len(e.Steps), len(c.langs))
	}
	for _, l := range c.langs {
		lines := e.Steps[l]
		if len(lines) == 0 || len(lines) > MaxSteps || len(lines) != len(e.Steps[c.langs[0]]) {
			c.bad("%s: %d steps in %s", w, len(lines), l)
		}
		for _, s := range lines {
			c.line(w+" step in "+l, s, MaxStepLen)
		}
	}
	if e.Drawing != "" && !slices.Contains(Drawings, e.Drawing) {
		c.bad("%s: unknown drawing %q", w, e.Drawing)
	}
}

func (c *ruleCheck) reps(w string, e Exercise) {
	if e.Reps < MinReps || e.Reps > MaxReps || e.Hold != (Range{}) || e.Manual == (len(e.Pace) > 0) || len(e.Pace) > MaxPace {
		c.bad("%s: reps %d, pace %d steps, manual %v", w, e.Reps, len(e.Pace), e.Manual)
	}
	growing := 0
	for i, p := range e.Pace {
		c.text(fmt.Sprintf("%s pace step %d cue", w, i+1), p.Cue, MaxCueLen, false)
		if !inRange(p.For, MinPaceStep, MaxPaceStep) {
			c.bad("%s: pace step %d lasts %v to %v", w, i+1, p.For.Min, p.For.Max)
		}
		if !p.For.Fixed() {
			growing++
		}
	}
	if growing > 1 {
		c.bad("%s: %d pace steps grow; at most one may", w, growing)
	}
}

func validID(id string) bool { return len(id) <= MaxIDLen && idPattern.MatchString(id) }

func inRange(r Range, lo, hi time.Duration) bool {
	return r.Min >= lo && r.Max <= hi && r.Min <= r.Max
}
