//go:build linux

package faults

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/internal/ptytest"
)

// faultRoutine is short on purpose: three holds and a paced set, each its
// own exercise, so the window title names the exercise in progress and
// every exercise before it is a finished step.
const faultRoutine = `id = "fault-test"
phase = "mobility"
name = { en = "Fault test" }

[[exercise]]
id = "hold-one"
name = { en = "Hold one" }
kind = "hold"
hold = "3s"
drawing = ""
steps = { en = ["Hold still."] }

[[exercise]]
id = "hold-two"
name = { en = "Hold two" }
kind = "hold"
hold = "3s"
drawing = ""
steps = { en = ["Hold still."] }

[[exercise]]
id = "paced-three"
name = { en = "Paced three" }
kind = "reps"
reps = 3
pace = [ { cue = { en = "In" }, for = "0.5s" }, { cue = { en = "Out" }, for = "0.5s" } ]
drawing = ""
steps = { en = ["Move slowly."] }

[[exercise]]
id = "hold-four"
name = { en = "Hold four" }
kind = "hold"
hold = "4s"
drawing = ""
steps = { en = ["Hold still."] }
`

// faultExercises are the routine's exercises: the ids the journal keeps and
// the names the window title shows, in order.
var faultExercises = []struct{ id, name string }{
	{"hold-one", "Hold one"}, {"hold-two", "Hold two"}, {"paced-three", "Paced three"}, {"hold-four", "Hold four"},
}

// The screens before the first exercise and what a patient answers. The
// order is not fixed: the precautions come when the journal, read in the
// background, says they were never acknowledged, which on a busy machine
// can be after the check-in was answered (then the check-in comes again).
var checkInAnswers = []struct{ marker, keys string }{
	{"Press enter when you have read this", "\r"},
	{"How much does it hurt right now", "0\r"},
	{"does the pain reach", "\r"},
	{"Do you have any of these right now", "n"},
}

// settle is how long the app must have written nothing before an answer,
// as a person would take a moment to read the screen.
const settle = 250 * time.Millisecond

// clockInTitle is the remaining time in a title: "Hold one 0:03 · rygtimer".
var clockInTitle = regexp.MustCompile(` (\d+):(\d\d) · `)

// exerciseIn returns the index of the exercise a title names, or -1.
func (d *driver) exerciseIn(t string) int {
	for i, name := range d.names {
		if strings.HasPrefix(t, name+" ") {
			return i
		}
	}
	return -1
}

// driver answers the check-in and starts each exercise as soon as its
// intro shows, and keeps the record of what the screen said was finished.
type driver struct {
	a         *app
	names     []string // the exercises' names, in order
	answered  int      // the check-in screen answered last
	from      int      // text before this offset was answered already
	started   int      // exercises started with enter (intro and get-ready)
	titleSeen int      // titles looked at so far
	// finishedAt[i] is when the screen first showed exercise i finished:
	// the title named a later exercise, or the session had left the
	// exercises (title "rygtimer" after an exercise).
	finishedAt []time.Time
	inSession  bool
}

func newDriver(a *app) *driver {
	var names []string
	for _, e := range faultExercises {
		names = append(names, e.name)
	}
	return newDriverFor(a, names...)
}

func newDriverFor(a *app, names ...string) *driver {
	return &driver{a: a, names: names, answered: -1, finishedAt: make([]time.Time, len(names))}
}

// step does what a patient would do now; call it every few milliseconds.
func (d *driver) step() {
	for _, tl := range d.a.Titles()[d.titleSeen:] {
		d.titleSeen++
		d.see(tl)
	}
	if !d.inSession {
		d.answerCheckIn()
	}
}

// see records a title: which exercises it shows finished, and answers an
// intro with enter twice (start it, then skip the 5 s get-ready).
func (d *driver) see(tl ptytest.Title) {
	i := d.exerciseIn(tl.Text)
	done := i
	if i < 0 {
		if !d.inSession || tl.Text != "rygtimer" {
			return
		}
		done = len(d.names)
	}
	d.inSession = true
	for k := 0; k < done; k++ {
		if d.finishedAt[k].IsZero() {
			d.finishedAt[k] = tl.At
		}
	}
	if i >= 0 && d.started == i && !clockInTitle.MatchString(tl.Text) {
		d.started++
		d.a.Keys("\r\r")
	}
}

func (d *driver) answerCheckIn() {
	if !d.a.QuietFor(settle) {
		return
	}
	text := d.a.Text(d.from)
	current, at := -1, -1
	for i, c := range checkInAnswers {
		if k := strings.LastIndex(text, squeeze(c.marker)); k > at {
			current, at = i, k
		}
	}
	if current < 0 || current == d.answered {
		return
	}
	d.answered, d.from = current, d.a.Mark()
	d.a.Keys(checkInAnswers[current].keys)
}

// driveUntil drives the app until cond holds or the app ends.
func (d *driver) driveUntil(what string, cond func() bool) {
	d.a.t.Helper()
	d.a.WaitFor(what, func() bool {
		d.step()
		return cond()
	})
}

// exported is the part of `export --format json` these tests read.
type exported struct {
	ID      json.Number `json:"id"`
	Outcome *string     `json:"outcome"`
	Steps   []struct {
		Exercise  string `json:"exercise"`
		Done      int    `json:"done"`
		Planned   int    `json:"planned"`
		Completed bool   `json:"completed"`
		Skipped   bool   `json:"skipped"`
	} `json:"steps"`
}

// sessions reads the journal through the command a physiotherapist uses.
func (h *home) sessions(t testing.TB) []exported {
	t.Helper()
	r := h.run(t, "export", "--format", "json")
	if r.code != exitOK {
		t.Fatalf("export exit status %d: %s", r.code, r.stderr)
	}
	var ss []exported
	if err := json.Unmarshal([]byte(r.stdout), &ss); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, r.stdout)
	}
	return ss
}
