//go:build linux

package faults

import (
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// longRoutine is one hold long enough to suspend and resume inside it.
const longRoutine = `id = "fault-long"
phase = "mobility"
name = { en = "Fault long" }

[[exercise]]
id = "long-hold"
name = { en = "Long hold" }
kind = "hold"
hold = "40s"
drawing = ""
steps = { en = ["Hold still."] }
`

// restored checks what the app wrote after offset at and the terminal's
// mode: out of the alternate screen, cursor shown, cooked.
func (a *app) restored(at int) {
	a.t.Helper()
	a.WaitFor("the alternate screen to be left", func() bool { return strings.Contains(a.Output(at), leaveAltScreen) })
	out := a.Output(at)
	if !strings.Contains(out, leaveAltScreen) || !strings.Contains(out, showCursor) {
		a.t.Errorf("the terminal was not restored; the app wrote at the end %q", out[max(0, len(out)-300):])
	}
	if !a.Cooked() {
		a.t.Error("the terminal was left without echo or line editing")
	}
}

// intoSecondHold runs the fault routine until the first exercise is
// finished and the second one's hold is counting down.
func intoSecondHold(t *testing.T, h *home, a *app) *driver {
	t.Helper()
	d := newDriver(a)
	d.driveUntil("the second hold", func() bool {
		ts := a.Titles()
		return len(ts) > 0 && strings.HasPrefix(ts[len(ts)-1].Text, "Hold two 0:0") &&
			!strings.HasPrefix(ts[len(ts)-1].Text, "Hold two 0:05")
	})
	return d
}

// Issue 13: a hang-up or a terminate signal in the middle of a hold ends
// the session as interrupted with the finished hold saved, restores the
// terminal and exits 0 (DESIGN §8).
func TestHangUpAndTerminate(t *testing.T) {
	t.Parallel()
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			h := newHome(t)
			a := h.start(t, "--routine", h.write(t, "fault.toml", faultRoutine))
			intoSecondHold(t, h, a)
			at := a.Mark()
			a.Signal(sig)
			if code := a.Wait(); code != exitOK {
				t.Errorf("exit status %d after %v, want 0", code, sig)
			}
			a.restored(at)
			checkInterrupted(t, h, "hold-one")
		})
	}
}

// checkInterrupted wants one session, interrupted, with the steps named
// completed and nothing else.
func checkInterrupted(t *testing.T, h *home, completed ...string) {
	t.Helper()
	ss := h.sessions(t)
	if len(ss) != 1 || ss[0].Outcome == nil || *ss[0].Outcome != "interrupted" {
		t.Fatalf("want one interrupted session, the journal has %+v", ss)
	}
	var got []string
	for _, st := range ss[0].Steps {
		if st.Completed {
			got = append(got, st.Exercise)
		}
	}
	if strings.Join(got, ",") != strings.Join(completed, ",") {
		t.Errorf("completed steps %v, want %v", got, completed)
	}
}

// Closing the terminal window: the kernel hangs up the terminal's session.
// The app is the session leader of a terminal of its own here, and the
// test closes the terminal's master side as a terminal emulator would.
func TestClosingTheTerminal(t *testing.T) {
	t.Parallel()
	h := newHome(t)
	a := h.startLeader(t, "--routine", h.write(t, "fault.toml", faultRoutine))
	intoSecondHold(t, h, a)
	_ = a.Ptmx.Close()
	if code := a.Wait(); code != exitOK {
		t.Errorf("exit status %d after the terminal closed, want 0", code)
	}
	checkInterrupted(t, h, "hold-one")
}

// clockOf is the remaining time in the latest title, in seconds, or -1.
func (a *app) clockOf() int {
	ts := a.Titles()
	if len(ts) == 0 {
		return -1
	}
	m := clockInTitle.FindStringSubmatch(ts[len(ts)-1].Text)
	if m == nil {
		return -1
	}
	mins, _ := strconv.Atoi(m[1])
	secs, _ := strconv.Atoi(m[2])
	return mins*60 + secs
}

// ctrl+z then fg in a hold: the terminal is the shell's while stopped,
// raw again after, and the hold is paused with the time it had.
func TestSuspendAndResumeKeepsTheTime(t *testing.T) {
	t.Parallel()
	h := newHome(t)
	a := h.start(t, "--routine", h.write(t, "long.toml", longRoutine))
	d := newDriverFor(a, "Long hold")
	d.driveUntil("the hold", func() bool { c := a.clockOf(); return c > 0 && c <= 38 })

	before := a.clockOf()
	at := a.Mark()
	a.Keys("\x1a") // ctrl+z
	a.WaitFor("ctrl+z to stop the process", func() bool { return a.State() == 'T' })
	a.restored(at)
	stoppedFor := 2 * time.Second
	time.Sleep(stoppedFor) // real time passing is the point here

	at = a.Mark()
	a.Signal(syscall.SIGCONT) // what fg sends
	a.WaitFor("raw mode after fg", a.Raw)
	a.WaitText(at, "Paused")
	if c := a.clockOf(); c < before-1 {
		t.Errorf("the hold ran while stopped: %ds left before ctrl+z, %ds after fg (stopped %v)", before, c, stoppedFor)
	}
	held := a.clockOf()
	time.Sleep(1500 * time.Millisecond)
	if c := a.clockOf(); c != held {
		t.Errorf("the hold ran after fg although paused: %ds, then %ds", held, c)
	}

	a.Keys(" ") // go on
	a.WaitFor("the hold to run again", func() bool { c := a.clockOf(); return c >= 0 && c < held })
	at = a.Mark()
	a.Keys("x")
	a.WaitText(at, "Stopped")
	a.Signal(syscall.SIGTERM)
	if code := a.Wait(); code != exitOK {
		t.Errorf("exit status %d, want 0", code)
	}
}
