package cli

import (
	"bytes"
	"context"
	"io"
	"maps"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// The times of the test journal are in a fixed zone an hour east of UTC,
// like Denmark in winter, so that local dates differ from UTC ones late
// in the evening.
var testZone = time.FixedZone("CET", 3600)

// testNow is "now" for the text commands: Wednesday 2026-03-11, 12:00.
var testNow = time.Date(2026, 3, 11, 12, 0, 0, 0, testZone)

func TestMain(m *testing.M) {
	// fang reads the width once, from the terminal when there is one, and
	// lipgloss whether to colour from the process's environment, neither
	// through a hook of ours; set once before any test runs and never
	// changed. The goldens are laid out for 120 columns.
	os.Setenv("__FANG_TEST_WIDTH", "120")
	os.Setenv("NO_COLOR", "1")
	code := m.Run()
	for _, f := range afterAll {
		f()
	}
	os.Exit(code)
}

// afterAll runs once every test is done (the pty tests' binary goes).
var afterAll []func()

// sandbox is one test's world: its own empty data and config folders, an
// English environment and the clock stopped at testNow in testZone. It is
// passed to the commands (env), never set on the process, so tests that
// use one can run in parallel.
type sandbox struct {
	data, cfg string
	vars      map[string]string // the environment; change it before running
	now       time.Time
}

func isolate(t testing.TB) *sandbox {
	t.Helper()
	sb := &sandbox{data: t.TempDir(), cfg: t.TempDir(), now: testNow}
	sb.vars = map[string]string{
		"HOME":            t.TempDir(),
		"XDG_DATA_HOME":   sb.data,
		"XDG_CONFIG_HOME": sb.cfg,
		"LANG":            "en_GB.UTF-8",
		"NO_COLOR":        "1",
	}
	return sb
}

// env is the environment the commands see.
func (sb *sandbox) env() env {
	vars := maps.Clone(sb.vars)
	now := sb.now
	return env{
		now:        func() time.Time { return now },
		getenv:     func(k string) string { return vars[k] },
		dataHome:   vars["XDG_DATA_HOME"],
		configHome: vars["XDG_CONFIG_HOME"],
	}
}

// openJournal opens (creating) the sandbox's journal, for a test to
// write sessions into before a command reads them.
func (sb *sandbox) openJournal(t testing.TB) *journal.Store {
	t.Helper()
	path := sb.env().journalPath()
	must(t, os.MkdirAll(filepath.Dir(path), 0o700))
	s, err := journal.Open(context.Background(), path)
	must(t, err)
	return s
}

// environ is the environment of a child process (the real binary) in
// the sandbox: the test process's, with the sandbox's variables on top.
func (sb *sandbox) environ() []string {
	out := os.Environ()
	for _, k := range []string{"LC_ALL", "LC_MESSAGES"} {
		out = append(out, k+"=")
	}
	for k, v := range sb.vars {
		out = append(out, k+"="+v)
	}
	return out
}

type result struct {
	code           int
	stdout, stderr string
}

func (sb *sandbox) run(t *testing.T, args ...string) result {
	t.Helper()
	return sb.runWithStdin(t, &bytes.Buffer{}, args...)
}

func (sb *sandbox) runWithStdin(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	if args == nil {
		args = []string{} // nil would make cobra read os.Args
	}
	var out, errb bytes.Buffer
	code := run(context.Background(), sb.env(), args, stdin, &out, &errb)
	return result{code, out.String(), errb.String()}
}

func (r result) want(t *testing.T, code int) result {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	return r
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	must(t, os.MkdirAll(filepath.Dir(path), 0o700))
	must(t, os.WriteFile(path, []byte(content), 0o600))
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
