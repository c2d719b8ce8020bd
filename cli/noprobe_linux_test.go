//go:build linux

package cli

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/rygtimer/rygtimer/internal/ptytest"
)

// Lip Gloss's terminal probe at init (`tmux info` when stdout is a
// terminal in tmux, 20–150 ms) is cut short by package noprobe, which
// works only if its init runs before lipgloss's: checked in the built
// binary with Go's init trace.
func TestNoProbeBeforeLipgloss(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	cmd := exec.Command(ptytest.Binary(t), "status")
	cmd.Env = append(sb.environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("status: %v\n%s", err, stderr.String())
	}
	order := map[string]int{}
	for i, line := range strings.Split(stderr.String(), "\n") {
		for _, pkg := range []string{"github.com/rygtimer/rygtimer/internal/noprobe", "charm.land/lipgloss/v2"} {
			if strings.HasPrefix(line, "init "+pkg+" @") {
				order[pkg] = i + 1
			}
		}
	}
	np, lg := order["github.com/rygtimer/rygtimer/internal/noprobe"], order["charm.land/lipgloss/v2"]
	if np == 0 || lg == 0 || np > lg {
		t.Errorf("noprobe initialised at line %d, lipgloss at %d of the init trace: want noprobe first", np, lg)
	}
}
