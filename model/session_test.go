package model

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

func TestFirstRunShowsPrecautionsOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.key("enter", "enter")
	if h.m.state != StatePrecautions {
		t.Fatalf("first session: state %v, want precautions", h.m.state)
	}
	h.key("enter")
	if h.m.state != StateCheckIn {
		t.Fatalf("after enter: state %v, want check-in", h.m.state)
	}
	h.flush()
	if _, ok := h.j.settings[settingPrecautions]; !ok {
		t.Fatal("acknowledgement was not stored")
	}
	h.key("esc", "esc", "esc") // the check-in's esc passes the questions, the red flags' esc leaves
	if h.m.state != StateHome {
		t.Fatalf("esc, esc from the check-in: state %v, want home", h.m.state)
	}
	h.key("enter", "enter")
	if h.m.state != StateCheckIn {
		t.Fatalf("second time: state %v, want check-in straight away", h.m.state)
	}
}

func TestCheckInScores(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.m.jr.acknowledged = true
	h.key("enter", "enter")
	h.key("1", "0")
	if h.m.in.score.value != 10 {
		t.Fatalf("1 then 0 = %d, want 10", h.m.in.score.value)
	}
	h.key("left", "left")
	if h.m.in.score.value != 8 {
		t.Fatalf("after two lefts = %d, want 8", h.m.in.score.value)
	}
	h.key("enter")
	if h.m.in.painBefore == nil || *h.m.in.painBefore != 8 {
		t.Fatalf("pain before = %v, want 8", h.m.in.painBefore)
	}
	h.key("esc", "esc", "enter", "enter") // reach passed, red flags → Home, and back to the check-in
	h.key("esc")                          // skip the score
	if h.m.in.painBefore != nil {
		t.Fatalf("a skipped score must be not given, got %d", *h.m.in.painBefore)
	}
}

func TestHoldCountsDownFromTheDeadline(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.wantStep(routines.StepIntro)
	h.key("enter")
	h.wantStep(routines.StepGetReady)
	h.tick(5 * time.Second)
	h.wantStep(routines.StepHold)
	h.tick(7300 * time.Millisecond)
	if got := h.m.sess.clock.remaining(h.clock.now()); got != 12700*time.Millisecond {
		t.Fatalf("remaining = %v, want 12.7s", got)
	}
	h.wantScreen("0:13", "Right", "Hold", "Set 1/2")
	if title := h.m.View().WindowTitle; !strings.Contains(title, "Knee-to-chest stretch 0:13") {
		t.Fatalf("window title %q lacks exercise and time", title)
	}
}

// A tick that arrives very late still ends the step once, at the right
// moment, and never counts anything twice.
func TestLateTickDoesNotDrift(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.tick(45 * time.Second) // one tick, 25 s after the 20 s hold ended
	h.wantStep(routines.StepSwitchSide)
	if n := len(h.m.sess.records); n != 1 || h.m.sess.records[0].Done != 20 || !h.m.sess.records[0].Completed {
		t.Fatalf("records = %+v, want one completed 20 s hold", h.m.sess.records)
	}
}

func TestStaleTicksAreDropped(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	old := h.m.gen
	h.key("space", "space", "space", "space") // quick pause/resume twice
	h.clock.advance(19 * time.Second)
	before := h.m.sess.clock.remaining(h.clock.now())
	for g := old; g < h.m.gen; g++ {
		h.send(tickMsg{gen: g})
	}
	if h.m.step().Kind != routines.StepHold || h.m.sess.clock.remaining(h.clock.now()) != before {
		t.Fatal("a stale tick changed the step")
	}
	if before != time.Second {
		t.Fatalf("after 19 s of a 20 s hold with quick pauses, remaining = %v, want 1s", before)
	}
}

func TestPauseKeepsTheExactRemainingTime(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "da")
	h.intoFirstHold()
	h.tick(5500 * time.Millisecond)
	h.key("space")
	h.wantScreen("Pause", "0:15")
	h.clock.advance(10 * time.Minute)
	h.send(tickMsg{gen: h.m.gen}) // even a tick of the current generation does nothing while paused
	if got := h.m.sess.clock.remaining(h.clock.now()); got != 14500*time.Millisecond {
		t.Fatalf("paused remaining = %v, want 14.5s", got)
	}
	h.key("space")
	h.tick(14400 * time.Millisecond)
	h.wantStep(routines.StepHold)
	h.tick(100 * time.Millisecond)
	h.wantStep(routines.StepSwitchSide)
}

