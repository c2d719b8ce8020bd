package cli

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode"
)

// Issue 12: --days so large that counting back overflows gave "no
// sessions"; it is a usage error with the range.
func TestHistoryDaysRange(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	for _, days := range []string{"1000000000000", "36501", "-3"} {
		r := sb.run(t, "history", "--days", days).want(t, exitUsage)
		if !strings.Contains(r.stderr, "from 1 to 36500") {
			t.Errorf("--days %s: stderr does not give the range:\n%s", days, r.stderr)
		}
	}
	if out := sb.run(t, "history", "--days", "36500").want(t, exitOK).stdout; !strings.Contains(out, "Pain relief") {
		t.Errorf("--days 36500 leaves sessions out:\n%s", out)
	}
}

// failingWriter is standard output on a full disk (> /dev/full).
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// Issue 12: `routines validate > /dev/full` exited 0. Output that could
// not be written is a failure, whichever command wrote it.
func TestWriteErrorsFail(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	for _, args := range [][]string{
		{"routines", "validate", "testdata/good-routine.toml"},
		{"routines", "list"},
		{"routines", "show", "mobility"},
		{"history"},
		{"export", "--format", "csv"},
		{"--help"},
	} {
		var errb strings.Builder
		code := run(t.Context(), sb.env(), args, strings.NewReader(""), failingWriter{}, &errb)
		if code != exitFailure {
			t.Errorf("%v to a full disk: exit status %d, want 1", args, code)
		}
		if !strings.Contains(errb.String(), "no space left on device") {
			t.Errorf("%v: stderr does not say why: %q", args, errb.String())
		}
	}
}

// Issue 12: with HOME unset, xdg puts the data folder under / and the
// journal was created there. Commands that use the journal refuse.
func TestNoHome(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	sb.vars["HOME"] = ""
	sb.vars["XDG_DATA_HOME"] = ""
	for _, args := range [][]string{{"history"}, {"export", "--format", "json"}} {
		r := sb.run(t, args...).want(t, exitUsage)
		if !strings.Contains(r.stderr, "HOME is not set") {
			t.Errorf("%v: stderr: %s", args, r.stderr)
		}
	}
	env := map[string]string{"XDG_DATA_HOME": "/srv/data"}
	if err := checkDataHome(func(k string) string { return env[k] }); err != nil {
		t.Errorf("XDG_DATA_HOME alone is enough: %v", err)
	}
	env = map[string]string{"XDG_DATA_HOME": "relative/data"}
	if err := checkDataHome(func(k string) string { return env[k] }); err == nil {
		t.Error("a relative XDG_DATA_HOME (which xdg ignores) was taken for a home")
	}
}

// hostile is a routine whose texts carry terminal commands: a title
// change and a screen clear (ESC), a bell, a C1 CSI.
const hostile = "id = \"hostile\"\nphase = \"mobility\"\n" +
	"name = { en = \"Evil\\u001b]0;owned\\u0007 plan\" }\n\n" +
	"[[exercise]]\nid = \"x\"\nname = { en = \"Stretch\\u001b[2J\" }\nkind = \"hold\"\nhold = \"20s\"\nsets = 1\n" +
	"steps = { en = [\"Lie \\u009b31m down.\"] }\ncaution = { en = \"Careful\\u0007\" }\n"

// Issue 12: file names and routine texts reached the terminal raw in
// routines list, show and validate. Whether the loader refuses such a
// file or not, nothing printed may carry a control character.
func TestOutsideTextIsCleaned(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	cfg := sb.cfg
	dir := filepath.Join(cfg, "rygtimer", "routines")
	path := filepath.Join(dir, "evil\x1b]0;title\a.toml")
	writeFile(t, path, hostile)
	for _, args := range [][]string{
		{"routines", "list"},
		{"routines", "show", path},
		{"routines", "validate", path},
	} {
		r := sb.run(t, args...)
		if r.code != exitOK && r.code != exitUsage {
			t.Errorf("%v: exit status %d", args, r.code)
		}
		for name, out := range map[string]string{"stdout": r.stdout, "stderr": r.stderr} {
			if i := strings.IndexFunc(out, isTerminalControl); i >= 0 {
				t.Errorf("%v: %s has a control character at %d: %q", args, name, i, out)
			}
		}
	}
}

// isTerminalControl is a control character other than the line breaks
// and tabs of plain text.
func isTerminalControl(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }
