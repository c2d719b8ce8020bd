// Package faults holds fault and bad-input tests that run the real
// rygtimer binary in a pseudo-terminal with a home of its own: kill -9 at
// random moments, hang-up, terminate and suspend signals, a read-only and
// a full disk, damaged journals and configs, and the routine fuzz
// corpus. The fast ones run in `go test ./...`; the slow ones (100 random
// kills) only with RYGTIMER_SLOW_TESTS=1, as scripts/faults.sh runs them.
// All of them need RYGTIMER_FAULT_TESTS=1, which .ci/run and the script set.
package faults
