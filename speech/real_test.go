package speech

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// need skips the test, saying why, unless every program is installed.
// .ci/run installs espeak-ng and sox so these run in CI.
func need(t *testing.T, programs ...string) {
	t.Helper()
	for _, p := range programs {
		if _, err := exec.LookPath(p); err != nil {
			t.Skipf("%s is not installed (apt-get install espeak-ng sox runs this test)", p)
		}
	}
}

// soxSeconds returns a WAV file's length as sox reads it.
func soxSeconds(t *testing.T, file string) float64 {
	t.Helper()
	out, err := exec.Command("sox", "--i", "-D", file).Output()
	if err != nil {
		t.Fatalf("sox --i -D %s: %v", file, err)
	}
	secs, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		t.Fatalf("sox said %q", out)
	}
	return secs
}

// The real espeak-ng, run as rygtimer runs it (no shell, through the same
// starter and argv), speaks an English and a Danish cue into WAV files of
// a sensible length.
func TestRealEspeakNGSpeaksBothLanguages(t *testing.T) {
	t.Parallel()
	need(t, "espeak-ng", "sox")
	dir := t.TempDir()
	cues := map[Lang]string{
		English: "Switch to the left side.",
		Danish:  "Skift til venstre side.",
	}
	for lang, text := range cues {
		out := filepath.Join(dir, string(lang)+".wav")
		argv := fill([]string{"espeak-ng", "-v", LangPlaceholder, "-w", FilePlaceholder, "--", TextPlaceholder}, lang, text, out)
		p, err := execStarter{}.Start(argv)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if err := p.Wait(); err != nil {
			t.Fatalf("espeak-ng %s: %v", lang, err)
		}
		// About a second at espeak-ng's 175 words a minute; far outside
		// that means a wrong voice or a sentence spelled out.
		if secs := soxSeconds(t, out); secs < 0.8 || secs > 4 {
			t.Errorf("%s %q lasts %.2f s, want 0.8–4 s", lang, text, secs)
		}
	}
}

// sox reads every chime as a WAV of the length it was made.
func TestSoxReadsTheChimes(t *testing.T) {
	t.Parallel()
	need(t, "sox")
	files := chimeFiles{dir: t.TempDir()}
	for _, c := range allChimes {
		file, err := files.path(c)
		if err != nil {
			t.Fatal(err)
		}
		want := time.Duration(len(c.samples())) * time.Second / sampleRate
		if secs := soxSeconds(t, file); secs != want.Seconds() {
			t.Errorf("%s: sox says %.3f s, want %.3f s", c, secs, want.Seconds())
		}
	}
	if entries, _ := os.ReadDir(files.dir); len(entries) != len(allChimes) {
		t.Errorf("chime folder holds %d files, want %d (no temp files left)", len(entries), len(allChimes))
	}
}
