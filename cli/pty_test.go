//go:build linux

package cli

import (
	"encoding/json"
	"strings"
	"syscall"
	"testing"

	"github.com/rygtimer/rygtimer/internal/ptytest"
)

// These tests run the real binary in a pseudo-terminal, as a shell would:
// in a process group of its own, its parent (the test) in the same
// session, so that it can be stopped and continued. The harness is
// internal/ptytest, shared with the fault tests.

func init() { afterAll = append(afterAll, ptytest.RemoveBinary) }

// ptyApp is the binary running in an 80×24 pty, in the sandbox's world.
type ptyApp struct {
	*ptytest.App
	t testing.TB
}

func startApp(t *testing.T, sb *sandbox, args ...string) *ptyApp {
	t.Helper()
	o := ptytest.Options{Env: append(sb.environ(), "TERM=xterm-256color"), Cols: 80, Rows: 24}
	return &ptyApp{App: ptytest.Start(t, ptytest.Binary(t), o, args...), t: t}
}

// intoFirstIntro goes from the precautions of a new journal through the
// check-in to the first exercise's intro screen.
func (a *ptyApp) intoFirstIntro() {
	a.t.Helper()
	a.WaitText(0, "Press enter when you have read this")
	at := a.Mark()
	a.Keys("\r")
	a.WaitText(at, "How is your back")
	at = a.Mark()
	a.Keys("3\r")
	a.WaitText(at, "into the foot")
	at = a.Mark()
	a.Keys("\r")
	a.WaitText(at, "Do you have any of these")
	at = a.Mark()
	a.Keys("n")
	a.WaitText(at, "Pelvic")
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
	if !a.Raw() {
		t.Fatal("the app runs without raw mode")
	}

	for _, how := range []string{"ctrl+z", "SIGTSTP"} {
		at := a.Mark()
		if how == "ctrl+z" {
			a.Keys("\x1a")
		} else {
			must(t, syscall.Kill(a.Cmd.Process.Pid, syscall.SIGTSTP))
		}
		a.WaitFor(how+" to stop the process", func() bool { return a.State() == 'T' })
		if !a.Cooked() {
			t.Errorf("%s: stopped with the terminal still raw", how)
		}
		// What it wrote before stopping may still be on its way here.
		a.WaitOutput(at, leaveAltScreen)
		a.WaitOutput(at, showCursor)

		at = a.Mark()
		must(t, syscall.Kill(a.Cmd.Process.Pid, syscall.SIGCONT))
		a.WaitFor(how+": raw mode after fg", a.Raw)
		a.WaitText(at, "Pelvic") // redrawn
	}

	// A key works at once, without enter: x stops the session.
	at := a.Mark()
	a.Keys("x")
	a.WaitText(at, "Stopped")
	must(t, syscall.Kill(a.Cmd.Process.Pid, syscall.SIGTERM))
	if code := a.Wait(); code != exitOK {
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
	a.Keys("\r") // start the exercise: the session is open
	a.WaitText(0, "Get ready")
	at := a.Mark()
	must(t, syscall.Kill(a.Cmd.Process.Pid, syscall.SIGQUIT))
	if code := a.Wait(); code != exitOK {
		t.Errorf("exit status %d after SIGQUIT, want 0", code)
	}
	if out := a.Output(at); !strings.Contains(out, leaveAltScreen) || !strings.Contains(out, showCursor) {
		t.Errorf("the terminal was not restored: %q", out)
	}
	if !a.Cooked() {
		t.Error("the terminal was left raw")
	}

	var ss []struct{ Outcome *string }
	must(t, json.Unmarshal([]byte(sb.run(t, "export", "--format", "json").want(t, exitOK).stdout), &ss))
	if len(ss) != 1 || ss[0].Outcome == nil || *ss[0].Outcome != "interrupted" {
		t.Errorf("the session is not saved as interrupted: %+v", ss)
	}
}
