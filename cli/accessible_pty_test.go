//go:build linux

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The real binary in a terminal, --accessible, with a speech program
// configured that writes what it is given to a file: the session is
// printed as plain lines in the normal screen (never the alternate one),
// and the same moments are spoken, in the app's language.
func TestAccessibleAndSpokenInTheRealBinary(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	said := filepath.Join(t.TempDir(), "said.txt")
	writeFile(t, filepath.Join(sb.cfg, "rygtimer", "config.toml"), `[speech]
command = ["sh", "-c", "printf '%s: %s\\n' \"$1\" \"$2\" >> '`+said+`'", "-", "{lang}", "{text}"]
`)
	a := startApp(t, sb, "--accessible", "--phase", "pain-relief")
	a.WaitText(0, "rygtimer in accessible mode")
	a.intoFirstIntro()
	heard := func(what string) {
		a.WaitFor("the speech program to be given "+what, func() bool {
			b, _ := os.ReadFile(said)
			return strings.Contains(string(b), what)
		})
	}
	heard("en: Pelvic tilt.\n") // before enter: a newer cue would cut it off
	at := a.Mark()
	a.Keys("\r")
	a.WaitText(at, "Get ready: 0:05.")
	a.WaitText(at, "Pelvic tilt. Set 1/3. Rep 1/10: tilt.")
	heard("en: Tilt.\n") // each key waits for the cue before it: a newer cue cuts an older one off
	a.Keys(" ")
	a.WaitText(at, "Paused. Press space to continue.")
	heard("en: Paused.\n")
	a.Keys("x")
	a.WaitText(at, "Stopped – you did the right thing")
	if out := a.Output(0); strings.Contains(out, "\x1b[?1049h") {
		t.Fatal("accessible mode entered the alternate screen")
	}
	heard("en: Stopped. You did the right thing.")
	b, _ := os.ReadFile(said)
	for _, want := range []string{"en: Pelvic tilt.\n", "en: Get ready.\n", "en: Three.\n", "en: Tilt.\n", "en: Paused.\n"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("never said %q; said:\n%s", want, b)
		}
	}
}
