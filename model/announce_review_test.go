package model

import (
	"strings"
	"testing"

	"github.com/rygtimer/rygtimer/routines"
)

// A rep counted by hand is heard and, in accessible mode, printed at each
// press: without it a patient who cannot see the screen never learns the
// press was taken.
func TestManualRepCountsAreHeardAndPrinted(t *testing.T) {
	t.Parallel()
	var rec *heard
	h := newHarnessWith(t, "en", func(h *harness, o *Options) {
		rec = &heard{clock: h.clock, start: h.clock.now(), got: map[uint64]heardAt{}}
		r := testRoutine()
		ex := r.Exercises[1]
		ex.Pace, ex.Manual, ex.Reps, ex.Sets = nil, true, 3, 1
		r.Exercises = []routines.Exercise{ex}
		o.Announcer, o.Accessible, o.Routines = rec, true, []routines.Routine{r}
	})
	h.intoFirstHold()
	h.key("enter", "enter")
	said, printed := rec.said(t), rec.printed(t)
	for _, want := range []string{"en: One.\n", "en: Two.\n"} {
		if !strings.Contains(said, want) {
			t.Errorf("never said %q:\n%s", want, said)
		}
	}
	for _, want := range []string{"Rep 1/3.\n", "Rep 2/3.\n"} {
		if !strings.Contains(printed, want) {
			t.Errorf("never printed %q:\n%s", want, printed)
		}
	}
}

// Skipping every exercise ends the session without praise: the summary
// says "Nothing done this time", and the voice must not say "Well done".
func TestSkippingEverythingIsNotPraised(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		h, rec := newHeardHarness(t, lang, false)
		h.startSession()
		h.key("s", "s")
		if h.m.state != StateCheckOut {
			t.Fatalf("%s: state %v after skipping both exercises, want check-out", lang, h.m.state)
		}
		said := rec.said(t)
		if praise := h.m.cat.T("speech.session_done"); strings.Contains(said, praise) {
			t.Errorf("%s: said %q after nothing was done:\n%s", lang, praise, said)
		}
		if !strings.Contains(said, h.m.cat.T("speech.session_nothing")) {
			t.Errorf("%s: the session's end was not said:\n%s", lang, said)
		}
	}
}

// In accessible mode the quit prompt over the exercise loop prints its own
// lines, once, without the frame drawn around them: the exercise screen
// behind it was read already, and "┃" is read aloud as "heavy vertical
// line".
func TestAccessibleQuitPromptPrintsOnlyItself(t *testing.T) {
	t.Parallel()
	h, rec := newHeardHarness(t, "en", true)
	h.intoFirstHold()
	before := len(strings.Split(rec.printed(t), "\n"))
	h.key("q")
	added := strings.Split(rec.printed(t), "\n")[before-1:]
	got := strings.Join(added, "\n")
	if !strings.Contains(got, h.m.cat.T("session.quit_prompt")) && !strings.Contains(got, "Quit this session?") {
		t.Fatalf("the quit prompt was not printed:\n%s", got)
	}
	for _, never := range []string{"┃", "Next:", "left\n"} {
		if strings.Contains(got, never) {
			t.Errorf("printed %q with the quit prompt:\n%s", never, got)
		}
	}
}

// In accessible mode the help is printed one key a line, not in the
// screen's two columns, which a screen reader would run together.
func TestAccessibleHelpIsOneKeyALine(t *testing.T) {
	t.Parallel()
	h, rec := newHeardHarness(t, "en", true)
	h.key("?")
	out := rec.printed(t)
	for _, want := range []string{"\nKeys\n", "\nx: stop: it hurts\n", "\n↑/k: up\n", "\nPress any key to close this help.\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
}
