//go:build unix

package routines

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

// A named pipe in the routines folder once made every command wait for a
// writer that never came.
func TestLoadDirSkipsNamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.toml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("cannot make a named pipe:", err)
	}
	os.WriteFile(filepath.Join(dir, "good.toml"), []byte(doc(exID, exName, exHold, `hold = "20s"`, exSteps)), 0o600)
	rs, err := LoadDir(dir)
	var errs tomlx.Errors
	if len(rs) != 1 || !errors.As(err, &errs) || len(errs) != 1 ||
		errs[0].Error() != fifo+": cannot read the file: it is a named pipe, not a text file; give the path of a .toml file" {
		t.Errorf("got %d routines and %v", len(rs), err)
	}
	var pe *fs.PathError
	if _, err := Load(fifo); !errors.As(err, &pe) || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("Load of a named pipe: %v", err)
	}
}
