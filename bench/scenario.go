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
	markerReach       = "does the pain reach" // after the pain, at check-in and check-out; "How" is in the cells of the screen before
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
// answers a screen, as a person would take a moment to read it.
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
	// A small, fixed environment: the color profile is detected from it at
	// start-up (TMUX or COLORTERM from the harness's own terminal would
	// change what the app does), and HOME keeps anything else out of ~.
	s.env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + dir,
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"TERM=xterm-256color",
		"LANG=C.UTF-8",
	}
	return s, nil
}

func (s *sandbox) remove() { _ = os.RemoveAll(s.dir) }

// screenAnswer is what the harness types on a screen it recognises.
type screenAnswer struct {
	marker string
	keys   string
}

// toHold answers the screens before the hold until the hold's first frame
// appears. The order of the screens is not fixed: the app shows the check-in
// at once and the precautions only when the journal, read in the background,
// says they were never acknowledged, which on a busy machine can be after
// the check-in was answered; then the check-in comes again. So the harness
// waits for the screen to settle, answers the one drawn last, and answers a
// screen again only after another one came between (a repaint of the same
// screen, e.g. once the terminal's background colour is known, is not a new
// question).
func toHold(t *terminal, timeout time.Duration) (sighting, error) {
	answers := []screenAnswer{
		{markerPrecautions, "\r"},
		{markerPainBefore, "0\r"},
		{markerReach, "\r"}, // enter passes it
		{markerRedFlags, "n"},
		{markerExercise, "\r"},
	}
	markers := []string{markerHoldStarted}
	for _, a := range answers {
		markers = append(markers, a.marker)
	}
	answered := -1
	for {
		i, seen, err := t.waitAny(timeout, markers...)
		if err != nil || i == 0 {
			return seen, err
		}
		if err := t.waitQuiet(settle, timeout); err != nil {
			return seen, err
		}
		current := t.latest(markers[1:])
		t.mark()
		if current == answered {
			continue
		}
		answered = current
		if err := t.send(answers[current].keys); err != nil {
			return seen, err
		}
	}
}

// finish answers the check-out (pain 0, reach passed, no note) and quits from the summary,
// and returns the peak RSS read just before the program is told to quit,
// while the journal is still open.
func finish(t *terminal, timeout time.Duration) (int64, error) {
	// Each answer, and the screen it leads to. The text seen so far is
	// forgotten before the keys go out, so the next screen cannot be missed.
	steps := []screenAnswer{{markerReach, "0\r"}, {markerNote, "\r"}, {markerFinished, "\x1b"}}
	for _, s := range steps {
		t.mark()
		if err := t.send(s.keys); err != nil {
			return 0, err
		}
		if _, _, err := t.waitAny(timeout, s.marker); err != nil {
			return 0, err
		}
	}
	hwm, err := procPeakRSS(t.pid())
	if err != nil {
		return 0, err
	}
	return hwm, t.send("q")
}
