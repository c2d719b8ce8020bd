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
// takes it, so it never meets SQLite's own (fcntl) locks.
func lockFile(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			return err
		}
	}
}
