// Package routines holds what a routine is: its types, the strict TOML
// loader with file:line:column errors, the three built-in routines and the
// expansion of a routine into the flat list of timed steps a session walks.
// It knows nothing of the terminal.
package routines

import (
	"time"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

// Phase is one of the three stages of rehabilitation the fact sheet names.
type Phase string

const (
	PainRelief    Phase = "pain-relief"
	Mobility      Phase = "mobility"
	Strengthening Phase = "strengthening"
)

// Phases lists the phases in the order a patient moves through them.
var Phases = []Phase{PainRelief, Mobility, Strengthening}

// Valid reports whether p is one of the known phases.
func (p Phase) Valid() bool {
	for _, q := range Phases {
		if p == q {
			return true
		}
	}
	return false
}

// Kind says how an exercise is timed.
type Kind string

const (
	// Hold is a stretch held still for a countdown, per side.
	Hold Kind = "hold"
	// Reps is a set of paced (or manually counted) repetitions.
	Reps Kind = "reps"
)

// Side is the side of the body a hold works; "" means both at once.
type Side string

const (
	Both  Side = ""
	Right Side = "right"
	Left  Side = "left"
)

// Text is a short text in one or more languages, keyed by language code
// ("en", "da").
type Text map[string]string

// In returns the text in lang, falling back to English and then to any
// language the text has, so a one-language routine still shows something.
func (t Text) In(lang string) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	if s, ok := t["en"]; ok && s != "" {
		return s
	}
	for _, s := range t {
		if s != "" {
			return s
		}
	}
	return ""
}

// TextList is a list of lines (numbered steps) per language.
type TextList map[string][]string

// In returns the lines in lang with the same fallback as Text.In.
func (t TextList) In(lang string) []string {
	if s, ok := t[lang]; ok && len(s) > 0 {
		return s
	}
	if s, ok := t["en"]; ok && len(s) > 0 {
		return s
	}
	for _, s := range t {
		if len(s) > 0 {
			return s
		}
	}
	return nil
}

// Range is a dose that progression moves from Min toward Max. A fixed
// duration has Min == Max.
type Range struct {
	Min, Max time.Duration
}

// Fixed reports whether the range cannot progress.
func (r Range) Fixed() bool { return r.Min == r.Max }

// PaceStep is one named movement phase of a paced repetition, such as
// "Tilt" for 2 s. A step whose For is a range (the hold at the top of a
// press-up) progresses like a stretch hold.
type PaceStep struct {
	Cue Text
	For Range
}

// Exercise is one exercise of a routine.
type Exercise struct {
	ID   string
	Name Text
	Kind Kind

	// Hold is the hold time per side for Kind == Hold.
	Hold Range
	// Sides lists the sides in order (right, left); empty means both at
	// once. Each set works every side in turn, so sides alternate.
	Sides []Side
	Sets  int
	// Reps per set, for Kind == Reps.
	Reps int
	// Rest between sets.
	Rest time.Duration
	// Pace is the cycle of one repetition; empty with Manual == true means
	// the patient counts each rep with enter.
	Pace   []PaceStep
	Manual bool

	Steps   TextList
	Caution Text
	// Drawing names a built-in drawing of the position; empty means none
	// (custom routines may omit it). Defaults to the exercise ID.
	Drawing string
}

// Progressive reports whether the exercise has a dose that can grow: a
// hold range, or a pace step with a range.
func (e Exercise) Progressive() bool {
	if e.Kind == Hold {
		return !e.Hold.Fixed()
	}
	for _, p := range e.Pace {
		if !p.For.Fixed() {
			return true
		}
	}
	return false
}

// Routine is a named list of exercises for one phase.
type Routine struct {
	ID    string
	Phase Phase
	Name  Text
	// Description is an optional one-line summary.
	Description Text
	Exercises   []Exercise
	// Languages are the languages the routine's texts are written in. A
	// routine in one language runs in it whatever the UI language is.
	Languages []string
	// Source is "built-in" or the path of the file it came from.
	Source string
	// idPos is where the id is written in Source, for LoadDir's message
	// about two files with one id.
	idPos tomlx.Pos
}

// Lang returns the language the routine's own texts should be shown in
// when the interface speaks ui.
func (r Routine) Lang(ui string) string {
	for _, l := range r.Languages {
		if l == ui {
			return ui
		}
	}
	if len(r.Languages) > 0 {
		return r.Languages[0]
	}
	return ui
}

// Doses is the current hold time for each progressive exercise, by
// exercise ID; progression computes it from the journal. An exercise not
// in the map uses the Min of its range.
type Doses map[string]time.Duration
