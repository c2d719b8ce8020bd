package export

import (
	"strconv"
	"strings"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
)

// chart is an SVG chart laid out in Go; the template only draws it. All
// coordinates are in the SVG's own units (its viewBox), which scale to the
// page's width.
type chart struct {
	W, H    int
	Bands   []band
	Grid    []seg
	YLabels []label
	XLabels []label
	Lines   []series
	Moves   []seg
	Dots    []dot
}

type band struct {
	X, Y, W, H float64
	Class      string
}

type seg struct {
	X1, Y1, X2, Y2 float64
	Class          string
}

type label struct {
	X, Y   float64
	Text   string
	Anchor string // start, middle, end
}

type series struct{ Class, Points string }

type dot struct {
	X, Y, R float64
	Class   string
}

// frame is a chart's plot area inside its margins.
type frame struct{ left, top, width, height float64 }

func (f frame) right() float64  { return f.left + f.width }
func (f frame) bottom() float64 { return f.top + f.height }

// days returns the calendar days from from's day to end's day, both
// included, in end's zone.
func days(from, end time.Time) int {
	return int(progress.DayStart(end, 0).Sub(progress.DayStart(from.In(end.Location()), 0)).Hours()/24+0.5) + 1
}

// xOf places t on a time axis running from the start of from's day to the
// end of end's day.
func xOf(f frame, t, from, end time.Time) float64 {
	start := progress.DayStart(from.In(end.Location()), 0)
	stop := progress.DayStart(end, -1)
	return f.left + f.width*float64(t.Sub(start))/float64(stop.Sub(start))
}

// mondayLabels puts a date under every k-th Monday so that at most about
// eight labels fit.
func mondayLabels(f frame, from, end time.Time, c *i18n.Catalog) ([]label, []seg) {
	weeks := progress.WeeksSpanned(from, end)
	step := (weeks + 7) / 8
	var labels []label
	var ticks []seg
	w := progress.Weekly(nil, end, weeks)
	for i, wk := range w {
		if i%step != 0 || wk.Start.Before(progress.DayStart(from.In(end.Location()), 0)) {
			continue
		}
		x := xOf(f, wk.Start, from, end)
		labels = append(labels, label{X: x, Y: f.bottom() + 16, Text: c.Dates().Short(wk.Start), Anchor: "middle"})
		ticks = append(ticks, seg{X1: x, Y1: f.top, X2: x, Y2: f.bottom() + 4, Class: "tick"})
	}
	return labels, ticks
}

// painChart draws the mean pain before and after per day, on the 0–10
// scale with the traffic light's bands behind (0–3 acceptable, 4–5
// caution, 6–10 too much).
func painChart(ss []journal.Session, from, end time.Time, c *i18n.Catalog) *chart {
	ch := &chart{W: 680, H: 230}
	f := frame{left: 30, top: 10, width: 640, height: 190}
	y := func(v float64) float64 { return f.top + (10-v)/10*f.height }
	for _, b := range []struct {
		lo, hi float64
		class  string
	}{{0, 3.5, "green"}, {3.5, 5.5, "amber"}, {5.5, 10, "red"}} {
		ch.Bands = append(ch.Bands, band{X: f.left, Y: y(b.hi), W: f.width, H: y(b.lo) - y(b.hi), Class: b.class})
	}
	for v := 0; v <= 10; v += 2 {
		ch.Grid = append(ch.Grid, seg{X1: f.left, Y1: y(float64(v)), X2: f.right(), Y2: y(float64(v)), Class: "grid"})
		ch.YLabels = append(ch.YLabels, label{X: f.left - 6, Y: y(float64(v)) + 4, Text: strconv.Itoa(v), Anchor: "end"})
	}
	ch.XLabels, ch.Grid = appendTicks(ch.Grid, f, from, end, c)
	var before, after []string
	for _, d := range progress.DailyPain(ss, end, days(from, end)) {
		x := xOf(f, d.Day.Add(12*time.Hour), from, end)
		if d.HasBefore {
			before = append(before, pt(x, y(d.Before)))
			ch.Dots = append(ch.Dots, dot{X: x, Y: y(d.Before), R: 2.5, Class: "before"})
		}
		if d.HasAfter {
			after = append(after, pt(x, y(d.After)))
			ch.Dots = append(ch.Dots, dot{X: x, Y: y(d.After), R: 3, Class: "after"})
		}
	}
	ch.Lines = []series{{Class: "before", Points: strings.Join(before, " ")}, {Class: "after", Points: strings.Join(after, " ")}}
	return ch
}

func appendTicks(grid []seg, f frame, from, end time.Time, c *i18n.Catalog) ([]label, []seg) {
	labels, ticks := mondayLabels(f, from, end, c)
	return labels, append(grid, ticks...)
}

// reachChart draws how far the pain reached at each session: a hollow
// ring at check-in, a filled dot at check-out, joined by a line coloured
// by the movement (green up towards the back, red down the leg). The back
// is at the top and the foot at the bottom, as on the body. Nil when no
// session has an answer.
func reachChart(ss []journal.Session, from, end time.Time, c *i18n.Catalog) *chart {
	ch := &chart{W: 680, H: 150}
	f := frame{left: 120, top: 12, width: 550, height: 106}
	y := func(r journal.Reach) float64 { return f.top + float64(r.Level()-1)*f.height/3 }
	for _, r := range journal.Reaches {
		ch.Grid = append(ch.Grid, seg{X1: f.left, Y1: y(r), X2: f.right(), Y2: y(r), Class: "grid"})
		ch.YLabels = append(ch.YLabels, label{X: f.left - 8, Y: y(r) + 4, Text: c.T("reach." + string(r)), Anchor: "end"})
	}
	ch.XLabels, ch.Grid = appendTicks(ch.Grid, f, from, end, c)
	any := false
	for _, s := range ss {
		b, a := s.PainReachBefore, s.PainReachAfter
		if !b.Known() && !a.Known() {
			continue
		}
		any = true
		x := xOf(f, s.StartedAt, from, end)
		if b.Known() && a.Known() && b != a {
			ch.Moves = append(ch.Moves, seg{X1: x, Y1: y(b), X2: x, Y2: y(a), Class: string(progress.Movement(s))})
		}
		if b.Known() {
			ch.Dots = append(ch.Dots, dot{X: x, Y: y(b), R: 4, Class: "reach-before"})
		}
		if a.Known() {
			ch.Dots = append(ch.Dots, dot{X: x, Y: y(a), R: 3.2, Class: "reach-after"})
		}
	}
	if !any {
		return nil
	}
	return ch
}

func pt(x, y float64) string {
	return strconv.FormatFloat(x, 'f', 1, 64) + "," + strconv.FormatFloat(y, 'f', 1, 64)
}