func TestNextTickIsTheNextVisibleChange(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.clock.advance(300 * time.Millisecond)
	got := h.m.nextTickIn(h.clock.now())
	// 20 s over 60 bar cells: a cell every 333 ms; 300 ms in, the bar
	// gains a cell 33 ms later, well before the shown second rolls over.
	cell := 20 * time.Second / time.Duration(views.BarWidth(100))
	if want := cell - 300*time.Millisecond + tickSlack; got != want {
		t.Fatalf("next tick in %v, want %v", got, want)
	}
	h.send(tickMsg{gen: h.m.gen})
	h.key("space")
	if cmd := h.m.scheduleTick(); cmd != nil {
		t.Fatal("a paused step must not schedule ticks")
	}
}

func TestSkipRecordsWhatWasDone(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.tick(8 * time.Second)
	h.key("s")
	h.wantStep(routines.StepIntro)
	if h.m.exercise().ID != "pelvic-tilt" {
		t.Fatalf("after skip, exercise %q, want pelvic-tilt", h.m.exercise().ID)
	}
	h.flush()
	steps := h.j.last().Steps
	if len(steps) != 4 || steps[0].Done != 8 || steps[0].Completed || steps[0].Skipped {
		t.Fatalf("journal steps %+v, want one unfinished 8 s hold, then the rest skipped", steps)
	}
	// The holds not begun are written as skipped, one per planned hold,
	// so the journal tells "skipped" from "cut short".
	for i, st := range steps[1:] {
		want := []string{"left", "right", "left"}[i]
		if !st.Skipped || st.Done != 0 || st.Completed || st.Planned != 20 || st.Unit != "s" || st.Side != want {
			t.Fatalf("step %d %+v, want a skipped 20 s hold on the %s", i+1, st, want)
		}
	}
}

// s on an intro skips every set of the exercise; → at once cuts a step
// short: the two read differently in the journal and on the summary.
func TestSkipAndCutShortAreTold(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("s")     // the hold exercise: skipped, 4 holds
	h.key("enter") // the tilt's intro
	h.key("right") // get ready, ended
	h.key("right") // the first set, ended at once: cut short at 0
	h.flush()
	steps := h.j.last().Steps
	if len(steps) != 5 {
		t.Fatalf("steps %+v, want 4 skipped holds and a set cut short", steps)
	}
	for _, st := range steps[:4] {
		if !st.Skipped || st.Exercise != "knee-to-chest" {
			t.Fatalf("step %+v, want skipped", st)
		}
	}
	if last := steps[4]; last.Skipped || last.Completed || last.Done != 0 || last.Exercise != "pelvic-tilt" {
		t.Fatalf("step %+v, want the set cut short, not skipped", last)
	}
	if progress.ClassifyStep(steps[4]) != progress.CutShort {
		t.Fatal("→ must read as cut short")
	}
}

// The summary lists what was skipped and never sums "0 s in all".
func TestSummaryListsSkipped(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("s", "enter")
	h.tick(5 * time.Second)
	h.tick(12 * time.Second) // the first set of 3 reps
	h.key("right")           // rest ended
	h.key("right")           // the second set, cut short at once
	h.key("esc", "esc", "esc")
	h.wantScreen("Knee-to-chest stretch  skipped", "3 of 6 reps · cut short")
	if strings.Contains(h.screen(), "0 s in all") {
		t.Fatalf("summary sums nothing:\n%s", h.screen())
	}
}

// A hold cut at 0 s is not counted as a hold: one 4 s hold and three cut
// at once read "1 × hold, 4 s in all · cut short".
func TestSummaryCountsOnlyHoldsHeld(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("enter", "right") // intro, get ready
	h.tick(4 * time.Second)
	for i := 0; i < 40 && h.m.state == StateExercise; i++ {
		h.key("right")
	}
	h.key("esc", "esc", "esc")
	h.wantScreen("1 × hold, 4 s in all · cut short")
}

func TestRepeatRestartsTheStep(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.tick(12 * time.Second)
	h.key("left")
	if got := h.m.sess.clock.remaining(h.clock.now()); got != 20*time.Second {
		t.Fatalf("after ←, remaining %v, want 20s", got)
	}
}

