package routines

import (
	"regexp"
	"time"
)

// The bounds a routine file must keep to. They are wide enough for any
// home programme a physiotherapist would write and narrow enough to catch
// slips such as "300s" for "30s" or 100 sets, and to keep every text
// readable on one screen. README.md lists them for authors.
const (
	MinHold = 3 * time.Second
	MaxHold = 5 * time.Minute

	MinPaceStep = 500 * time.Millisecond
	MaxPaceStep = 60 * time.Second
	MaxPace     = 6 // steps in one repetition

	MinSets, MaxSets = 1, 10
	MinReps, MaxReps = 1, 50
	MaxRest          = 10 * time.Minute

	MaxExercises = 20
	MaxSteps     = 10 // numbered lines of instructions

	// Lengths in characters.
	MaxNameLen    = 60
	MaxCueLen     = 20 // a cue is one or two words shown large
	MaxStepLen    = 200
	MaxCautionLen = 300
	MaxDescLen    = 200
	MaxIDLen      = 40
)

// Drawings are the names of the built-in drawings of positions; views
// draws them. An exercise names one with drawing = "…".
var Drawings = []string{
	"pelvic-tilt", "knee-to-chest", "seated-lumbar-stretch", "piriformis",
	"press-up", "bridge", "bird-dog",
}

// Langs are the languages a routine may be written in, in the order
// Routine.Languages lists them.
var Langs = []string{"en", "da"}

var langNames = map[string]string{"en": "English", "da": "Danish"}

// idPattern is what ids look like: lowercase words joined by single dashes,
// safe in file names, command lines and the journal.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
