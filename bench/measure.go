package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"time"
)

// Pause/resume counts from the issue: 40 for the bytes the Paused banner
// costs, 100 for drift.
const (
	pausesForBytes = 40
	pausesForDrift = 100
	statusTries    = 5
)

// measurements are the raw results of every run, by kind.
type measurements struct {
	plain, pauseBytes, pauseDrift []holdRun
	sleepLate                     []float64
	status                        []float64
	noStatus                      bool
}

// measure runs each kind once per round, so a change in the machine's load
// spreads over all kinds rather than falling on one.
func measure(s settings) (*measurements, error) {
	m := &measurements{}
	kinds := []struct {
		name   string
		pauses int
		into   *[]holdRun
	}{
		{"plain hold", 0, &m.plain},
		{fmt.Sprintf("%d pause/resumes", pausesForBytes), pausesForBytes, &m.pauseBytes},
		{fmt.Sprintf("%d pause/resumes", pausesForDrift), pausesForDrift, &m.pauseDrift},
	}
	if s.plainOnly {
		kinds = kinds[:1]
	}
	for round := 1; round <= s.runs; round++ {
		for _, kind := range kinds {
			fmt.Fprintf(os.Stderr, "bench: round %d/%d: %s\n", round, s.runs, kind.name)
			r, err := m.holdAndStatus(s, kind.pauses)
			if err != nil {
				return nil, fmt.Errorf("round %d, %s: %w", round, kind.name, err)
			}
			*kind.into = append(*kind.into, r)
		}
		if s.plainOnly {
			continue
		}
		fmt.Fprintf(os.Stderr, "bench: round %d/%d: sleep\n", round, s.runs)
		late, err := runSleep(s)
		if err != nil {
			return nil, fmt.Errorf("round %d, sleep: %w", round, err)
		}
		m.sleepLate = append(m.sleepLate, float64(late))
	}
	return m, nil
}

// holdAndStatus runs one hold in a fresh sandbox; after a plain hold it also
// times `rygtimer status` on the journal that hold left.
func (m *measurements) holdAndStatus(s settings, pauses int) (holdRun, error) {
	box, err := newSandbox(s.hold)
	if err != nil {
		return holdRun{}, err
	}
	defer box.remove()
	r, err := runHold(s, box, pauses)
	if err != nil || pauses > 0 || m.noStatus {
		return r, err
	}
	for range statusTries {
		took, err := runStatus(s, box)
		if errors.Is(err, errNoStatus) {
			m.noStatus = true
			break
		}
		if err != nil {
			return r, err
		}
		m.status = append(m.status, float64(took))
	}
	return r, nil
}

// pick collects one field of every run.
func pick(runs []holdRun, field func(holdRun) float64) []float64 {
	values := make([]float64, len(runs))
	for i, r := range runs {
		values[i] = field(r)
	}
	return values
}

func (m *measurements) figures(s settings) []figure {
	per30 := float64(30*time.Second) / float64(s.hold) // CPU scales with the hold's length
	none := math.NaN()
	drift := pick(m.pauseDrift, func(r holdRun) float64 { return float64(r.endLate) })
	plainLate := median(pick(m.plain, func(r holdRun) float64 { return float64(r.endLate) }))
	for i := range drift {
		drift[i] -= plainLate
	}
	status := figure{name: "`rygtimer status` wall time", unit: millis, values: m.status, limit: 10e6}
	if m.noStatus {
		status.note = "n/a (no status command)"
	}
	return []figure{
		{name: "first byte after exec", unit: millis, values: pick(m.plain, func(r holdRun) float64 { return float64(r.firstByte) }), limit: 30e6},
		{name: "first frame (first visible text) after exec", unit: millis, values: pick(m.plain, func(r holdRun) float64 { return float64(r.firstFrame) }), limit: 30e6},
		{name: "CPU user+sys per 30 s hold", unit: seconds, values: pick(m.plain, func(r holdRun) float64 { return float64(r.holdCPU) * per30 }), limit: 0.06e9},
		{name: "CPU user+sys, whole run (info)", unit: seconds, values: pick(m.plain, func(r holdRun) float64 { return float64(r.totalCPU) }), limit: none},
		{name: "bytes to tty during the hold", unit: kilobytes, values: pick(m.plain, func(r holdRun) float64 { return float64(r.holdBytes) }), limit: 6000},
		{name: fmt.Sprintf("bytes, hold with %d pause/resumes", pausesForBytes), unit: kilobytes, values: pick(m.pauseBytes, func(r holdRun) float64 { return float64(r.holdBytes) }), limit: 40000},
		{name: "hold ends late, as seen on screen", unit: millis, values: pick(m.plain, func(r holdRun) float64 { return float64(r.endLate) }), limit: 50e6},
		{name: fmt.Sprintf("drift after %d pause/resumes", pausesForDrift), unit: millis, values: drift, limit: 50e6, signed: true},
		{name: "`sleep` in the same harness ends late (info)", unit: millis, values: m.sleepLate, limit: none},
		{name: "peak RSS (rusage maxrss)", unit: megabytes, values: pick(m.plain, func(r holdRun) float64 { return float64(r.peakRSS) }), limit: 16 << 20},
		{name: "VmHWM on the summary, journal open (info)", unit: megabytes, values: pick(m.plain, func(r holdRun) float64 { return float64(r.journalHWM) }), limit: none},
		status,
	}
}