func TestEnterFinishesTheStepEarly(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("enter")
	h.key("right") // get ready, finished now
	h.wantStep(routines.StepHold)
	h.tick(3 * time.Second)
	h.key("enter")
	h.wantStep(routines.StepSwitchSide)
	if r := h.m.sess.records[0]; r.Done != 3 || r.Completed {
		t.Fatalf("record %+v, want 3 s not completed", r)
	}
}

func TestPacedRepsShowCueSetAndRep(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("s") // skip the hold exercise
	h.key("enter")
	h.tick(5 * time.Second)
	h.wantStep(routines.StepReps)
	h.wantScreen("Set 1/2", "Rep 1/3", "TILT")
	h.tick(2100 * time.Millisecond)
	h.wantScreen("Rep 1/3", "RELEASE")
	h.tick(2 * time.Second)
	h.wantScreen("Rep 2/3", "TILT")
	h.tick(8 * time.Second)
	h.wantStep(routines.StepRest)
	if r := h.m.sess.records[len(h.m.sess.records)-1]; r.Done != 3 || r.Unit != "reps" || !r.Completed {
		t.Fatalf("record %+v, want 3 reps completed", r)
	}
}

func TestDanishRepScreen(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "da")
	h.startSession()
	h.key("s", "enter")
	h.tick(5 * time.Second)
	h.wantScreen("Sæt 1/2", "Gentagelse 1/3", "VIP")
}

func TestManualRepsCountWithEnter(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	r := testRoutine()
	r.Exercises[1].Pace, r.Exercises[1].Manual = nil, true
	h.m.opts.Routines = []routines.Routine{r}
	h.startSession()
	h.key("s", "enter")
	h.tick(5 * time.Second)
	h.wantStep(routines.StepReps)
	h.wantScreen("Rep 1/3")
	h.key("enter", "enter")
	h.wantScreen("Rep 3/3")
	h.key("enter")
	h.wantStep(routines.StepRest)
}

func TestQuitAsksAndKeepsWhatWasDone(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.tick(4 * time.Second)
	h.key("q")
	if !h.m.overlay.quit || !h.m.sess.clock.paused {
		t.Fatal("q must ask and pause the clock")
	}
	h.key("n")
	if h.m.overlay.quit || h.m.sess.clock.paused {
		t.Fatal("n must close the prompt and resume")
	}
	h.key("ctrl+c")
	if !h.m.overlay.quit {
		t.Fatal("ctrl+c must ask too")
	}
	h.key("y")
	if h.m.state != StateCheckOut || h.m.sess.outcome != journal.Quit {
		t.Fatalf("y: state %v, outcome %q, want the check-out of a quit session", h.m.state, h.m.sess.outcome)
	}
	h.wantScreen("How is your back now?", "esc quit")
	cmd := h.send(keyMsg("esc")) // leaves at once
	h.flush()
	if !quits(cmd) {
		t.Fatal("esc in the check-out after quitting must leave the app")
	}
	s := h.j.last()
	if s.Outcome != journal.Quit {
		t.Fatalf("journal outcome %q, want quit", s.Outcome)
	}
	// the 4 s of the hold in progress are kept, as the prompt promises
	if len(s.Steps) != 1 || s.Steps[0].Done != 4 || s.Steps[0].Completed {
		t.Fatalf("journal steps %+v, want the unfinished 4 s hold", s.Steps)
	}
}

// ctrl+c with the help open closes the help so the question is seen.
func TestQuitFromTheHelpShowsTheQuestion(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.key("?", "ctrl+c")
	if h.m.overlay.help || !h.m.overlay.quit {
		t.Fatalf("help %v, quit prompt %v: want the prompt in view", h.m.overlay.help, h.m.overlay.quit)
	}
	h.wantScreen("Quit this session?")
	h.key("n")
	if h.m.sess.clock.paused {
		t.Fatal("n must resume the hold")
	}
}

// Skipping every exercise is not a finished session.
func TestSkippingEverythingIsNotCompleted(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("s", "s")
	if h.m.state != StateCheckOut {
		t.Fatalf("state %v, want check-out", h.m.state)
	}
	// Nothing was done: no "Well done".
	if strings.Contains(h.screen(), "Well done") {
		t.Fatalf("an all-skipped session is praised:\n%s", h.screen())
	}
	h.key("esc", "esc", "esc")
	h.wantScreen("Knee-to-chest stretch  skipped", "Pelvic tilt  skipped")
	h.flush()
	if got := h.j.last().Outcome; got != journal.Quit {
		t.Fatalf("outcome %q, want quit", got)
	}
	if progress.DoneToday(h.m.jr.history, h.clock.now()) {
		t.Fatal("a session with everything skipped counted as done today")
	}
}

