package model

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// benchScreens name, for every state of the app (and every kind of
// exercise step), a screen of golden_test's screens or the resize
// sweep's; pain-high is reached here. TestBenchScreensCoverEveryState
// keeps the list complete when a state is added.
var benchScreens = []string{
	"home", "pick", "precautions", "checkin", "checkin_reach", "redflags", "redflagwhich", "seekhelp", "painhigh",
	"intro", "getready", "hold", "paused", "reps", "switch", "rest", "quitprompt", "help",
	"painstop", "checkout", "checkout_note", "summary", "history", "faq",
}

// benchStates are the states some of benchScreens must be in (a screen
// reached by keys goes stale when a question is added on its way).
var benchStates = map[string]State{"home": StateHome, "pick": StatePhasePick, "precautions": StatePrecautions,
	"checkin": StateCheckIn, "checkin_reach": StateCheckIn, "redflags": StateRedFlags, "redflagwhich": StateRedFlagWhich,
	"seekhelp": StateSeekHelp, "painhigh": StatePainHigh, "painstop": StatePainStop, "checkout": StateCheckOut,
	"checkout_note": StateCheckOut, "summary": StateSummary, "history": StateHistory, "faq": StateInfo}

// benchSizes are the golden files' sizes and the 100×30.
var benchSizes = [][2]int{{80, 24}, {100, 30}, {120, 40}}

// painHighScreen: pain 8 at check-in, reach passed, no warning sign.
func painHighScreen(h *harness) {
	h.m.jr.acknowledged = true
	h.key("enter", "enter", "8", "enter", "enter", "n")
}

// benchScreen builds a harness at size showing the named screen.
func benchScreen(tb testing.TB, name string, size [2]int) *harness {
	tb.Helper()
	to := map[string]func(*harness){"painhigh": painHighScreen}
	for _, sc := range screens {
		to[sc.name] = sc.to
	}
	for _, sc := range sweepScreens {
		to[sc.name] = sc.to
	}
	if to[name] == nil {
		tb.Fatalf("no screen %q", name)
	}
	h := newHarness(tb, "en")
	h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
	to[name](h)
	return h
}

// BenchmarkView draws each screen once per op: the cost of one frame
// (issue 13's target: 0.3 ms a tick at 100×30). View is a pure function
// of the model, so the same model drawn again costs what a tick's frame
// does; hold_ticking moves the clock half a second per op, as the hold's
// frames do, so anything kept between frames would show. cpu-ms/op is
// the process's CPU time per frame (GC included), which a busy machine
// disturbs far less than the wall time of ns/op.
func BenchmarkView(b *testing.B) {
	for _, name := range append(benchScreens, "hold_ticking") {
		for _, size := range benchSizes {
			b.Run(fmt.Sprintf("%s/%dx%d", name, size[0], size[1]), func(b *testing.B) {
				screen := name
				if name == "hold_ticking" {
					screen = "hold"
				}
				h := benchScreen(b, screen, size)
				start, ticking := h.clock.t, name == "hold_ticking"
				b.ReportAllocs()
				cpu0, measured := processCPU()
				i := 0
				for b.Loop() {
					if ticking {
						h.clock.t = start.Add(time.Duration(i%24) * 500 * time.Millisecond)
						i++
					}
					_ = h.m.View()
				}
				if cpu1, ok := processCPU(); measured && ok {
					b.ReportMetric(float64(cpu1-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
				}
			})
		}
	}
}

// TestBenchScreensCoverEveryState: BenchmarkView measures every state.
func TestBenchScreensCoverEveryState(t *testing.T) {
	seen := map[State]bool{}
	for _, name := range benchScreens {
		st := benchScreen(t, name, [2]int{80, 24}).m.state
		if want, ok := benchStates[name]; !ok && st != StateExercise || ok && want != st {
			t.Errorf("screen %s is in state %v, want %v", name, st, want)
		}
		seen[st] = true
	}
	for _, s := range allStates() {
		if !seen[s] {
			t.Errorf("BenchmarkView draws no %v screen", s)
		}
	}
}

// allStates are the states State.String names: a new state without a
// name would panic there first.
func allStates() []State {
	var out []State
	for s := State(0); ; s++ {
		named := func() (ok bool) {
			defer func() { ok = recover() == nil }()
			_ = s.String()
			return
		}()
		if !named {
			return out
		}
		out = append(out, s)
	}
}
