package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
)

// median is the middle value, or the mean of the two middle values; NaN for
// no values.
func median(values []float64) float64 {
	if len(values) == 0 {
		return math.NaN()
	}
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	mid := len(sorted) / 2
	if len(sorted)%2 == 1 {
		return sorted[mid]
	}
	return (sorted[mid-1] + sorted[mid]) / 2
}

// unit prints a figure's values.
type unit struct {
	name  string
	scale float64 // values are divided by this before printing
	prec  int
}

var (
	millis    = unit{"ms", float64(time.Millisecond), 0}
	seconds   = unit{"s", float64(time.Second), 3}
	kilobytes = unit{"KB", 1000, 1}
	megabytes = unit{"MB", 1 << 20, 1}
)

func (u unit) format(v float64) string {
	x := v / u.scale
	if math.Abs(x) < 0.5*math.Pow10(-u.prec) {
		x = 0 // not "-0 ms"
	}
	return fmt.Sprintf("%.*f %s", u.prec, x, u.name)
}

// figure is one line of the report: a measured value over the runs against
// its target. limit is the most the median may be; with signed set it is the
// most its absolute value may be (a drift may go either way); NaN means the
// line is for information and has no target.
type figure struct {
	name   string
	unit   unit
	values []float64
	limit  float64
	signed bool
	note   string // replaces the values when there are none
}

// line formats the figure as "name  median  [runs]  target  verdict".
func (f figure) line() string {
	if len(f.values) == 0 {
		note := f.note
		if note == "" {
			note = "not measured"
		}
		return fmt.Sprintf("%-44s %s", f.name, note)
	}
	med := median(f.values)
	runs := make([]string, len(f.values))
	for i, v := range f.values {
		runs[i] = strings.TrimSuffix(f.unit.format(v), " "+f.unit.name)
	}
	target, verdict := "", ""
	if !math.IsNaN(f.limit) {
		sign, value := "≤", med
		if f.signed {
			sign, value = "|x| ≤", math.Abs(med)
		}
		target = sign + " " + f.unit.format(f.limit)
		verdict = "ok"
		if value > f.limit {
			verdict = "MISS"
		}
	}
	return fmt.Sprintf("%-44s %11s  [%s]  %-14s %s",
		f.name, f.unit.format(med), strings.Join(runs, " "), target, verdict)
}

func printReport(w io.Writer, figures []figure) {
	fmt.Fprintf(w, "%-44s %11s  %s  %-14s %s\n", "figure", "median", "[each run]", "target", "verdict")
	for _, f := range figures {
		fmt.Fprintln(w, f.line())
	}
}