// ctrl+c in CheckOut saves the score already given before quitting.
func TestQuitInCheckOutKeepsTheAnswer(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	for h.m.state == StateExercise {
		if h.m.step().Kind == routines.StepIntro {
			h.key("enter")
			continue
		}
		h.tick(h.m.sess.clock.remaining(h.clock.now()))
	}
	h.key("5", "enter")
	cmd := h.send(keyMsg("ctrl+c"))
	if cmd == nil {
		t.Fatal("ctrl+c in check-out must quit")
	}
	h.flush()
	s := h.j.last()
	if s.Outcome != journal.Completed || s.PainAfter == nil || *s.PainAfter != 5 {
		t.Fatalf("session %+v, want completed with pain after 5", s)
	}
}

// A skipped set still counts in the plan: the summary says 3 of 6, not 3 of 3.
func TestSummaryCountsThePlannedSets(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.key("s", "enter")
	h.tick(5 * time.Second)
	h.tick(12 * time.Second) // the first set of 3 reps
	h.key("s")
	h.key("esc", "esc", "esc")
	h.wantScreen("3 of 6 reps")
}

// A notice (a damaged journal, a broken routine file) stays until Home
// has been seen, even when the app starts in the check-in.
func TestNoticesWaitForHome(t *testing.T) {
	t.Parallel()
	r := testRoutine()
	h := newHarnessWith(t, "en", func(h *harness, o *Options) {
		o.Start, o.Notices = &r, []string{"Your routine file broke."}
		h.j.settings = map[string]string{settingPrecautions: "2026-11-01T10:00:00Z"}
	})
	h.key("4", "enter", "enter", "esc")
	h.wantScreen("Your routine file broke.")
	h.key("down")
	if len(h.m.notices) != 0 {
		t.Fatal("the notice should be gone once a key was pressed on Home")
	}
}

// x stops at once from every state of the loop, with no prompt, even from
// a pause or the quit prompt.
func TestPainStopFromEveryExerciseState(t *testing.T) {
	t.Parallel()
	type setup func(h *harness)
	get := func(h *harness) { h.key("enter") }
	hold := func(h *harness) { get(h); h.tick(5 * time.Second) }
	cases := map[string]setup{
		"intro":     func(*harness) {},
		"get ready": get,
		"hold":      hold,
		"switch":    func(h *harness) { hold(h); h.tick(20 * time.Second) },
		"rest":      func(h *harness) { hold(h); h.tick(20 * time.Second); h.tick(5 * time.Second); h.tick(20 * time.Second) },
		"reps":      func(h *harness) { h.key("s", "enter"); h.tick(5 * time.Second) },
		"paused":    func(h *harness) { hold(h); h.key("space") },
		"quit ask":  func(h *harness) { hold(h); h.key("q") },
		"help open": func(h *harness) { hold(h); h.key("?") },
	}
	for name, prepare := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, "en")
			h.startSession()
			prepare(h)
			h.key("x")
			if h.m.state != StatePainStop {
				t.Fatalf("state %v, want pain stop", h.m.state)
			}
			h.wantScreen("Stopped")
			h.flush()
			if got := h.j.last().Outcome; got != journal.PainStop {
				t.Fatalf("journal outcome %q, want pain_stop", got)
			}
		})
	}
}

func TestPainStopAnswerIsStored(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "da")
	h.startSession()
	h.key("x")
	h.wantScreen("Stoppet")
	h.key("2")
	if h.m.stop.where != WhereLeg {
		t.Fatalf("answer %q, want leg", h.m.stop.where)
	}
	h.flush()
	if got := h.j.last().PainWhere; got != "leg" {
		t.Fatalf("journal pain_where %q, want leg", got)
	}
	// enter goes on to how far the pain reaches, under the advice for
	// the answer; one key answers it and leaves.
	h.key("enter")
	if h.m.state != StatePainStop || !h.m.stop.askingReach {
		t.Fatalf("state %v, want the reach question on the pain stop", h.m.state)
	}
	h.wantScreen("Hvor langt ned når smerten?")
	h.wantScreen("Når smerten stråler ned i benet")
	h.key("3")
	if h.m.state != StateHome {
		t.Fatalf("state %v, want home", h.m.state)
	}
	h.flush()
	if got := h.j.last(); got.PainReachAfter != journal.ReachBelowKnee || got.PainWhere != "leg" {
		t.Fatalf("journal reach after %q, where %q; want below_knee, leg", got.PainReachAfter, got.PainWhere)
	}
}

