package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/adrg/xdg"
)

// The times of the test journal are in a fixed zone an hour east of UTC,
// like Denmark in winter, so that local dates differ from UTC ones late
// in the evening.
var testZone = time.FixedZone("CET", 3600)

// testNow is "now" for the text commands: Wednesday 2026-03-11, 12:00.
var testNow = time.Date(2026, 3, 11, 12, 0, 0, 0, testZone)

func TestMain(m *testing.M) {
	// fang reads the width once, from the terminal when there is one; the
	// goldens are laid out for 120 columns.
	os.Setenv("__FANG_TEST_WIDTH", "120")
	os.Setenv("NO_COLOR", "1")
	time.Local = testZone
	clock = func() time.Time { return testNow }
	code := m.Run()
	for _, f := range afterAll {
		f()
	}
	os.Exit(code)
}

// afterAll runs once every test is done (the pty tests' binary goes).
var afterAll []func()

// isolate gives the test its own empty data and config folders and an
// English environment.
func isolate(t *testing.T) (data, cfg string) {
	t.Helper()
	data, cfg = t.TempDir(), t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_GB.UTF-8")
	t.Setenv("NO_COLOR", "1")
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	return data, cfg
}

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, args ...string) result {
	t.Helper()
	return runWithStdin(t, &bytes.Buffer{}, args...)
}

func runWithStdin(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	if args == nil {
		args = []string{} // nil would make cobra read os.Args
	}
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, stdin, &out, &errb)
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

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
