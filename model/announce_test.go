package model

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/routines"
)

// heard records announcements with the time on the session's clock at
// which the model made them, the way a speech program and a screen reader
// would get them.
type heard struct {
	mu    sync.Mutex
	clock *fakeClock
	start time.Time
	got   map[uint64]heardAt
}

type heardAt struct {
	at time.Duration
	a  Announcement
}

func (r *heard) Announce(seq uint64, a Announcement) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.got[seq]; dup {
		panic(fmt.Sprintf("announcement %d made twice", seq))
	}
	r.got[seq] = heardAt{at: r.clock.now().Sub(r.start), a: a}
}

// inOrder returns the announcements by number, checking none is missing.
func (r *heard) inOrder(t *testing.T) []heardAt {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	seqs := make([]uint64, 0, len(r.got))
	for s := range r.got {
		seqs = append(seqs, s)
	}
	sort.Slice(seqs, func(i, j int) bool { return seqs[i] < seqs[j] })
	out := make([]heardAt, 0, len(seqs))
	for i, s := range seqs {
		if s != uint64(i) {
			t.Fatalf("announcement %d is missing (next is %d)", i, s)
		}
		out = append(out, r.got[s])
	}
	return out
}

// said is the transcript of what is spoken and chimed, one line each.
func (r *heard) said(t *testing.T) string {
	var b strings.Builder
	for _, h := range r.inOrder(t) {
		a := h.a
		if a.Say == "" && !a.HasChime && !a.Mute && !a.Unmute {
			continue
		}
		fmt.Fprintf(&b, "%6.1fs", h.at.Seconds())
		if a.Mute {
			b.WriteString(" [mute]")
		}
		if a.Unmute {
			b.WriteString(" [unmute]")
		}
		if a.HasChime {
			fmt.Fprintf(&b, " ♪%s", a.Chime)
		}
		if a.Say != "" {
			fmt.Fprintf(&b, " %s: %s", a.Lang, a.Say)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// printed is the accessible-mode transcript: every line, in order.
func (r *heard) printed(t *testing.T) string {
	var b strings.Builder
	for _, h := range r.inOrder(t) {
		for _, l := range h.a.Lines {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

func newHeardHarness(t *testing.T, lang string, accessible bool) (*harness, *heard) {
	var rec *heard
	h := newHarnessWith(t, lang, func(h *harness, o *Options) {
		rec = &heard{clock: h.clock, start: h.clock.now(), got: map[uint64]heardAt{}}
		o.Announcer, o.Accessible = rec, accessible
	})
	return h, rec
}

// runSession goes through every step on the fake clock, each tick at the
// moment the model asked for, pressing enter on the intros only.
func runSession(t *testing.T, h *harness) {
	t.Helper()
	for i := 0; h.m.state == StateExercise; i++ {
		if i > 10000 {
			t.Fatal("the session never ended")
		}
		if !h.m.step().Timed() {
			h.key("enter")
			continue
		}
		h.tick(h.m.nextTickIn(h.clock.now()))
	}
}

// A whole session, heard: what is said and chimed, in which language, in
// which order and when, against a golden transcript per language.
func TestSpokenSession(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			h, rec := newHeardHarness(t, lang, false)
			h.startSession()
			runSession(t, h)
			out := rec.said(t)
			for _, want := range map[string][]string{
				"en": {"Knee-to-chest stretch. Right side.", "Get ready.", "Three.", "Hold for twenty seconds.", "Halfway.",
					"Switch to the left side.", "Set one of two done. Rest for ten seconds.", "Last set.", "Tilt.", "One. Tilt.", "Three. Set one of two done.",
					"That was the last exercise. Well done.", "♪session-end"},
				"da": {"Knæ-til-bryst. Højre side.", "Gør dig klar.", "Tre.", "Hold i tyve sekunder.", "Halvvejs.",
					"Skift til venstre side.", "Hvil i ti sekunder.", "Sidste sæt.", "Første sæt er færdigt.", "Vip.", "Én. Vip.", "Det var den sidste øvelse. Godt gået."},
			}[lang] {
				if !strings.Contains(out, want) {
					t.Errorf("never said %q:\n%s", want, out)
				}
			}
			if k := missingKey.FindString(out); k != "" {
				t.Fatalf("missing catalog key %s in:\n%s", k, out)
			}
			requireGolden(t, out)
		})
	}
}

// The sentences around sets: the set that begins by its ordinal in
// Danish ("Andet sæt", never "Sæt to", which opens like the verb), the
// last as "Last set", the last set's end not said before the exercise's
// end, and a one-sided paced set after a rest begun with its side only,
// so that its first cue ends within the 2 s before the next.
func TestSetSentences(t *testing.T) {
	t.Parallel()
	want := map[string][]string{
		"en": {"♪hold-end en: And relax. Set one of three done. Rest for ten seconds.",
			"♪rest-end en: Set two of three. Right side. Hold for twenty seconds.",
			"♪rest-end en: Last set. Right side. Hold for twenty seconds.",
			"♪hold-end en: And relax. Exercise done. Pelvic tilt. Right side.",
			"♪rest-end en: Right side. Tilt.", "♪session-end en: Three. That was the last exercise."},
		"da": {"♪hold-end da: Og slap af. Første sæt er færdigt. Hvil i ti sekunder.",
			"♪hold-end da: Og slap af. Andet sæt er færdigt. Hvil i ti sekunder.",
			"♪rest-end da: Andet sæt af tre. Højre side. Hold i tyve sekunder.",
			"♪rest-end da: Sidste sæt. Højre side. Hold i tyve sekunder.",
			"♪hold-end da: Og slap af. Øvelsen er færdig. Bækkenvip. Højre side.",
			"♪rest-end da: Højre side. Vip.", "♪session-end da: Tre. Det var den sidste øvelse."},
	}
	for lang, wants := range want {
		t.Run(lang, func(t *testing.T) {
			var rec *heard
			h := newHarnessWith(t, lang, func(h *harness, o *Options) {
				rec = &heard{clock: h.clock, start: h.clock.now(), got: map[uint64]heardAt{}}
				r := testRoutine()
				r.Exercises[0].Sets = 3
				r.Exercises[1].Sides = []routines.Side{routines.Right, routines.Left}
				o.Announcer, o.Routines = rec, []routines.Routine{r}
			})
			h.startSession()
			runSession(t, h)
			out := rec.said(t)
			for _, w := range wants {
				if !strings.Contains(out, w) {
					t.Errorf("never said %q:\n%s", w, out)
				}
			}
			for _, never := range []string{"Sæt ", "Tredje", "Set three of three", "done. Exercise done", "færdigt. Øvelsen"} {
				if strings.Contains(out, never) {
					t.Errorf("said %q:\n%s", never, out)
				}
			}
		})
	}
}

// A set at the patient's own pace says how many, in the singular for one.
func TestManualRepsAreCountedInWords(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang       string
		reps       int
		said, line string
	}{
		{"en", 1, "Do one repetition at your own pace.", "1 repetition at your own pace."},
		{"da", 1, "Lav én gentagelse i dit eget tempo.", "1 gentagelse i dit eget tempo."},
		{"da", 8, "Lav otte gentagelser i dit eget tempo.", "8 gentagelser i dit eget tempo."},
	} {
		var rec *heard
		h := newHarnessWith(t, c.lang, func(h *harness, o *Options) {
			rec = &heard{clock: h.clock, start: h.clock.now(), got: map[uint64]heardAt{}}
			r := testRoutine()
			ex := r.Exercises[1]
			ex.Pace, ex.Manual, ex.Reps, ex.Sets = nil, true, c.reps, 1
			r.Exercises = []routines.Exercise{ex}
			o.Announcer, o.Accessible, o.Routines = rec, true, []routines.Routine{r}
		})
		h.startSession()
		h.key("enter")
		h.tick(5 * time.Second)
		if said, printed := rec.said(t), rec.printed(t); !strings.Contains(said, c.said) || !strings.Contains(printed, c.line) {
			t.Errorf("%s, %d reps: want %q and %q in\n%s\n%s", c.lang, c.reps, c.said, c.line, said, printed)
		}
	}
}

// A paced rep's count and next cue are one sentence, said at the moment
// the cue changes on screen; nothing is said between moments.
func TestRepCuesFallOnTheirMoments(t *testing.T) {
	t.Parallel()
	h, rec := newHeardHarness(t, "en", false)
	h.startSession()
	h.key("s", "enter")     // to the pelvic tilt
	h.tick(5 * time.Second) // get-ready over: "Tilt."
	h.tick(1 * time.Second) // mid-cue: nothing
	h.tick(1 * time.Second) // 2 s: "Release."
	h.tick(2 * time.Second) // 4 s: rep one done: "One. Tilt."
	h.tick(500 * time.Millisecond)
	got := rec.said(t)
	want := []string{"Tilt.", "Release.", "One. Tilt."}
	lines := strings.Split(strings.TrimSpace(got), "\n")
	lines = lines[len(lines)-len(want):]
	for i, w := range want {
		if !strings.HasSuffix(lines[i], "en: "+w) {
			t.Fatalf("line %d = %q, want %q; all:\n%s", i, lines[i], w, got)
		}
	}
}

// The speech program is never waited for: announcing is a command that
// only hands the sentence over, and the clock runs from deadlines. A
// program that takes ten seconds per sentence cannot move a hold's end
// by a millisecond.
func TestAnnouncingNeverDelaysTheClock(t *testing.T) {
	t.Parallel()
	hang := &hangingAnnouncer{release: make(chan struct{})}
	defer close(hang.release)
	h := newHarnessWith(t, "en", func(h *harness, o *Options) { o.Announcer = hang })
	h.startSession()
	hang.hanging.Store(true)
	m := h.m
	var cmds []tea.Cmd
	step := func(msg tea.Msg) {
		nm, cmd := m.Update(msg)
		m = nm.(Model)
		cmds = append(cmds, cmd)
	}
	step(keyMsg("enter")) // the intro: "Get ready."
	h.clock.advance(5 * time.Second)
	step(tickMsg{gen: m.gen})
	if m.step().Kind != routines.StepHold {
		t.Fatalf("after the get-ready's deadline the step is %v, want the hold", m.step().Kind)
	}
	h.clock.advance(20 * time.Second)
	step(tickMsg{gen: m.gen})
	if m.step().Kind != routines.StepSwitchSide {
		t.Fatalf("after the hold's deadline the step is %v, want the side switch", m.step().Kind)
	}
	// Carrying out the announcements hangs, as a hanging program would;
	// the model above never waited for it.
	done := make(chan struct{})
	go func() {
		for _, c := range cmds {
			if c != nil {
				c()
			}
		}
		close(done)
	}()
	select {
	case <-done:
		t.Fatal("the hanging announcer did not hang: the test proves nothing")
	case <-time.After(50 * time.Millisecond):
	}
}

// hangingAnnouncer hangs once hanging is set, like a speech program that
// never returns would if it were called from Update.
type hangingAnnouncer struct {
	hanging atomic.Bool
	release chan struct{}
}

func (a *hangingAnnouncer) Announce(uint64, Announcement) {
	if a.hanging.Load() {
		<-a.release
	}
}

// m mutes speech and chimes together at once and says so when they come
// back; the mute reaches the announcer in order with the cues.
func TestMuteAndUnmuteAreAnnounced(t *testing.T) {
	t.Parallel()
	h, rec := newHeardHarness(t, "da", false)
	h.startSession()
	h.key("m", "m")
	got := rec.said(t)
	if !strings.Contains(got, "[mute]\n") || !strings.Contains(got, "[unmute] da: Lyden er slået til.") {
		t.Fatalf("mute/unmute not announced:\n%s", got)
	}
}

// x says "stopped" and the first line of the guidance; the answer says
// its own advice.
func TestPainStopIsSpoken(t *testing.T) {
	t.Parallel()
	h, rec := newHeardHarness(t, "en", false)
	h.intoFirstHold()
	h.key("x")
	h.key("3")
	got := rec.said(t)
	for _, want := range []string{"Stopped. You did the right thing. " + h.m.cat.T("painstop.guide.now"),
		h.m.cat.T("seekhelp.now.heading") + ". " + h.m.cat.T("seekhelp.do_not_wait")} {
		if !strings.Contains(got, want) {
			t.Errorf("never said %q:\n%s", want, got)
		}
	}
}

// Without an announcer the chimes still ring the terminal bell, and not
// while muted.
func TestChimesRingTheBellWithoutAnAnnouncer(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	if cmd := h.send(tickMsg{gen: h.m.gen}); rings(cmd) {
		t.Fatal("a bell in the middle of a hold")
	}
	h.clock.advance(20 * time.Second)
	if cmd := h.send(tickMsg{gen: h.m.gen}); !rings(cmd) {
		t.Fatal("no bell at the hold's end")
	}
	h.key("m")
	h.clock.advance(5 * time.Second)
	if cmd := h.send(tickMsg{gen: h.m.gen}); rings(cmd) {
		t.Fatal("a bell while muted")
	}
}

// Accessible mode, a whole session from Home to the summary: every change
// printed once, in order, as plain lines, checked line by line against a
// golden transcript per language. The frame itself stays empty.
func TestAccessibleSession(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			h, rec := newHeardHarness(t, lang, true)
			h.startSession()
			h.key("enter")
			h.tick(5 * time.Second)
			h.tick(7 * time.Second)
			h.key("space")
			h.key("space")
			h.key("m")
			runSession(t, h)
			h.key("2", "enter", "1", "enter") // check-out: pain 2, reach back only
			h.key("enter")                    // no note
			if v := h.m.View(); v.Content != "" || v.AltScreen {
				t.Fatalf("accessible frame = %q (alt screen %v), want empty in the normal screen", v.Content, v.AltScreen)
			}
			out := rec.printed(t)
			if k := missingKey.FindString(out); k != "" {
				t.Fatalf("missing catalog key %s in:\n%s", k, out)
			}
			for _, l := range strings.Split(out, "\n") {
				if strings.ContainsAny(l, "█░▀▁╱╲\x1b") {
					t.Fatalf("a drawing, bar or escape in accessible output: %q", l)
				}
			}
			requireGolden(t, out)
		})
	}
}
