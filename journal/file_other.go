//go:build !unix

package journal

import "os"

// openFlags: without O_NOFOLLOW the Lstat before the open is the only
// guard against a link.
const openFlags = 0

// lockFile: without flock two processes setting the same damaged journal
// aside still cannot lose it (the loser's rename fails and it reopens).
func lockFile(*os.File) error { return nil }
