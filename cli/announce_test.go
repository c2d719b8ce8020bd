package cli

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/model"
	"github.com/rygtimer/rygtimer/speech"
)

// fakeVoice records what the engine was asked, in order.
type fakeVoice struct {
	mu       sync.Mutex
	did      []string
	noPlayer bool // Chime asks for the bell
}

func (f *fakeVoice) log(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.did = append(f.did, fmt.Sprintf(format, args...))
}

func (f *fakeVoice) Say(lang speech.Lang, text string) { f.log("say %s %s", lang, text) }
func (f *fakeVoice) SetMuted(muted bool)               { f.log("muted %v", muted) }
func (f *fakeVoice) Chime(c speech.Chime) bool {
	f.log("chime %s", c)
	return f.noPlayer
}

// Announcements that arrive out of order (commands run on goroutines of
// their own) are carried out in the model's order, so an older cue never
// cuts off a newer one; a number already passed is dropped.
func TestAnnouncerKeepsTheModelsOrder(t *testing.T) {
	v := &fakeVoice{}
	a := newAnnouncer(v, false)
	say := func(s string) model.Announcement { return model.Announcement{Lang: "en", Say: s} }
	a.Announce(2, say("Two."))
	a.Announce(1, say("One."))
	if len(v.did) != 0 {
		t.Fatalf("carried out before announcement 0 arrived: %q", v.did)
	}
	a.Announce(0, model.Announcement{Lang: "en", Mute: true})
	a.Announce(3, model.Announcement{Lang: "en", Unmute: true, Say: "Sound on."})
	a.Announce(1, say("late duplicate"))
	want := []string{"muted true", "say en One.", "say en Two.", "muted false", "say en Sound on."}
	if strings.Join(v.did, "|") != strings.Join(want, "|") {
		t.Fatalf("did %q, want %q", v.did, want)
	}
}

// Many announcements from many goroutines at once still come out in order.
func TestAnnouncerOrderUnderConcurrency(t *testing.T) {
	v := &fakeVoice{}
	a := newAnnouncer(v, false)
	var wg sync.WaitGroup
	for i := 99; i >= 0; i-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.Announce(uint64(i), model.Announcement{Lang: "da", Say: fmt.Sprint(i)})
		}()
	}
	wg.Wait()
	for i, d := range v.did {
		if d != fmt.Sprintf("say da %d", i) {
			t.Fatalf("step %d was %q", i, d)
		}
	}
}

// Without a player the chime becomes the terminal bell; in accessible mode
// the lines are printed above the program, one message for one change.
func TestAnnouncerBellAndPrintedLines(t *testing.T) {
	v := &fakeVoice{noPlayer: true}
	a := newAnnouncer(v, true)
	var sent []tea.Msg
	a.send = func(m tea.Msg) { sent = append(sent, m) }
	a.Announce(0, model.Announcement{Lang: "en", HasChime: true, Chime: speech.HoldEnd, Lines: []string{"Hold done.", "Rest 0:30."}})
	if len(sent) != 2 {
		t.Fatalf("sent %d messages, want the bell and the lines", len(sent))
	}
	if r, ok := sent[0].(tea.RawMsg); !ok || r.Msg != "\a" {
		t.Errorf("first message %#v, want the bell", sent[0])
	}
	if got := fmt.Sprint(sent[1]); !strings.Contains(got, "Hold done.\nRest 0:30.") {
		t.Errorf("printed %q", got)
	}
	b := newAnnouncer(&fakeVoice{}, false)
	b.send = func(m tea.Msg) { t.Errorf("not accessible and a player found, yet sent %#v", m) }
	b.Announce(0, model.Announcement{Lang: "en", HasChime: true, Lines: []string{"x"}})
}

// The help screen's sound line names the programs, and says why when one
// failed: a speech program that cannot start is silent otherwise.
func TestHearingSaysWhatSpeaksAndWhyNot(t *testing.T) {
	opts := speech.Options{SpeechCommand: []string{"/nonexistent/rygtimer-voice", "{text}"}, Sound: speech.Off, ChimeDir: t.TempDir()}
	e := speech.New(opts)
	defer e.Close()
	cat := i18n.New("en")
	if got := hearing(cat, e, opts); !strings.Contains(got, "Spoken cues: ") || !strings.Contains(got, "Chimes: off (config).") || strings.Contains(got, "failed") {
		t.Fatalf("before any sound: %q", got)
	}
	e.Say(speech.English, "Hello.")
	for deadline := time.Now().Add(30 * time.Second); e.Err() == nil && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if got := hearing(cat, e, opts); !strings.Contains(got, "The last sound failed: ") {
		t.Fatalf("after a failed start: %q", got)
	}
}
