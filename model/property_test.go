package model

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/rygtimer/rygtimer/routines"
)

// The property test drives the real Model with random sequences of keys,
// ticks (on time, late, early, duplicated, of a stale generation),
// resizes and clock jumps, from Home or from a --routine start, and checks
// after every event what must always hold (see checkInvariants and
// checkJournal). Its driver is its own, not the harness, because one run
// makes thousands of models: each closes its journal queue when its check
// ends, and a check can fail without a *testing.T.
//
// go test runs a short version (shortChecks); RYGTIMER_PROPERTY=1 makes
// it the long one (longChecks, about 10^6 events), which
// scripts/property.sh runs; -rapid.checks on the command line overrides
// both.

// shortChecks keeps the plain `go test ./...` run to a second or two,
// and raceChecks under -race; longChecks is the scripted run.
const (
	shortChecks = 30
	raceChecks  = 3
	longChecks  = 10500
)

// maxEvents bounds one check's sequence; rapid draws lengths from 1 to
// it, about half of it on average.
const maxEvents = 300

// reached tallies where the events left the model, so a run shows the
// sequences got into holds, sets, stops and check-outs, not only menus.
var reached tally

type tally struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *tally) add(where string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[where]++
}

func (c *tally) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]string, 0, len(c.n))
	for k := range c.n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, c.n[k])
	}
	return strings.Join(parts, " ")
}

// propertyEvents counts every event driven, so the long run can say how
// many it made.
var propertyEvents atomic.Int64

func TestProperty(t *testing.T) {
	setDefaultChecks(t)
	before := propertyEvents.Load()
	rapid.Check(t, func(rt *rapid.T) { runProperty(rt, false) })
	t.Logf("property: %d events", propertyEvents.Load()-before)
	t.Logf("property: events per state (and step kind) after them: %v", reached.String())
}

// TestPropertyClockBack is the same with the clock also jumping back a
// little (up to 2 s). Production's clock is monotonic, so this only
// matters for a clock that is not; it finds a running step with more
// left than it lasts (see TestClockBackKeepsRemainingWithinStep).
func TestPropertyClockBack(t *testing.T) {
	setDefaultChecks(t)
	rapid.Check(t, func(rt *rapid.T) { runProperty(rt, true) })
}

// setDefaultChecks sets rapid's number of checks unless the command line
// chose one: the long run with RYGTIMER_PROPERTY=1, else the short one.
func setDefaultChecks(t *testing.T) {
	n := shortChecks
	switch {
	case os.Getenv("RYGTIMER_PROPERTY") == "1":
		n = longChecks
	case raceDetector:
		n = raceChecks
	}
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "rapid.checks" })
	if !set {
		if err := flag.Set("rapid.checks", fmt.Sprint(n)); err != nil {
			t.Fatal(err)
		}
	}
}

// runProperty is one check: a random start, a random sequence of events,
// then the end of the program (a signal, if nothing quit before) and the
// journal compared with what the model recorded.
func runProperty(t *rapid.T, backward bool) {
	j := &fakeJournal{}
	d := newDriver(t, startGen.Draw(t, "start"), j)
	defer d.close()
	n := rapid.IntRange(1, maxEvents).Draw(t, "events")
	gen := eventGen(backward)
	for range n {
		if d.quit {
			// The patient starts the program again, on the same journal.
			d.checkJournal()
			d = newDriver(t, startGen.Draw(t, "restart"), j)
			defer d.close()
		}
		d.do(gen.Draw(t, "event"))
	}
	if !d.quit {
		d.send(event{kind: "sigterm"}, Interrupt{})
	}
	d.checkJournal()
}

// start is how the program was started.
type start struct {
	Lang         string
	Routine      bool // --routine: straight to the session's way in
	Acknowledged bool // the precautions were read on an earlier run
	Width        int
	Height       int
	// Walk: 0 starts where the program starts; 1 walks into the first
	// exercise and 2 skips every exercise to the check-out, so the
	// events also start deep in a session. Answers are the walk's
	// answers at the check-in: a high pain leads through the high-pain
	// screen.
	Walk    int
	Answers answerings
	// Gentle: a pain-relief routine is installed beside the test
	// routine, so the high-pain screen and the seek-help screen of a
	// soon sign offer it.
	Gentle bool
}

var startGen = rapid.Custom(func(t *rapid.T) start {
	return start{
		Lang:         rapid.SampledFrom([]string{"en", "da"}).Draw(t, "lang"),
		Routine:      rapid.Bool().Draw(t, "routine"),
		Acknowledged: rapid.Bool().Draw(t, "acknowledged"),
		Width:        rapid.IntRange(1, 400).Draw(t, "width"),
		Height:       rapid.IntRange(1, 120).Draw(t, "height"),
		Walk:         rapid.IntRange(0, 2).Draw(t, "walk"),
		Answers: answerings{Pain: rapid.IntRange(-1, 10).Draw(t, "pain"),
			Reach: rapid.SampledFrom([]string{"1", "2", "3", "4", "enter", "esc"}).Draw(t, "reach")},
		Gentle: rapid.Bool().Draw(t, "gentle"),
	}
})

