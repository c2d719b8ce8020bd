//go:build unix

package journal

import (
	"os"
	"syscall"
)

// openFlags keep an open from following a symbolic link swapped in after
// the Lstat (O_NOFOLLOW) and from blocking on a FIFO (O_NONBLOCK, which
// changes nothing for a regular file).
const openFlags = syscall.O_NOFOLLOW | syscall.O_NONBLOCK

// lockFile takes an exclusive advisory lock on f, waiting for another
// process that holds it. Only the code that sets a damaged journal aside
// takes it, so it never meets SQLite's own (fcntl) locks. A file system
// without flock (some network mounts) goes without: the check that the
// path still is the damaged file then only narrows the race.
func lockFile(f *os.File) error {
	for {
		switch err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err {
		case syscall.EINTR:
			continue
		case syscall.ENOLCK, syscall.EOPNOTSUPP, syscall.EINVAL:
			return nil
		default:
			return err
		}
	}
}
