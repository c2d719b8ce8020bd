//go:build linux

// Package ptytest runs the real rygtimer binary in a pseudo-terminal for
// the tests that drive it as a patient's terminal would (cli's and
// faults'): the binary built once per test run, the process started in a
// pty as a shell starts it, everything it writes kept, read back as raw
// output, as visible text or as the window titles it set, and waited on.
// Only tests import it.
package ptytest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// Binary builds rygtimer once for every test of the run (skipping the
// test when there is no go command); RemoveBinary removes it after them.
func Binary(t testing.TB) string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build the binary with")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "rygtimer-pty")
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

// RemoveBinary removes what Binary built; a TestMain calls it after the
// tests.
func RemoveBinary() {
	if binPath != "" {
		_ = os.RemoveAll(filepath.Dir(binPath))
	}
}

// Title is one window title the app set, and when it arrived.
type Title struct {
	Text string
	At   time.Time
}

// App is the binary running in a pseudo-terminal and everything it has
// written. Cmd, Ptmx (the terminal's side) and Tty (the app's side) are
// there for what a test does to them directly: signals, closing the
// window, reading the terminal's modes.
type App struct {
	Cmd  *exec.Cmd
	Ptmx *os.File
	Tty  *os.File

	t     testing.TB
	mu    sync.Mutex
	raw   bytes.Buffer
	last  time.Time // when the app last wrote
	scan  int       // how far titles have been parsed
	title []Title
	exit  chan error
}

// Options say how to start the app: its environment, the terminal's
// size, and the process attributes (nil: a process group of its own, as
// a shell starts a job).
type Options struct {
	Env        []string
	Cols, Rows uint16
	Attr       *syscall.SysProcAttr
}

// Start runs bin with args in a new pseudo-terminal; the test's cleanup
// kills it and closes the terminal.
func Start(t testing.TB, bin string, o Options, args ...string) *App {
	t.Helper()
	ptmx, tty, err := pty.Open()
	Must(t, err)
	Must(t, pty.Setsize(ptmx, &pty.Winsize{Rows: o.Rows, Cols: o.Cols}))
	a := &App{t: t, Ptmx: ptmx, Tty: tty, exit: make(chan error, 1), last: time.Now()}
	a.Cmd = exec.Command(bin, args...)
	a.Cmd.Stdin, a.Cmd.Stdout, a.Cmd.Stderr = tty, tty, tty
	a.Cmd.Env = o.Env
	a.Cmd.SysProcAttr = o.Attr
	if a.Cmd.SysProcAttr == nil {
		a.Cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	}
	Must(t, a.Cmd.Start())
	go a.read()
	go func() { a.exit <- a.Cmd.Wait() }()
	t.Cleanup(func() {
		_ = a.Cmd.Process.Kill()
		_ = ptmx.Close()
		_ = tty.Close()
	})
	return a
}

func (a *App) read() {
	buf := make([]byte, 8192)
	for {
		n, err := a.Ptmx.Read(buf)
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
func (a *App) parseTitles(now time.Time) {
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
			a.title = append(a.title, Title{Text: v, At: now})
		}
		a.scan += i + 2 + end + 1
	}
}

// Titles is every window title so far.
func (a *App) Titles() []Title {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Title(nil), a.title...)
}

// Mark is how much the app has written so far.
func (a *App) Mark() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.raw.Len()
}

// Output is what the app wrote from offset on, as sent.
func (a *App) Output(from int) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.raw.String()[min(from, a.raw.Len()):]
}

// Text is the visible text written from offset on, without styles or
// spaces: the renderer moves the cursor instead of writing spaces, so a
// sentence is found by its letters alone.
func (a *App) Text(from int) string { return Squeeze(ansi.Strip(a.Output(from))) }

// Squeeze drops the spaces and line breaks of s.
func Squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// QuietFor reports whether the app has written nothing for d.
func (a *App) QuietFor(d time.Duration) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return time.Since(a.last) >= d
}

// WaitFor polls until cond holds. The limit only keeps a broken build
// from hanging the suite; nothing depends on how fast the app is.
func (a *App) WaitFor(what string, cond func() bool) {
	a.t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	a.t.Fatalf("waited in vain for %s; the app wrote at the end:\n%q", what, a.Text(max(0, a.Mark()-3000)))
}

// WaitText waits for s (its letters, see Text) among what is visible
// from offset on.
func (a *App) WaitText(from int, s string) {
	a.t.Helper()
	want := Squeeze(s)
	a.WaitFor(s, func() bool { return strings.Contains(a.Text(from), want) })
}

// WaitOutput waits for s, as sent (an escape sequence, say), in the
// output from offset on.
func (a *App) WaitOutput(from int, s string) {
	a.t.Helper()
	a.WaitFor(strconv.Quote(s), func() bool { return strings.Contains(a.Output(from), s) })
}

// Keys types s on the terminal.
func (a *App) Keys(s string) {
	a.t.Helper()
	_, err := a.Ptmx.WriteString(s)
	Must(a.t, err)
}

// Signal sends sig to the app.
func (a *App) Signal(sig syscall.Signal) {
	a.t.Helper()
	Must(a.t, syscall.Kill(a.Cmd.Process.Pid, sig))
}

// Wait waits for the app to end and returns its exit status (-1 when a
// signal ended it).
func (a *App) Wait() int {
	a.t.Helper()
	var err error
	a.WaitFor("the app to end", func() bool {
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
	Must(a.t, err)
	return 0
}

// State is the process state from /proc: 'T' when stopped, 0 when it
// cannot be read.
func (a *App) State() byte {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(a.Cmd.Process.Pid), "stat"))
	if err != nil {
		return 0
	}
	// pid (comm) state …; comm may hold spaces, so look after the ')'.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 || i+2 >= len(b) {
		return 0
	}
	return b[i+2]
}

// Cooked reports whether the terminal echoes and reads whole lines, as
// a shell leaves it.
func (a *App) Cooked() bool {
	tio, err := unix.IoctlGetTermios(int(a.Tty.Fd()), unix.TCGETS)
	return err == nil && tio.Lflag&unix.ECHO != 0 && tio.Lflag&unix.ICANON != 0
}

// Raw reports whether the terminal neither echoes nor waits for a line.
func (a *App) Raw() bool {
	tio, err := unix.IoctlGetTermios(int(a.Tty.Fd()), unix.TCGETS)
	return err == nil && tio.Lflag&(unix.ECHO|unix.ICANON) == 0
}

// Must fails the test on an error.
func Must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
