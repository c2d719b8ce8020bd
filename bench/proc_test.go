package main

import (
	"testing"
	"time"
)

func TestParseStatCPU(t *testing.T) {
	// A real line, with a command name that has a space and a ')' in it.
	stat := "4242 (ryg timer) x) S 1 4242 4242 34816 4242 4194560 1234 0 0 0 " +
		"17 12 0 0 20 0 9 0 12345 1234567 2345 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n"
	got, err := parseStatCPU(stat)
	if err != nil {
		t.Fatal(err)
	}
	if want := 290 * time.Millisecond; got != want {
		t.Errorf("CPU = %v, want %v (17+12 ticks)", got, want)
	}
	if _, err := parseStatCPU("4242 (short) S 1 2"); err == nil {
		t.Error("a truncated stat line was accepted")
	}
}

func TestParseStatusKB(t *testing.T) {
	status := "Name:\trygtimer\nVmPeak:\t 1300000 kB\nVmHWM:\t   23712 kB\nVmRSS:\t   20000 kB\n"
	got, err := parseStatusKB(status, "VmHWM")
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(23712 * 1024); got != want {
		t.Errorf("VmHWM = %d, want %d", got, want)
	}
	if _, err := parseStatusKB(status, "VmSwap"); err == nil {
		t.Error("a missing line was not reported")
	}
	if _, err := parseStatusKB("VmHWM:\t12 pages\n", "VmHWM"); err == nil {
		t.Error("a line in another unit was accepted")
	}
}
