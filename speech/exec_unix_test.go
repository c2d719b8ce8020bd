//go:build unix

package speech

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Kill stops a program and everything it started: a shell's child that
// holds a FIFO open closes it only by dying, so the read below ends only
// if the whole process group was killed (it would hang otherwise).
func TestKillStopsTheProgramAndItsChildren(t *testing.T) {
	t.Parallel()
	need(t, "sh", "sleep")
	fifo := filepath.Join(t.TempDir(), "child")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	p, err := execStarter{}.Start([]string{"sh", "-c", `sleep 1000 > "$1" & wait`, "sh", fifo})
	if err != nil {
		t.Fatal(err)
	}
	child, err := os.Open(fifo) // returns once sleep has opened it
	if err != nil {
		t.Fatal(err)
	}
	defer child.Close()
	p.Kill()
	if err := p.Wait(); err == nil {
		t.Fatal("a killed program reported success")
	}
	if _, err := io.ReadAll(child); err != nil {
		t.Fatal(err)
	}
	p.Kill() // after the reap: must do nothing
}
