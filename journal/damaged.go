package journal

import (
	"errors"
	"fmt"
	"os"
)

// quarantine moves a damaged journal and its companion files aside to
// journal.db.damaged-YYYYMMDD-HHMMSS (-wal, -shm and -journal keep their
// suffix after that name, so SQLite tools can still open the set). It never
// overwrites: if the name is taken, a counter is added. It returns the new
// name of the main file.
func quarantine(abs string) (string, error) {
	base := abs + ".damaged-" + clock().Format("20060102-150405")
	kept := base
	for i := 2; exists(kept) || exists(kept+"-wal") || exists(kept+"-shm"); i++ {
		if i > 1000 {
			return "", fmt.Errorf("too many damaged journals beside %s", abs)
		}
		kept = fmt.Sprintf("%s-%d", base, i)
	}
	if err := os.Rename(abs, kept); err != nil {
		return "", err
	}
	// Move the companions after the main file: a -wal left at the old
	// name would otherwise be replayed into the fresh journal.
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		err := os.Rename(abs+suffix, kept+suffix)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return kept, err
		}
	}
	return kept, nil
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}
