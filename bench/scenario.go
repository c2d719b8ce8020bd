package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// The texts the harness recognises screens by (English, the default
// language). If a screen's wording changes, change it here.
const (
	markerPrecautions = "Press enter when you have read this"
	markerPainBefore  = "How much does it hurt right now"
	markerRedFlags    = "Do you have any of these right now"
	markerExercise    = "Press enter when you are ready"
	// The hold's first frame: "Get ready" gives way to "Hold   Set 1/1" and
	// "0:30 left". The clock text itself cannot be the marker, because the
	// renderer writes only the cells that changed ("0:01" → "0:30" is "30").
	markerHoldStarted = "Set 1/1"
	markerHoldEnded   = "How is your back now"
	markerNote        = "Anything to remember about today"
	markerFinished    = "Session finished"
)

// settle is how long the app must have written nothing before the harness
// types its first answer.
const settle = 300 * time.Millisecond

// holdRoutine is a routine of one fixed hold with nothing around it, so the
// time between the hold's first frame and the screen after it is the hold.
func holdRoutine(hold time.Duration) string {
	return fmt.Sprintf(`id = "bench-hold"
phase = "mobility"
name = { en = "Bench hold" }

[[exercise]]
id = "bench-hold"
name = { en = "Bench hold" }
kind = "hold"
hold = "%s"
drawing = ""
steps = { en = ["Hold still."] }
`, hold)
}

// sandbox is a fresh home for one run: its own data and config directories,
// so every run starts as a first session with an empty journal.
type sandbox struct {
	dir     string
	routine string
	env     []string
}

func newSandbox(hold time.Duration) (*sandbox, error) {
	dir, err := os.MkdirTemp("", "rygtimer-bench-")
	if err != nil {
		return nil, err
	}
	s := &sandbox{dir: dir, routine: filepath.Join(dir, "hold.toml")}
	if err := os.WriteFile(s.routine, []byte(holdRoutine(hold)), 0o600); err != nil {
		return nil, err
	}
	s.env = append(os.Environ(),
		"XDG_DATA_HOME="+filepath.Join(dir, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(dir, "config"),
		"TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=",
	)
	return s, nil
}

func (s *sandbox) remove() { _ = os.RemoveAll(s.dir) }

// screenAnswer is what the harness types on a screen it recognises.
type screenAnswer struct {
	marker string
	keys   string
}

// toHold answers the screens before the hold, in whatever order they come,
// each at most once, until the hold's first frame appears.
//
// It first lets the app settle: it may draw the check-in and then, once the
// journal says the precautions were never read, replace it with them; a key
// typed in between would answer a screen that is about to go.
func toHold(t *terminal, timeout time.Duration) (sighting, error) {
	if err := t.waitQuiet(settle, timeout); err != nil {
		return sighting{}, err
	}
	answers := []screenAnswer{
		{markerPrecautions, "\r"},
		{markerPainBefore, "0\r"},
		{markerRedFlags, "n"},
		{markerExercise, "\r"},
	}
	for {
		markers := []string{markerHoldStarted}
		for _, a := range answers {
			markers = append(markers, a.marker)
		}
		i, seen, err := t.waitAny(timeout, markers...)
		if err != nil || i == 0 {
			return seen, err
		}
		a := answers[i-1]
		answers = append(answers[:i-1], answers[i:]...)
		t.mark()
		if err := t.send(a.keys); err != nil {
			return seen, err
		}
	}
}

// finish answers the check-out (pain 0, no note) and quits from the summary,
// and returns the peak RSS read just before the program is told to quit,
// while the journal is still open.
func finish(t *terminal, timeout time.Duration) (int64, error) {
	steps := []screenAnswer{{markerNote, "\x1b"}, {markerFinished, ""}}
	if err := t.send("0\r"); err != nil {
		return 0, err
	}
	for _, s := range steps {
		t.mark()
		if _, _, err := t.waitAny(timeout, s.marker); err != nil {
			return 0, err
		}
		if err := t.send(s.keys); err != nil {
			return 0, err
		}
	}
	hwm, err := procPeakRSS(t.pid())
	if err != nil {
		return 0, err
	}
	return hwm, t.send("q")
}
