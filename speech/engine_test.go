package speech

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestKnownProgramsGetTheirArgvPerLanguage(t *testing.T) {
	t.Parallel()
	cases := []struct {
		found string
		goos  string
		lang  Lang
		want  []string
	}{
		{"espeak-ng", "linux", English, []string{"espeak-ng", "-v", "en", "--", "Rest."}},
		{"espeak-ng", "linux", Danish, []string{"espeak-ng", "-v", "da", "--", "Rest."}},
		{"spd-say", "linux", English, []string{"spd-say", "-w", "-P", "text", "-l", "en", "--", "Rest."}},
		{"spd-say", "linux", Danish, []string{"spd-say", "-w", "-P", "text", "-l", "da", "--", "Rest."}},
		{"say", "darwin", English, []string{"say", "Rest."}},
		{"say", "darwin", Danish, []string{"say", "-v", "Sara", "Rest."}},
	}
	for _, c := range cases {
		e, s := newTestEngine(t, Options{GOOS: c.goos}, c.found)
		if got := e.SpeechProgram(); got != c.found {
			t.Errorf("%s: SpeechProgram() = %q", c.found, got)
		}
		e.Say(c.lang, "Rest.")
		if p := <-s.started; !slices.Equal(p.argv, c.want) {
			t.Errorf("%s %s: argv %q, want %q", c.found, c.lang, p.argv, c.want)
		}
	}
}

func TestSpeechProgramsAreLookedForInOrder(t *testing.T) {
	t.Parallel()
	cases := []struct {
		goos  string
		found []string
		want  string
	}{
		{"linux", []string{"say", "spd-say", "espeak-ng"}, "espeak-ng"},
		{"linux", []string{"say", "spd-say"}, "spd-say"},
		{"linux", []string{"say"}, ""}, // GNUstep's say is not macOS's
		{"darwin", []string{"say"}, "say"},
		{"linux", nil, ""},
	}
	for _, c := range cases {
		e, _ := newTestEngine(t, Options{GOOS: c.goos}, c.found...)
		if got := e.SpeechProgram(); got != c.want {
			t.Errorf("%s finding %q: SpeechProgram() = %q, want %q", c.goos, c.found, got, c.want)
		}
	}
}

func TestConfiguredCommandFillsTextAndLanguage(t *testing.T) {
	t.Parallel()
	cmd := []string{"/opt/tts/say-it", "--voice={lang}", "{text}"}
	e, s := newTestEngine(t, Options{SpeechCommand: cmd}) // found on no PATH: counts anyway
	if got := e.SpeechProgram(); got != "say-it" {
		t.Fatalf("SpeechProgram() = %q, want say-it", got)
	}
	e.Say(Danish, "Skift til venstre side.")
	want := []string{"/opt/tts/say-it", "--voice=da", "Skift til venstre side."}
	if p := <-s.started; !slices.Equal(p.argv, want) {
		t.Fatalf("argv %q, want %q", p.argv, want)
	}
	// Text is inserted as it is, never substituted again, and can never
	// become an option or carry control characters.
	e.Say(English, "-w /etc/passwd {lang}\x1b[2J\nnext")
	want = []string{"/opt/tts/say-it", "--voice=en", "w /etc/passwd {lang} [2J next"}
	if p := <-s.started; !slices.Equal(p.argv, want) {
		t.Fatalf("argv %q, want %q", p.argv, want)
	}
	cmd[2] = "changed" // the engine keeps its own copy
	e.Say(English, "Rest.")
	if p := <-s.started; p.argv[2] != "Rest." {
		t.Fatalf("engine shares the caller's slice: %q", p.argv)
	}
}

func TestSpeechOffOrNotFoundSaysNothing(t *testing.T) {
	t.Parallel()
	off, s := newTestEngine(t, Options{Speech: Off, SpeechCommand: []string{"x", "{text}"}}, "espeak-ng")
	if off.SpeechProgram() != "" {
		t.Fatalf("speech off still names %q", off.SpeechProgram())
	}
	off.Say(English, "Rest.")
	none, _ := newTestEngine(t, Options{Speech: On})
	none.Say(English, "Rest.")
	off.Close()
	none.Close()
	if len(s.started) != 0 {
		t.Fatalf("a program ran: %q", (<-s.started).argv)
	}
}

func TestNewerCueKillsTheOlderOne(t *testing.T) {
	t.Parallel()
	e, s := newTestEngine(t, Options{}, "espeak-ng")
	e.Say(English, "Knee-to-chest stretch, right side.")
	first := <-s.started
	e.Say(English, "Three.")
	second := <-s.started
	<-first.killed // never closed if the older program is left talking
	if second.wasKilled() {
		t.Fatal("the newer cue was stopped too")
	}
	if got := second.argv[len(second.argv)-1]; got != "Three." {
		t.Fatalf("newer cue said %q", got)
	}
	e.Close()
	if !second.wasKilled() {
		t.Fatal("Close left the program talking")
	}
	if err := e.Err(); err != nil {
		t.Fatalf("a killed cue is not a failure: %v", err)
	}
}

// A speech program that never returns, even from being started, must not
// block Say: if it did, this test would deadlock.
func TestHangingProgramNeverBlocksSay(t *testing.T) {
	t.Parallel()
	s := newFakeStarter()
	s.hang = make(chan struct{})
	s.entered = make(chan struct{}, 1)
	e, _ := newTestEngine(t, Options{Starter: s}, "espeak-ng")
	e.Say(English, "Get ready.")
	<-s.entered // the worker is now stuck in Start
	for _, n := range []string{"Five.", "Four.", "Three."} {
		e.Say(English, n)
	}
	close(s.hang)
	first := <-s.started
	second := <-s.started // cues made while stuck collapse into the newest
	if got := second.argv[len(second.argv)-1]; got != "Three." {
		t.Fatalf("after the hang the engine said %q, want only the newest cue", got)
	}
	<-first.killed
}