// The reach question after a pain stop may be passed (enter or esc):
// nothing is saved for it; esc on the first question leaves at once.
func TestPainStopReachPassed(t *testing.T) {
	t.Parallel()
	for _, keys := range [][]string{{"enter", "enter"}, {"enter", "esc"}, {"2", "esc"}} {
		h := newHarness(t, "en")
		h.startSession()
		h.key("x")
		h.key(keys...)
		if h.m.state != StateHome {
			t.Fatalf("%v: state %v, want home", keys, h.m.state)
		}
		h.flush()
		if got := h.j.last().PainReachAfter; got != journal.ReachUnknown {
			t.Errorf("%v: reach after %q, want not answered", keys, got)
		}
	}
}

// A whole routine with the fake clock: every step runs its course, the
// session ends in CheckOut and Summary with the right counts.
func TestWholeRoutineRunsToSummary(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	for guard := 0; h.m.state == StateExercise; guard++ {
		if guard > 200 {
			t.Fatal("the routine never ended")
		}
		if h.m.step().Kind == routines.StepIntro {
			h.key("enter")
			continue
		}
		h.tick(h.m.sess.clock.remaining(h.clock.now()))
	}
	if h.m.state != StateCheckOut {
		t.Fatalf("state %v, want check-out", h.m.state)
	}
	h.key("2", "enter", "3") // pain 2, below the knee
	for _, r := range "felt good" {
		h.key(string(r))
	}
	h.key("enter")
	if h.m.state != StateSummary {
		t.Fatalf("state %v, want summary", h.m.state)
	}
	h.flush()
	s := h.j.last()
	// knee-to-chest: 2 sets × 2 sides; pelvic tilt: 2 sets.
	if len(s.Steps) != 6 {
		t.Fatalf("journal has %d steps, want 6", len(s.Steps))
	}
	for _, st := range s.Steps {
		if !st.Completed || st.Done != st.Planned {
			t.Fatalf("step %+v not complete", st)
		}
	}
	if s.Outcome != journal.Completed || s.PainAfter == nil || *s.PainAfter != 2 || s.Note != "felt good" {
		t.Fatalf("session %+v, want completed with pain after 2 and the note", s)
	}
	h.wantScreen("Session finished", "3 → 2", "Knee-to-chest stretch", "4 × hold, 80 s in all", "6 of 6 reps")
}

func TestRedFlagNeverStartsASession(t *testing.T) {
	t.Parallel()
	for i, f := range append(RedFlags, RedFlag{ID: "unsure", Tier: TierNow}) {
		t.Run(f.ID, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, "en")
			h.m.jr.acknowledged = true
			h.key("enter", "enter", "4", "enter", "enter", "y")
			if h.m.state != StateRedFlagWhich {
				t.Fatalf("state %v, want the red flag choice", h.m.state)
			}
			for j := 0; j < i; j++ {
				h.key("down")
			}
			h.key("enter")
			if h.m.state != StateSeekHelp || h.m.in.seek.tier != f.Tier {
				t.Fatalf("state %v tier %v, want seek help tier %v", h.m.state, h.m.in.seek.tier, f.Tier)
			}
			h.key("x", "s", "space", "n", "y", "right")
			if h.m.state != StateSeekHelp {
				t.Fatalf("keys on the guidance moved it to %v", h.m.state)
			}
			h.key("enter")
			if h.m.state != StateHome {
				t.Fatalf("enter on the guidance: state %v, want home", h.m.state)
			}
			h.flush()
			if len(h.j.redFlags) != 1 || h.j.redFlags[0] != f.ID {
				t.Fatalf("journal red flags %v, want [%s]", h.j.redFlags, f.ID)
			}
			for _, s := range h.j.sessions {
				if len(s.Steps) > 0 || s.Outcome != journal.RedFlag {
					t.Fatalf("a session ran: %+v", s)
				}
			}
		})
	}
}

func TestPainStopTiers(t *testing.T) {
	t.Parallel()
	want := map[PainWhere]Tier{WhereUnanswered: TierSelfCare, WhereBack: TierSelfCare, WhereLeg: TierSoon, WhereNerve: TierNow}
	for w, tier := range want {
		if got := TierFor(w); got != tier {
			t.Errorf("TierFor(%q) = %v, want %v", w, got, tier)
		}
	}
}

