//go:build unix

package cli

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/sys/unix"
)

// jobControl sends ctrl+z and SIGTSTP through Bubble Tea's suspend path,
// which restores the terminal (cooked mode, main screen, cursor) before
// the process stops and, after `fg`, makes it raw again and redraws it.
// A SIGTSTP left to its default action would stop the process with the
// terminal still raw and the screen stale after `fg`.
type jobControl struct {
	tstp chan os.Signal
	// off: SIGTSTP was ignored when rygtimer started (no job control);
	// suspending is refused rather than waiting for a SIGCONT that never
	// comes.
	off bool
	// suspending is set from the SuspendMsg until the ResumeMsg.
	suspending atomic.Bool
}

func newJobControl() *jobControl {
	return &jobControl{tstp: make(chan os.Signal, 1), off: signal.Ignored(syscall.SIGTSTP)}
}

// ctrlZ is the key a terminal in raw mode sends instead of SIGTSTP.
var ctrlZ = tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}

// start turns a SIGTSTP from outside (kill -TSTP, a shell) into ctrl+z,
// so both take the same path. Bubble Tea suspends with a SIGTSTP of its
// own to the process group; once Go has caught SIGTSTP it never takes
// its default action again (not even after signal.Stop), so that one
// is answered here with SIGSTOP, which stops the group as SIGTSTP would
// have, and the shell reports the job stopped. stop ends the watch once
// the program has returned.
func (j *jobControl) start(p *tea.Program) (stop func()) {
	if j.off {
		return func() {}
	}
	signal.Notify(j.tstp, syscall.SIGTSTP)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-j.tstp:
				if j.suspending.Load() {
					_ = syscall.Kill(0, syscall.SIGSTOP)
					continue
				}
				p.Send(ctrlZ)
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(j.tstp)
		close(done)
	}
}

// filter runs on the program's event loop, before Update, in order.
func (j *jobControl) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case tea.SuspendMsg:
		return j.suspend(msg)
	case tea.ResumeMsg:
		j.suspending.Store(false)
	}
	return msg
}

// suspend lets a SuspendMsg through when the process can be stopped and
// resumed, and notes that a SIGTSTP is Bubble Tea's own from now on.
func (j *jobControl) suspend(msg tea.SuspendMsg) tea.Msg {
	if j.off || !stoppable() {
		return nil
	}
	j.suspending.Store(true)
	return msg
}

// stoppable reports whether a stopped rygtimer could be resumed: a shell
// is its parent, in the same session but another process group. In an
// orphaned process group (rygtimer started as a terminal's own command,
// or under setsid) the kernel discards SIGTSTP and nothing would ever
// send the SIGCONT Bubble Tea waits for.
func stoppable() bool {
	ppid := os.Getppid()
	sid, err1 := unix.Getsid(0)
	psid, err2 := unix.Getsid(ppid)
	ppgid, err3 := unix.Getpgid(ppid)
	return err1 == nil && err2 == nil && err3 == nil && sid == psid && unix.Getpgrp() != ppgid
}
