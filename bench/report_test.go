package main

import (
	"math"
	"strings"
	"testing"
)

func TestMedian(t *testing.T) {
	cases := []struct {
		values []float64
		want   float64
	}{
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{-20, 10, 0}, 0},
	}
	for _, c := range cases {
		if got := median(c.values); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.values, got, c.want)
		}
	}
	if !math.IsNaN(median(nil)) {
		t.Error("median of nothing is not NaN")
	}
	values := []float64{3, 1, 2}
	median(values)
	if values[0] != 3 {
		t.Error("median sorted its argument in place")
	}
}

func TestFigureLine(t *testing.T) {
	cpu := figure{name: "CPU", unit: seconds, values: []float64{0.29e9, 0.31e9, 0.28e9}, limit: 0.06e9}
	if line := cpu.line(); !strings.Contains(line, "0.290 s") || !strings.HasSuffix(line, "MISS") {
		t.Errorf("CPU line = %q, want the median 0.290 s and MISS", line)
	}
	drift := figure{name: "drift", unit: millis, values: []float64{-30e6, -20e6, 5e6}, limit: 50e6, signed: true}
	if line := drift.line(); !strings.Contains(line, "-20 ms") || !strings.HasSuffix(line, "ok") {
		t.Errorf("drift line = %q, want the median -20 ms and ok", line)
	}
	if got := millis.format(-0.2e6); got != "0 ms" {
		t.Errorf("-0.2 ms formats as %q, want \"0 ms\"", got)
	}
	info := figure{name: "sleep", unit: millis, values: []float64{18e6}, limit: math.NaN()}
	if line := info.line(); strings.Contains(line, "ok") || strings.Contains(line, "MISS") {
		t.Errorf("a figure without a target got a verdict: %q", line)
	}
	none := figure{name: "status", note: "n/a (no status command)"}
	if line := none.line(); !strings.HasSuffix(line, "n/a (no status command)") {
		t.Errorf("status line = %q", line)
	}
}