func TestHelpBarShowsOnlyWorkingKeys(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	if h.m.activeKeys().Pain.Enabled() {
		t.Fatal("the pain key must not show on Home")
	}
	h.intoFirstHold()
	k := h.m.activeKeys()
	if !k.Pain.Enabled() || !k.Pause.Enabled() || k.Up.Enabled() {
		t.Fatal("hold: want pain and pause, not menu keys")
	}
	h.wantScreen("[x] stop: it hurts")
}

// A journal that fails (locked, then a full disk) keeps the session
// going; the writes wait in the journal actor, are retried, and land in
// order with nothing lost. The summary says "saved" only once they have.
func TestJournalFailureKeepsTheSessionGoing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.m.jr.acknowledged = true
	h.j.mu.Lock()
	h.j.failures = []error{errors.New("database is locked"), errors.New("disk full")}
	h.j.mu.Unlock()
	h.startSession()
	e := <-h.events
	if e.Kind != jqueue.Retrying {
		t.Fatalf("event %+v, want the failed start being retried", e)
	}
	h.send(e)
	h.key("enter")
	h.tick(5 * time.Second)
	h.wantStep(routines.StepHold)
	h.tick(20 * time.Second) // the first hold is written behind the failed start
	if strings.Contains(h.screen(), "could not be saved") {
		t.Fatal("a save being retried must not worry the patient")
	}
	h.m.sess.endedAt, h.m.sess.outcome = h.clock.now(), journal.Completed
	h.m.setState(StateCheckOut)
	h.key("esc", "esc", "esc")
	h.wantScreen("Not in your journal yet")
	h.retry <- time.Time{} // still failing: disk full
	h.retry <- time.Time{} // now it works
	h.flush()
	h.wantScreen("Saved in your journal")
	s := h.j.last()
	if s.Outcome != journal.Completed || len(s.Steps) != 1 || s.Steps[0].Done != 20 {
		t.Fatalf("session %+v, want the start, the hold and the end saved", s)
	}
}

// A save that is finally given up is said plainly, and the summary no
// longer claims the session was saved. The journal's disk stays full:
// the actor retries the session's writes until the queue closes, makes
// its last attempt, and gives up; its own event reaches the model.
func TestGivenUpSaveIsShown(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.m.jr.acknowledged = true
	h.j.mu.Lock()
	h.j.broken = errors.New("disk full")
	h.j.mu.Unlock()
	h.startSession()
	h.m.sess.endedAt, h.m.sess.outcome = h.clock.now(), journal.Completed
	h.m.setState(StateCheckOut)
	h.key("esc", "esc", "esc")
	if e := <-h.events; e.Kind != jqueue.Retrying {
		t.Fatalf("event %+v, want the failed start being retried", e)
	} else {
		h.send(e)
	}
	h.wantScreen("Not in your journal yet")
	closed := make(chan error, 1)
	go func() { closed <- h.q.Close(10 * time.Second) }()
	for {
		e := <-h.events
		h.send(e)
		if e.Kind == jqueue.GaveUp {
			break
		}
	}
	h.wantScreen("could not be saved")
	if strings.Contains(h.screen(), "Saved in your journal") {
		t.Fatal("the summary claims the journal is saved beside the failure")
	}
	if err := <-closed; err == nil {
		t.Fatal("Close reported nothing lost")
	}
}

func TestTooSmallWindow(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.send(tea.WindowSizeMsg{Width: 40, Height: 10})
	h.wantScreen("larger")
}

// --phase goes straight to the check-in, but a first run still sees the
// precautions first.
func TestStartFlagStillShowsPrecautionsOnFirstRun(t *testing.T) {
	t.Parallel()
	for _, ack := range []bool{false, true} {
		r := testRoutine()
		if st := New(Options{Lang: "en", Start: &r}).State(); st != StateCheckIn {
			t.Fatalf("state %v, want check-in at start", st)
		}
		h := newHarnessWith(t, "en", func(h *harness, o *Options) {
			o.Start = &r
			if ack {
				h.j.settings = map[string]string{settingPrecautions: "2026-11-01T10:00:00Z"}
			}
		})
		h.flush()
		want := StatePrecautions
		if ack {
			want = StateCheckIn
		}
		if h.m.state != want {
			t.Fatalf("acknowledged=%v: state %v, want %v", ack, h.m.state, want)
		}
	}
}

