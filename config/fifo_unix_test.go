//go:build unix

package config

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe as config.toml once made every command wait for a writer.
func TestLoadRefusesNamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "config.toml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("cannot make a named pipe:", err)
	}
	var pe *fs.PathError
	if _, err := Load(fifo); !errors.As(err, &pe) || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("Load of a named pipe: %v", err)
	}
}
