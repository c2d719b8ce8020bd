package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// errMovedByOther says another process set the damaged journal aside (or
// replaced it) first; the caller should simply open what is there now.
var errMovedByOther = errors.New("journal: the damaged file was already moved aside")

// quarantine moves the damaged journal judged (the file at abs when it was
// checked) and its companion files aside to
// journal.db.damaged-YYYYMMDD-HHMMSS (-wal, -shm and -journal keep their
// suffix after that name, so SQLite tools can still open the set), and
// makes each 0600: it holds health data. It never overwrites: if the name
// is taken, a counter is added. It returns the new name of the main file.
//
// Two processes may find the same damaged journal at once. Each locks the
// damaged file itself before moving it and checks, under the lock, that
// abs still is that file; the one that comes second finds it gone and
// returns errMovedByOther instead of moving the fresh journal the first
// one has started meanwhile.
func quarantine(abs string, judged os.FileInfo, now time.Time) (string, error) {
	f, err := os.OpenFile(abs, os.O_RDONLY|openFlags, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return "", errMovedByOther
	}
	if err != nil {
		return "", err
	}
	defer f.Close() // releases the lock
	if err := lockFile(f); err != nil {
		return "", err
	}
	if fi, err := os.Lstat(abs); err != nil || judged == nil || !os.SameFile(fi, judged) {
		return "", errMovedByOther
	}
	base := abs + ".damaged-" + now.Format("20060102-150405")
	kept := base
	for i := 2; exists(kept) || exists(kept+"-wal") || exists(kept+"-shm") || exists(kept+"-journal"); i++ {
		if i > 1000 {
			return "", fmt.Errorf("too many damaged journals beside %s", abs)
		}
		kept = fmt.Sprintf("%s-%d", base, i)
	}
	// The companions go first: a -wal left at the old name would be
	// replayed into the fresh journal another process may create as soon
	// as the main file is gone.
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		err := os.Rename(abs+suffix, kept+suffix)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		private(kept + suffix)
	}
	if err := os.Rename(abs, kept); err != nil {
		return "", err
	}
	private(kept)
	return kept, nil
}

// private makes a set-aside regular file readable by its owner only. A
// failure is ignored: the file is kept either way, and the notice names
// it.
func private(p string) {
	if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() {
		os.Chmod(p, 0o600)
	}
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}
