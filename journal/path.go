package journal

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"

	"github.com/adrg/xdg"
)

// DefaultPath returns $XDG_DATA_HOME/rygtimer/journal.db (on Linux
// ~/.local/share/rygtimer/journal.db when unset), creating the rygtimer
// folder with mode 0700 when it is missing. An existing folder keeps the
// mode it has: a user who made it read-only meant it.
func DefaultPath() (string, error) {
	dir := filepath.Join(xdg.DataHome, "rygtimer")
	if err := ensureDir(dir); err != nil {
		return "", unavailable(filepath.Join(dir, "journal.db"), err)
	}
	return filepath.Join(dir, "journal.db"), nil
}

// ensureDir creates dir (and its parents) when missing, mode 0700 whatever
// the umask. An existing folder is left as it is: it may be shared, like
// a custom path in /tmp.
func ensureDir(dir string) error {
	fi, err := os.Stat(dir)
	if err == nil {
		if !fi.IsDir() {
			return &os.PathError{Op: "open", Path: dir, Err: syscall.ENOTDIR}
		}
		return nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return os.Chmod(dir, 0o700)
}
