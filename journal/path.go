package journal

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"syscall"

	"github.com/adrg/xdg"
)

// DefaultPath returns $XDG_DATA_HOME/rygtimer/journal.db (on Linux
// ~/.local/share/rygtimer/journal.db when unset), creating the rygtimer
// folder with mode 0700 when it is missing. An existing folder keeps the
// mode it has: a user who made it read-only meant it.
func DefaultPath() (string, error) {
	dir := filepath.Join(xdg.DataHome, "rygtimer")
	if noHome() {
		return "", unavailable(filepath.Join(dir, "journal.db"), errNoHome)
	}
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

// errNoHome: without HOME (a service, `env -i`) the data folder would
// resolve to /.local/share, and a journal there is nobody's.
var errNoHome = errors.New("neither HOME nor XDG_DATA_HOME is set, so there is no folder of yours to keep the journal in; set HOME")

// noHome reports whether the data folder has nothing to start from. On
// Windows the home comes from elsewhere.
func noHome() bool {
	return runtime.GOOS != "windows" && os.Getenv("XDG_DATA_HOME") == "" && os.Getenv("HOME") == ""
}
