package main

import (
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"
)

// settings are the knobs of one benchmark, from the flags.
type settings struct {
	binary     string
	hold       time.Duration
	runs       int
	cols, rows int
	trace      io.Writer // -trace: every chunk the app writes, for debugging markers
	plainOnly  bool      // -plain: only the plain hold, to try a build or a setting
}

// holdRun is what one run of the app through one hold measured.
type holdRun struct {
	firstByte  time.Duration // exec to the first byte on the tty
	firstFrame time.Duration // exec to the first visible text
	holdCPU    time.Duration // user+sys between the hold's first frame and the screen after it
	holdBytes  int64         // bytes written to the tty from the hold's first frame to its last
	endLate    time.Duration // hold end as seen, minus (hold start as seen + hold + time paused)
	paused     time.Duration // total time between each pause key and its resume key
	peakRSS    int64         // rusage maxrss after exit, bytes
	journalHWM int64         // VmHWM on the summary screen (journal open), bytes
	totalCPU   time.Duration // user+sys over the whole run, from rusage
}

// runHold runs the app through one hold; with pauses > 0 it presses space
// 2×pauses times inside the hold, half of the hold's running time before the
// first pause and between pauses.
func runHold(s settings, box *sandbox, pauses int) (holdRun, error) {
	var r holdRun
	t, err := startTerminal(s.cols, s.rows, box.env, s.trace, s.binary, "--lang", "en", "--routine", box.routine)
	if err != nil {
		return r, err
	}
	defer t.close()

	start, err := toHold(t, 60*time.Second)
	if err != nil {
		return r, fmt.Errorf("to the hold: %w", err)
	}
	cpu0, err := procCPU(t.pid())
	if err != nil {
		return r, err
	}
	t.mark()
	if pauses > 0 {
		if r.paused, err = pauseStorm(t, s.hold, pauses); err != nil {
			return r, err
		}
	}
	_, end, err := t.waitAny(s.hold+r.paused+60*time.Second, markerHoldEnded)
	if err != nil {
		return r, fmt.Errorf("end of the hold: %w", err)
	}
	cpu1, err := procCPU(t.pid())
	if err != nil {
		return r, err
	}
	r.firstByte, r.firstFrame = t.firstByte.Sub(t.started), t.firstFrame.Sub(t.started)
	// From the hold's first frame (with the big digits) to its last, not
	// the screen after it.
	r.holdCPU, r.holdBytes = cpu1-cpu0, end.before-start.before
	r.endLate = end.at.Sub(start.at) - s.hold - r.paused
	if r.journalHWM, err = finish(t, 30*time.Second); err != nil {
		return r, fmt.Errorf("after the hold: %w", err)
	}
	usage, _, err := t.wait(30 * time.Second)
	if err != nil {
		return r, err
	}
	r.peakRSS = usage.Maxrss * 1024 // kilobytes on Linux
	r.totalCPU = time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
	return r, nil
}

// pauseStorm presses space to pause and again to resume, pauses times, and
// returns the total time paused as the harness typed it. Each pause is
// short; the running stretches between them use half of the hold.
func pauseStorm(t *terminal, hold time.Duration, pauses int) (time.Duration, error) {
	running := hold / time.Duration(2*pauses)
	pause := min(100*time.Millisecond, running)
	var paused time.Duration
	for range pauses {
		time.Sleep(running)
		t.drain()
		if err := t.send(" "); err != nil {
			return paused, err
		}
		pausedAt := time.Now()
		time.Sleep(pause)
		t.drain()
		if err := t.send(" "); err != nil {
			return paused, err
		}
		paused += time.Since(pausedAt)
	}
	return paused, nil
}

// runSleep runs `sleep` for the hold in a pty of the same kind, for a floor
// of how late this machine ends anything: its end is the moment its tty
// closes.
func runSleep(s settings) (time.Duration, error) {
	seconds := fmt.Sprintf("%g", s.hold.Seconds())
	t, err := startTerminal(s.cols, s.rows, nil, nil, "sleep", seconds)
	if err != nil {
		return 0, err
	}
	defer t.close()
	if _, _, err := t.wait(s.hold + 60*time.Second); err != nil {
		return 0, err
	}
	return t.closedAt.Sub(t.started) - s.hold, nil
}

// errNoStatus says the binary has no `status` subcommand yet.
var errNoStatus = errors.New("no status command")

// runStatus times one `rygtimer status` (not in a pty: it prints a line and
// exits) against the sandbox's journal.
func runStatus(s settings, box *sandbox) (time.Duration, error) {
	cmd := exec.Command(s.binary, "--lang", "en", "status")
	cmd.Env = box.env
	started := time.Now()
	out, err := cmd.CombinedOutput()
	took := time.Since(started)
	if err != nil {
		if strings.Contains(string(out), `unknown command "status"`) {
			return 0, errNoStatus
		}
		return 0, fmt.Errorf("rygtimer status: %w: %s", err, out)
	}
	return took, nil
}