// The help and the quit prompt hold the clock while they are open, and
// give back exactly the time that was left.
func TestHelpHoldsTheClock(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.tick(6 * time.Second)
	h.key("?")
	h.wantScreen("Keys")
	h.clock.advance(time.Minute)
	h.key("esc")
	if h.m.sess.clock.paused || h.m.sess.clock.remaining(h.clock.now()) != 14*time.Second {
		t.Fatalf("after closing help: paused=%v remaining=%v, want running with 14s", h.m.sess.clock.paused, h.m.sess.clock.remaining(h.clock.now()))
	}
	// a pause the patient chose stays a pause after the help closes
	h.key("space", "?", "esc")
	if !h.m.sess.clock.paused {
		t.Fatal("help closed over a chosen pause must leave it paused")
	}
}

// A signal ends a running session as interrupted, keeping the step in
// progress, once: Abandon after it (main calls it when the program had to
// be killed) writes nothing more.
func TestInterruptKeepsTheStepOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.tick(7 * time.Second)
	h.send(Interrupt{})
	if cmd := h.m.Abandon(); cmd != nil {
		t.Fatal("Abandon after a signal must do nothing")
	}
	h.flush()
	s := h.j.last()
	if s.Outcome != journal.Interrupted || len(s.Steps) != 1 || s.Steps[0].Done != 7 {
		t.Fatalf("session %+v, want interrupted with the 7 s of the hold", s)
	}
}

// discardJournal takes operations and never answers, as a journal on a
// slow or locked disk would for a while.
type discardJournal struct{}

func (discardJournal) Submit(uint64, jqueue.Op) {}

// With --phase or --routine the precautions show until the journal has
// answered, so a quick patient's check-in is never taken away by a late
// answer, and the precautions are never skipped because it came late.
func TestStartFlagWaitsOnThePrecautions(t *testing.T) {
	t.Parallel()
	r := testRoutine()
	m := New(Options{Lang: "en", Start: &r, Journal: discardJournal{},
		Tick: func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }})
	if m.State() != StatePrecautions {
		t.Fatalf("state %v before the journal answered, want precautions", m.State())
	}
	press := func(k string) {
		nm, _ := m.Update(keyMsg(k))
		m = nm.(Model)
	}
	press("3")
	if m.State() != StatePrecautions {
		t.Fatalf("a digit on the precautions: state %v", m.State())
	}
	press("enter")
	press("3")
	if m.State() != StateCheckIn || m.in.score.value != 3 {
		t.Fatalf("state %v, score %d: want the check-in with 3 chosen", m.State(), m.in.score.value)
	}
	// The journal answers late, with no acknowledgement on record: the
	// patient has just read them, and stays where they are.
	nm, _ := m.onHistory(jqueue.History{Settings: map[string]string{}})
	if st := nm.(Model).State(); st != StateCheckIn {
		t.Fatalf("a late answer moved the patient to %v", st)
	}
}

// q, y offers the check-out before leaving: its answers are saved with
// the quit session, and the app ends after the note, not at the summary.
func TestQuitOffersTheCheckOut(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "da")
	h.intoFirstHold()
	h.tick(6 * time.Second)
	h.key("q", "y", "4", "enter", "2")
	h.wantScreen("Hvordan har din ryg det nu?")
	if strings.Contains(h.screen(), "Godt gået") {
		t.Fatalf("a quit session is praised:\n%s", h.screen())
	}
	h.key("o", "k")
	cmd := h.send(keyMsg("enter"))
	h.flush()
	if !quits(cmd) || h.m.state != StateCheckOut {
		t.Fatalf("after the note: state %v, want the app to end", h.m.state)
	}
	s := h.j.last()
	if s.Outcome != journal.Quit || s.PainAfter == nil || *s.PainAfter != 4 || s.PainReachAfter != journal.ReachButtockThigh || s.Note != "ok" {
		t.Fatalf("session %+v, want quit with pain 4, buttock or thigh, note ok", s)
	}
	if len(s.Steps) != 1 || s.Steps[0].Done != 6 {
		t.Fatalf("steps %+v, want the 6 s of the hold kept", s.Steps)
	}
}

// quits reports whether cmd ends the program.
func quits(cmd tea.Cmd) bool {
	for _, msg := range messages(cmd) {
		if _, ok := msg.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}
