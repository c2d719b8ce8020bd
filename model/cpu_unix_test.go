//go:build unix

package model

import (
	"syscall"
	"time"
)

// processCPU is the user+system time the test process has used, so a
// benchmark can report CPU per op as well as wall time: on this
// project's shared 2-core machine the wall time of a frame mostly
// measures the other processes.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
