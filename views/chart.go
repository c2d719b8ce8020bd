package views

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/progress"
)

// The chart and the week grid draw meaning with shapes first and colour
// second, so they read the same without colour and from across the room.
const (
	markBefore = "○" // pain before the session
	markAfter  = "●" // pain after
	markSame   = "◉" // before and after on the same level
	markDone   = "■" // a day with a finished session
	markMissed = "□" // a day without one
	markAhead  = "·" // a day of this week still to come
	tickMonday = "┬"
)

// chartLabel is the width of the 0–10 scale left of the chart: "10 ┤".
const chartLabel = 5

// chartDays picks how many days the pain chart shows in width columns of
// text and how many cells each day takes: 90 days at one cell each when
// the window is 120 wide or more, else 30 days at two cells (a mark and a
// space), which reads more calmly.
func chartDays(width int) (days, cell int) {
	room := width - chartLabel - 1
	switch {
	case width >= 120-2 && room >= 90:
		return 90, 1
	case room >= 60:
		return 30, 2
	case room >= 28:
		return min(room/2, 30), 2
	}
	return max(room, 7), 1
}

// level rounds a mean pain rating to a row of the 0–10 scale.
func level(p float64) int {
	return min(max(int(math.Round(p)), 0), 10)
}

// painChart draws pain before (○) and after (●) per day on a 0–10 scale,
// oldest day at the left and today at the right; a day without a rating
// stays blank. Monday is ticked on the axis and dated below it.
func painChart(c Ctx, dn *i18n.Dates, dp []progress.DayPain, cell int) []string {
	days := len(dp)
	lines := []string{c.St.Subtitle.Render(c.Cat.T("history.chart_title", "Days", days))}
	// Each mark is styled once and reused: a 90-day chart has up to 180.
	same, after, before := c.St.Accent.Render(markSame), c.St.Accent.Render(markAfter), c.St.Muted.Render(markBefore)
	labelEven, labelOdd := make([]string, 11), c.St.Muted.Render("    │")
	for lv := 0; lv <= 10; lv += 2 {
		labelEven[lv] = c.St.Muted.Render(fmt.Sprintf("%3d ┤", lv))
	}
	for lv := 10; lv >= 0; lv-- {
		var b strings.Builder
		if lv%2 == 0 {
			b.WriteString(labelEven[lv])
		} else {
			b.WriteString(labelOdd)
		}
		blank := 0 // spaces owed before the next mark; trailing ones are dropped
		for _, d := range dp {
			isBefore := d.HasBefore && level(d.Before) == lv
			isAfter := d.HasAfter && level(d.After) == lv
			blank += cell - 1
			if !isBefore && !isAfter {
				blank++
				continue
			}
			b.WriteString(strings.Repeat(" ", blank))
			blank = 0
			switch {
			case isBefore && isAfter:
				b.WriteString(same)
			case isAfter:
				b.WriteString(after)
			default:
				b.WriteString(before)
			}
		}
		lines = append(lines, b.String())
	}

	axis, labels := chartAxis(c, dn, dp, cell)
	lines = append(lines, c.St.Muted.Render(axis), c.St.Muted.Render(labels))
	legend := "     " + c.St.Muted.Render(markBefore) + " " + c.Cat.T("history.legend_before") +
		"    " + c.St.Accent.Render(markAfter) + " " + c.Cat.T("history.legend_after") +
		"    " + c.St.Accent.Render(markSame) + " " + c.Cat.T("history.legend_same") +
		"    " + c.St.Muted.Render(tickMonday+" "+c.Cat.T("history.legend_monday"))
	return append(lines, legend)
}

// chartAxis draws the chart's axis, with a tick on each Monday, and the
// dates under it: today right-aligned under the last day, then each
// Monday's date where it does not crowd another.
func chartAxis(c Ctx, dn *i18n.Dates, dp []progress.DayPain, cell int) (axisLine, labelLine string) {
	days := len(dp)
	width := chartLabel + days*cell
	axis := []rune(strings.Repeat("─", width))
	for i := 0; i < chartLabel-1; i++ {
		axis[i] = ' '
	}
	axis[chartLabel-1] = '└'
	labels := []rune(strings.Repeat(" ", width))
	col := func(i int) int { return chartLabel + i*cell + cell - 1 }
	// Today first, right-aligned under the last day.
	today := []rune(c.Cat.T("history.axis_today"))
	used := make([]bool, width)
	put := func(start int, r []rune) bool {
		if start < 0 || start+len(r) > width {
			return false
		}
		for i := start - 2; i < start+len(r)+2; i++ {
			if i >= 0 && i < width && used[i] {
				return false
			}
		}
		copy(labels[start:], r)
		for i := start; i < start+len(r); i++ {
			used[i] = true
		}
		return true
	}
	put(col(days-1)-len(today)+1, today)
	for i, d := range dp {
		if d.Day.Weekday() != time.Monday {
			continue
		}
		axis[col(i)] = []rune(tickMonday)[0]
		put(col(i), []rune(dn.Short(d.Day)))
	}
	return string(axis), strings.TrimRight(string(labels), " ")
}

// gridWeeks is how many ISO weeks the week grid shows.
const gridWeeks = 8

// weekGrid draws the overview's ISO weeks, oldest first, one row per week:
// a square per day, Monday to Sunday, filled for a day with a finished
// session, and the count of such days.
func weekGrid(c Ctx, dn *i18n.Dates, o progress.Overview) []string {
	ws := o.Weeks
	weeks := len(ws)
	labels := make([]string, weeks)
	lw := 0
	for i, w := range ws {
		_, n := w.Start.ISOWeek()
		labels[i] = c.Cat.T("history.week", "Week", n)
		lw = max(lw, len([]rune(labels[i])))
	}
	lines := []string{c.St.Subtitle.Render(c.Cat.T("history.weeks_title"))}
	var head strings.Builder
	for d := 1; d <= 7; d++ { // Monday first
		r := []rune(dn.WeekdayShort(time.Weekday(d % 7)))
		head.WriteString(" " + strings.ToUpper(string(r[:1])))
	}
	lines = append(lines, c.St.Muted.Render(strings.Repeat(" ", lw+2)+head.String()))
	done1, missed, ahead := " "+c.St.Accent.Render(markDone), " "+c.St.Muted.Render(markMissed), " "+c.St.Muted.Render(markAhead)
	for i, w := range ws {
		var b strings.Builder
		b.WriteString(c.St.Text.Render(labels[i] + strings.Repeat(" ", lw-len([]rune(labels[i]))+2)))
		for d := 0; d < 7; d++ {
			switch idx := i*7 + d; {
			case w.Exercised[d]:
				b.WriteString(done1)
			case idx > o.Today:
				b.WriteString(ahead)
			default:
				b.WriteString(missed)
			}
		}
		b.WriteString("   " + c.St.Subtitle.Render(c.Cat.T("history.week_days", "Days", w.Days)))
		if i == weeks-1 {
			b.WriteString("  " + c.St.Muted.Render(c.Cat.T("history.this_week")))
		}
		lines = append(lines, b.String())
	}
	legend := strings.Repeat(" ", lw+3) + c.St.Accent.Render(markDone) + " " + c.Cat.T("history.legend_done") +
		"    " + c.St.Muted.Render(markMissed) + " " + c.Cat.T("history.legend_missed") +
		"    " + c.St.Muted.Render(markAhead) + " " + c.Cat.T("history.legend_ahead")
	return append(lines, legend)
}
