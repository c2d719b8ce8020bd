//go:build !unix

package speech

import "os/exec"

func ownProcessGroup(*exec.Cmd) {}

func killTree(cmd *exec.Cmd) { _ = cmd.Process.Kill() }
