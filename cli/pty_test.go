//go:build linux

package cli

import (
	"bytes"
	"encoding/json"
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

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// These tests run the real binary in a pseudo-terminal, as a shell would:
// in a process group of its own, its parent (the test) in the same
// session, so that it can be stopped and continued.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds rygtimer once for all the pty tests.
func binary(t *testing.T) string {
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
		afterAll = append(afterAll, func() { _ = os.RemoveAll(dir) })
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

// ptyApp is the running binary and everything it has written.
type ptyApp struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File
	tty  *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	exit chan error
}

func startApp(t *testing.T, sb *sandbox, args ...string) *ptyApp {
	t.Helper()
	bin := binary(t)
	ptmx, tty, err := pty.Open()
	must(t, err)
	must(t, pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 80}))
	a := &ptyApp{t: t, ptmx: ptmx, tty: tty, exit: make(chan error, 1)}
	a.cmd = exec.Command(bin, args...)
	a.cmd.Stdin, a.cmd.Stdout, a.cmd.Stderr = tty, tty, tty
	a.cmd.Env = append(sb.environ(), "TERM=xterm-256color")
	a.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	must(t, a.cmd.Start())
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			a.mu.Lock()
			a.out.Write(buf[:n])
			a.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { a.exit <- a.cmd.Wait() }()
	t.Cleanup(func() {
		_ = a.cmd.Process.Kill()
		_ = ptmx.Close()
		_ = tty.Close()
	})
	return a
}

// output is everything written so far, from offset on.
func (a *ptyApp) output(from int) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.out.String()[min(from, a.out.Len()):]
}

func (a *ptyApp) mark() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.out.Len()
}

// waitFor polls until cond holds. The limit only keeps a broken build
// from hanging the suite; no test depends on how fast anything is.
func (a *ptyApp) waitFor(what string, cond func() bool) {
	a.t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	a.t.Fatalf("waited in vain for %s; the app wrote:\n%q", what, a.output(max(0, a.mark()-3000)))
}

func (a *ptyApp) waitText(from int, s string) {
	a.t.Helper()
	a.waitFor(s, func() bool { return strings.Contains(a.output(from), s) })
}

func (a *ptyApp) keys(s string) {
	a.t.Helper()
	_, err := a.ptmx.WriteString(s)
	must(a.t, err)
}

// state is the process state from /proc: 'T' when stopped.
func (a *ptyApp) state() byte {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(a.cmd.Process.Pid), "stat"))
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

// cooked reports whether the terminal echoes and reads whole lines.
func (a *ptyApp) cooked() bool {
	tio, err := unix.IoctlGetTermios(int(a.tty.Fd()), unix.TCGETS)
	return err == nil && tio.Lflag&unix.ECHO != 0 && tio.Lflag&unix.ICANON != 0
}

func (a *ptyApp) raw() bool {
	tio, err := unix.IoctlGetTermios(int(a.tty.Fd()), unix.TCGETS)
	return err == nil && tio.Lflag&(unix.ECHO|unix.ICANON) == 0
}

func (a *ptyApp) wait() int {
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

// intoFirstIntro goes from the precautions of a new journal through the
// check-in to the first exercise's intro screen.
func (a *ptyApp) intoFirstIntro() {
	a.t.Helper()
	a.waitText(0, "Press enter when you have read this")
	at := a.mark()
	a.keys("\r")
	a.waitText(at, "How is your back")
	at = a.mark()
	a.keys("3\r")
	a.waitText(at, "into the foot")
	at = a.mark()
	a.keys("\r")
	a.waitText(at, "Do you have any of these")
	at = a.mark()
	a.keys("n")
	a.waitText(at, "Pelvic")
}

const (
	leaveAltScreen = "\x1b[?1049l"
	showCursor     = "\x1b[?25h"
)

// Issue 12.9: ctrl+z and SIGTSTP restore the terminal before the process
// stops; after SIGCONT (fg) it is raw again, redrawn, and keys work
// without enter.
func TestSuspendAndResume(t *testing.T) {
	sb := isolate(t)
	a := startApp(t, sb, "--phase", "mobility")
	a.intoFirstIntro()
	if !a.raw() {
		t.Fatal("the app runs without raw mode")
	}

	for _, how := range []string{"ctrl+z", "SIGTSTP"} {
		at := a.mark()
		if how == "ctrl+z" {
			a.keys("\x1a")
		} else {
			must(t, syscall.Kill(a.cmd.Process.Pid, syscall.SIGTSTP))
		}
		a.waitFor(how+" to stop the process", func() bool { return a.state() == 'T' })
		if !a.cooked() {
			t.Errorf("%s: stopped with the terminal still raw", how)
		}
		// What it wrote before stopping may still be on its way here.
		a.waitText(at, leaveAltScreen)
		a.waitText(at, showCursor)

		at = a.mark()
		must(t, syscall.Kill(a.cmd.Process.Pid, syscall.SIGCONT))
		a.waitFor(how+": raw mode after fg", a.raw)
		a.waitText(at, "Pelvic") // redrawn
	}

	// A key works at once, without enter: x stops the session.
	at := a.mark()
	a.keys("x")
	a.waitText(at, "Stopped")
	must(t, syscall.Kill(a.cmd.Process.Pid, syscall.SIGTERM))
	if code := a.wait(); code != exitOK {
		t.Errorf("exit status %d after SIGTERM, want 0", code)
	}
}

// Issue 12.10: SIGQUIT ends the app like SIGTERM: the terminal restored,
// the running session saved as interrupted, exit status 0 (DESIGN §8);
// not Go's goroutine dump with status 2.
func TestSIGQUIT(t *testing.T) {
	sb := isolate(t)
	a := startApp(t, sb, "--phase", "mobility")
	a.intoFirstIntro()
	a.keys("\r") // start the exercise: the session is open
	a.waitText(0, "Get ready")
	at := a.mark()
	must(t, syscall.Kill(a.cmd.Process.Pid, syscall.SIGQUIT))
	if code := a.wait(); code != exitOK {
		t.Errorf("exit status %d after SIGQUIT, want 0", code)
	}
	if out := a.output(at); !strings.Contains(out, leaveAltScreen) || !strings.Contains(out, showCursor) {
		t.Errorf("the terminal was not restored: %q", out)
	}
	if !a.cooked() {
		t.Error("the terminal was left raw")
	}

	var ss []struct{ Outcome *string }
	must(t, json.Unmarshal([]byte(sb.run(t, "export", "--format", "json").want(t, exitOK).stdout), &ss))
	if len(ss) != 1 || ss[0].Outcome == nil || *ss[0].Outcome != "interrupted" {
		t.Errorf("the session is not saved as interrupted: %+v", ss)
	}
}