// event is one thing that happens to the program.
type event struct {
	kind  string        // key, answer, tick, tick-late, tick-early, tick-dup, tick-stale, resize, jump, flush, paste, storm, sigterm
	key   string        // the key, or the pasted text
	pick  int           // which of the screen's working keys an answer presses
	d     time.Duration // how late, how far the clock jumps (negative: back)
	frac  float64       // how early a tick comes, as part of its wait
	back  uint64        // how many generations old a stale tick is
	w, h  int
	storm [][2]int // a resize storm: these sizes back to back
}

var sizeGen = rapid.Custom(func(t *rapid.T) [2]int {
	return [2]int{rapid.IntRange(1, 400).Draw(t, "w"), rapid.IntRange(1, 120).Draw(t, "h")}
})

func (e event) String() string {
	switch e.kind {
	case "key":
		return "key " + e.key
	case "answer":
		return fmt.Sprintf("answer #%d", e.pick)
	case "paste":
		return fmt.Sprintf("paste %q", e.key)
	case "tick-late", "jump":
		return fmt.Sprintf("%s %v", e.kind, e.d)
	case "tick-early":
		return fmt.Sprintf("%s %.2f", e.kind, e.frac)
	case "tick-stale":
		return fmt.Sprintf("%s -%d", e.kind, e.back)
	case "resize":
		return fmt.Sprintf("resize %dx%d", e.w, e.h)
	case "storm":
		return fmt.Sprintf("storm %v", e.storm)
	}
	return e.kind
}

// allKeys are every key some state binds (model/keys.go), and a few that
// none does.
var allKeys = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
	"enter", "esc", "space", "left", "right", "up", "down", "pgup", "pgdown", "backspace",
	"s", "S", "x", "X", "q", "Q", "y", "Y", "n", "N", "m", "?", "j", "k", "h", "l", "a", "ctrl+c", "ctrl+z"}

// pastes reach the check-out's note: long, wide, combining, and trying
// to act on the terminal.
var pastes = []string{"ok", strings.Repeat("long note ", 60), strings.Repeat("宽字符", 50), "😀👍🏽🇩🇰 e\u0301",
	"\x1b[31mred\x1b[0m\x1b]52;c;aGk=\a", "two\nlines\r\nthree\ttab"}

// goingKeys move a session forward; drawn often so random sequences get
// into and through sessions instead of wandering the menus. The
// "answer" event does the same for whatever screen is shown.
var goingKeys = []string{"enter", "enter", "enter", "right", "n", "3", "space"}

func eventGen(backward bool) *rapid.Generator[event] {
	return rapid.Custom(func(t *rapid.T) event {
		p := rapid.IntRange(0, 99).Draw(t, "kind")
		switch {
		case p < 25:
			return event{kind: "key", key: rapid.SampledFrom(goingKeys).Draw(t, "key")}
		case p < 40:
			return event{kind: "answer", pick: rapid.IntRange(0, 1<<10).Draw(t, "pick")}
		case p < 55:
			return event{kind: "key", key: rapid.SampledFrom(allKeys).Draw(t, "key")}
		case p < 68:
			return event{kind: "tick"}
		case p < 74:
			ms := rapid.IntRange(0, 90_000).Draw(t, "late")
			return event{kind: "tick-late", d: time.Duration(ms) * time.Millisecond}
		case p < 78:
			return event{kind: "tick-early", frac: rapid.Float64Range(0, 1).Draw(t, "early")}
		case p < 81:
			return event{kind: "tick-dup"}
		case p < 84:
			return event{kind: "tick-stale", back: rapid.Uint64Range(1, 4).Draw(t, "back")}
		case p < 88:
			return event{kind: "resize", w: rapid.IntRange(1, 400).Draw(t, "w"), h: rapid.IntRange(1, 120).Draw(t, "h")}
		case p < 90:
			return event{kind: "storm", storm: rapid.SliceOfN(sizeGen, 2, 30).Draw(t, "storm")}
		case p < 94:
			ms := rapid.IntRange(0, 600_000).Draw(t, "forward")
			return event{kind: "jump", d: time.Duration(ms) * time.Millisecond}
		case p < 96 && backward:
			ms := rapid.IntRange(1, 2_000).Draw(t, "backward")
			return event{kind: "jump", d: -time.Duration(ms) * time.Millisecond}
		case p < 98:
			return event{kind: "flush"}
		case p < 99:
			return event{kind: "paste", key: rapid.SampledFrom(pastes).Draw(t, "paste")}
		}
		return event{kind: "sigterm"}
	})
}

func stepKindName(k routines.StepKind) string {
	switch k {
	case routines.StepIntro:
		return "intro"
	case routines.StepGetReady:
		return "get-ready"
	case routines.StepHold:
		return "hold"
	case routines.StepReps:
		return "reps"
	case routines.StepRest:
		return "rest"
	case routines.StepSwitchSide:
		return "switch"
	}
	return fmt.Sprint(int(k))
}
