//go:build linux

package faults

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
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

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// TestMain removes the binary built for the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		_ = os.RemoveAll(filepath.Dir(binPath))
	}
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
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build the binary with")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "rygtimer-faults")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "rygtimer")
		out, err := exec.Command("go", "build", "-o", binPath, "github.com/rygtimer/rygtimer").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building rygtimer: %v", buildErr)
	}
	return binPath
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

// title is one window title the app set, and when it arrived.
type title struct {
	text string
	at   time.Time
}

// app is the binary running in a pseudo-terminal, in a process group of
// its own as a shell would start it, and everything it has written.
type app struct {
	t     testing.TB
	cmd   *exec.Cmd
	ptmx  *os.File
	tty   *os.File
	mu    sync.Mutex
	raw   bytes.Buffer
	last  time.Time // when the app last wrote
	scan  int       // how far titles have been parsed
	title []title
	exit  chan error
}

func (h *home) start(t testing.TB, args ...string) *app {
	t.Helper()
	return h.startWith(t, &syscall.SysProcAttr{Setpgid: true}, args...)
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
	ptmx, tty, err := pty.Open()
	must(t, err)
	must(t, pty.Setsize(ptmx, &pty.Winsize{Rows: 30, Cols: 100}))
	a := &app{t: t, ptmx: ptmx, tty: tty, exit: make(chan error, 1), last: time.Now()}
	a.cmd = exec.Command(binary(t), args...)
	a.cmd.Stdin, a.cmd.Stdout, a.cmd.Stderr = tty, tty, tty
	a.cmd.Env = h.environ()
	a.cmd.SysProcAttr = attr
	must(t, a.cmd.Start())
	go a.read()
	go func() { a.exit <- a.cmd.Wait() }()
	t.Cleanup(func() {
		_ = a.cmd.Process.Kill()
		_ = ptmx.Close()
		_ = tty.Close()
	})
	return a
}

func (a *app) read() {
	buf := make([]byte, 8192)
	for {
		n, err := a.ptmx.Read(buf)
		now := time.Now()
		a.mu.Lock()
		a.raw.Write(buf[:n])
		if n > 0 {
			a.last = now
		}
		a.parseTitles(now)
		a.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// parseTitles records every complete OSC 0 or 2 (window title) sequence.
// Titles are written whole, unlike the screen, which the renderer updates
// cell by cell, so they are the reliable record of where a session is.
func (a *app) parseTitles(now time.Time) {
	b := a.raw.Bytes()
	for {
		rest := b[a.scan:]
		i := bytes.Index(rest, []byte("\x1b]"))
		if i < 0 {
			a.scan = max(a.scan, len(b)-1)
			return
		}
		body := rest[i+2:]
		end := bytes.IndexAny(body, "\x07\x1b")
		if end < 0 || (body[end] == 0x1b && end+1 >= len(body)) {
			a.scan += i // incomplete: parse again when more arrives
			return
		}
		seq := string(body[:end])
		if k, v, ok := strings.Cut(seq, ";"); ok && (k == "0" || k == "2") {
			a.title = append(a.title, title{text: v, at: now})
		}
		a.scan += i + 2 + end + 1
	}
}

// titles is every window title so far.
func (a *app) titles() []title {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]title(nil), a.title...)
}

// mark is how much the app has written so far.
func (a *app) mark() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.raw.Len()
}

// output is what the app wrote from offset on, as sent.
func (a *app) output(from int) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.raw.String()[min(from, a.raw.Len()):]
}

// text is the visible text written from offset on, without styles or
// spaces: the renderer moves the cursor instead of writing spaces, so a
// sentence is found by its letters alone.
func (a *app) text(from int) string { return squeeze(ansi.Strip(a.output(from))) }

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// quietFor reports whether the app has written nothing for d.
func (a *app) quietFor(d time.Duration) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return time.Since(a.last) >= d
}

// waitFor polls until cond holds. The limit only keeps a broken build
// from hanging the suite; nothing depends on how fast the app is.
func (a *app) waitFor(what string, cond func() bool) {
	a.t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	a.t.Fatalf("waited in vain for %s; the app wrote at the end:\n%q", what, a.text(max(0, a.mark()-3000)))
}

func (a *app) waitText(from int, s string) {
	a.t.Helper()
	want := squeeze(s)
	a.waitFor(s, func() bool { return strings.Contains(a.text(from), want) })
}

func (a *app) keys(s string) {
	a.t.Helper()
	_, err := a.ptmx.WriteString(s)
	must(a.t, err)
}

func (a *app) signal(sig syscall.Signal) {
	a.t.Helper()
	must(a.t, syscall.Kill(a.cmd.Process.Pid, sig))
}

// wait waits for the app to end and returns its exit status (-1 when a
// signal ended it).
func (a *app) wait() int {
	a.t.Helper()
	var err error
	a.waitFor("the app to end", func() bool {
		select {
		case err = <-a.exit:
			return true
		default:
			return false
		}
	})
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	must(a.t, err)
	return 0
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
