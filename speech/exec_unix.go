//go:build unix

package speech

import (
	"os/exec"
	"syscall"
)

// ownProcessGroup starts the program in a process group of its own, so
// stopping it also stops what it started: a configured command such as
// ["sh", "-c", "espeak-ng --stdout \"$1\" | aplay", "-", "{text}"] would
// otherwise keep talking after its shell is gone.
func ownProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// killTree kills the program's whole process group. The caller has checked
// that the leader is not reaped yet, so the group id is still ours.
func killTree(cmd *exec.Cmd) {
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil {
		_ = cmd.Process.Kill()
	}
}