func TestMutedRunsNothingAndMutingStopsSpeech(t *testing.T) {
	t.Parallel()
	e, s := newTestEngine(t, Options{Muted: true}, "espeak-ng", "aplay")
	e.Say(English, "Rest.")
	if e.Chime(RestEnd) {
		t.Fatal("muted chime asks for the bell")
	}
	if !e.Muted() {
		t.Fatal("Muted() = false")
	}
	e.SetMuted(false)
	e.Say(English, "Switch to the left side.")
	p := <-s.started // the first program run at all: nothing ran while muted
	if got := p.argv[len(p.argv)-1]; got != "Switch to the left side." {
		t.Fatalf("first program said %q", got)
	}
	e.SetMuted(true)
	<-p.killed
	e.Say(English, "Rest.")
	e.Close()
	if len(s.started) != 0 {
		t.Fatalf("a program ran while muted: %q", (<-s.started).argv)
	}
}

func TestChimeWithoutPlayerRingsTheBell(t *testing.T) {
	t.Parallel()
	e, _ := newTestEngine(t, Options{}, "espeak-ng")
	if !e.Chime(HoldEnd) {
		t.Fatal("no player, yet Chime does not ask for the bell")
	}
	if e.SoundProgram() != "" {
		t.Fatalf("SoundProgram() = %q without a player", e.SoundProgram())
	}
	off, s := newTestEngine(t, Options{Sound: Off}, "aplay")
	if off.Chime(HoldEnd) {
		t.Fatal("sound off still asks for the bell")
	}
	off.Close()
	if len(s.started) != 0 {
		t.Fatal("sound off still played")
	}
}

func TestChimeWritesItsFileAtFirstUseAndPlaysIt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	e, s := newTestEngine(t, Options{ChimeDir: dir}, "pw-play", "aplay")
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files written before the first chime: %v", entries)
	}
	if e.SoundProgram() != "pw-play" {
		t.Fatalf("SoundProgram() = %q, want pw-play first", e.SoundProgram())
	}
	if e.Chime(SideSwitch) {
		t.Fatal("a player exists, yet Chime asks for the bell")
	}
	p := <-s.started
	file := filepath.Join(dir, "rygtimer-side-switch-v1.wav")
	if want := []string{"pw-play", file}; !slices.Equal(p.argv, want) {
		t.Fatalf("argv %q, want %q", p.argv, want)
	}
	data, err := os.ReadFile(file)
	if err != nil || string(data) != string(SideSwitch.wav()) {
		t.Fatalf("chime file not the side-switch chime (err %v)", err)
	}
	e.Chime(SessionEnd)
	<-p.killed
	if p2 := <-s.started; !strings.HasSuffix(p2.argv[1], "rygtimer-session-end-v1.wav") {
		t.Fatalf("second chime played %q", p2.argv)
	}
}

func TestConfiguredPlayerGetsTheFile(t *testing.T) {
	t.Parallel()
	e, s := newTestEngine(t, Options{SoundCommand: []string{"play", "-q", "{file}", "gain", "-6"}})
	e.Chime(HoldEnd)
	p := <-s.started
	if p.argv[0] != "play" || !strings.HasSuffix(p.argv[2], "rygtimer-hold-end-v1.wav") || p.argv[4] != "-6" {
		t.Fatalf("argv %q", p.argv)
	}
}

func TestFailingPlayerFallsBackToTheBell(t *testing.T) {
	t.Parallel()
	s := failingStarter()
	e, _ := newTestEngine(t, Options{Starter: s}, "paplay")
	if e.Chime(HoldEnd) {
		t.Fatal("the player has not failed yet, but Chime asks for the bell")
	}
	<-s.entered
	e.Close() // returns once the worker has noted the failure
	if !e.Chime(RestEnd) {
		t.Fatal("after the player failed, Chime does not ask for the bell")
	}
	if err := e.Err(); err == nil || !strings.Contains(err.Error(), "paplay") {
		t.Fatalf("Err() = %v, want the player's failure", err)
	}
	if e.SoundProgram() != "" {
		t.Fatalf("SoundProgram() = %q after failing", e.SoundProgram())
	}
}

// failingStarter fails every Start and tells through entered that Start
// was called, so a test knows the failure is on its way.
func failingStarter() *fakeStarter {
	s := newFakeStarter()
	s.fail = errors.New("exec: no such file")
	s.hang = make(chan struct{})
	close(s.hang) // never hangs
	s.entered = make(chan struct{}, 1)
	return s
}

func TestSpeechThatCannotStartIsReported(t *testing.T) {
	t.Parallel()
	s := failingStarter()
	e, _ := newTestEngine(t, Options{Starter: s, SpeechCommand: []string{"missing-tts", "{text}"}})
	e.Say(English, "Rest.")
	<-s.entered
	e.Close() // returns once the worker has noted the failure
	if err := e.Err(); err == nil || !strings.Contains(err.Error(), "missing-tts") {
		t.Fatalf("Err() = %v", err)
	}
	e.Close() // twice is fine
	e.Say(English, "after close")
	e.Chime(HoldEnd)
}
