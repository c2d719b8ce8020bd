//go:build linux

package faults

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/rygtimer/rygtimer/internal/ptytest"
)

// Exit statuses of DESIGN §8.
const (
	exitOK      = 0
	exitFailure = 1
	exitBadUse  = 2
)

const (
	leaveAltScreen = "\x1b[?1049l"
	showCursor     = "\x1b[?25h"
)

// TestMain removes the binary built for the run.
func TestMain(m *testing.M) {
	code := m.Run()
	ptytest.RemoveBinary()
	os.Exit(code)
}

// binary builds rygtimer once for every test of the run.
func binary(t testing.TB) string {
	t.Helper()
	// A minute of real sessions: CI (.ci/run) and scripts/faults.sh run
	// them; a plain `go test ./...` while working stays quick.
	if os.Getenv("RYGTIMER_FAULT_TESTS") != "1" {
		t.Skip("fault tests of the real binary take about a minute; RYGTIMER_FAULT_TESTS=1 runs them (.ci/run and scripts/faults.sh do)")
	}
	return ptytest.Binary(t)
}

// home is a fresh user: its own data and config folders, so every test
// starts with an empty journal and no settings.
type home struct {
	dir, data, config string
}

func newHome(t testing.TB) *home {
	t.Helper()
	dir := t.TempDir()
	h := &home{dir: dir, data: filepath.Join(dir, "data"), config: filepath.Join(dir, "config")}
	return h
}

// journalPath is where rygtimer keeps the journal for this home.
func (h *home) journalPath() string { return filepath.Join(h.data, "rygtimer", "journal.db") }

func (h *home) environ() []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + h.dir,
		"XDG_DATA_HOME=" + h.data,
		"XDG_CONFIG_HOME=" + h.config,
		"TERM=xterm-256color",
		"LANG=C.UTF-8",
	}
}

// write puts a file in the home and returns its path.
func (h *home) write(t testing.TB, name, content string) string {
	t.Helper()
	p := filepath.Join(h.dir, name)
	must(t, os.MkdirAll(filepath.Dir(p), 0o700))
	must(t, os.WriteFile(p, []byte(content), 0o600))
	return p
}

// result is a finished command-line run.
type result struct {
	code           int
	stdout, stderr string
}

// run runs a command of the binary without a terminal.
func (h *home) run(t testing.TB, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Env = h.environ()
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errOut.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("running %v: %v", args, err)
	}
	return r
}

// app is the binary running in a 100×30 pseudo-terminal (see
// internal/ptytest, shared with cli's pty tests).
type app struct {
	*ptytest.App
	t testing.TB
}

// start starts the app in a process group of its own, as a shell would.
func (h *home) start(t testing.TB, args ...string) *app {
	t.Helper()
	return h.startWith(t, nil, args...)
}

// startLeader starts the app as the leader of a session whose controlling
// terminal is the pty, as a terminal window starts a shell: closing the
// master side then hangs it up.
func (h *home) startLeader(t testing.TB, args ...string) *app {
	t.Helper()
	return h.startWith(t, &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}, args...)
}

func (h *home) startWith(t testing.TB, attr *syscall.SysProcAttr, args ...string) *app {
	t.Helper()
	o := ptytest.Options{Env: h.environ(), Cols: 100, Rows: 30, Attr: attr}
	return &app{App: ptytest.Start(t, binary(t), o, args...), t: t}
}

// squeeze is the visible text's form of s (see ptytest.App.Text).
func squeeze(s string) string { return ptytest.Squeeze(s) }

func must(t testing.TB, err error) { t.Helper(); ptytest.Must(t, err) }
