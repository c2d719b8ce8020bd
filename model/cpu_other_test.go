//go:build !unix

package model

import "time"

// processCPU is not measured here; see cpu_unix_test.go.
func processCPU() (time.Duration, bool) { return 0, false }
