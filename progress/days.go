package progress

import "time"

// date is a calendar day, free of zones and clock times, so that counting
// days is plain arithmetic even across daylight-saving changes.
type date struct {
	y int
	m time.Month
	d int
}

// dateOf returns the calendar day of t as seen in loc.
func dateOf(t time.Time, loc *time.Location) date {
	y, m, d := t.In(loc).Date()
	return date{y, m, d}
}

// add returns the day n days later (earlier for negative n). Noon UTC
// keeps time.Date's normalisation clear of any zone transition.
func (c date) add(n int) date {
	y, m, d := time.Date(c.y, c.m, c.d+n, 12, 0, 0, 0, time.UTC).Date()
	return date{y, m, d}
}

// weekStart returns the Monday of c's ISO week.
func (c date) weekStart() date {
	wd := time.Date(c.y, c.m, c.d, 12, 0, 0, 0, time.UTC).Weekday()
	return c.add(-((int(wd) + 6) % 7))
}

// before reports whether c is an earlier day than o.
func (c date) before(o date) bool {
	if c.y != o.y {
		return c.y < o.y
	}
	if c.m != o.m {
		return c.m < o.m
	}
	return c.d < o.d
}

// daysUntil returns the number of days from c to o (negative if o is
// earlier).
func (c date) daysUntil(o date) int {
	a := time.Date(c.y, c.m, c.d, 12, 0, 0, 0, time.UTC)
	b := time.Date(o.y, o.m, o.d, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Hours() / 24)
}

// midnight returns the start of the day in loc (or the first moment of it
// on the rare day that skips midnight).
func (c date) midnight(loc *time.Location) time.Time {
	return time.Date(c.y, c.m, c.d, 0, 0, 0, 0, loc)
}

// maxDaysBack is further back than any journal reaches (about 2,700
// years); a larger count means the whole history, and keeps time.Date
// from overflowing.
const maxDaysBack = 1_000_000

// DayStart returns the start of the calendar day daysBack days before
// now's day, in now's zone: DayStart(now, 0) is today's midnight. A count
// beyond any journal returns the zero time, which Sessions reads as "all".
func DayStart(now time.Time, daysBack int) time.Time {
	if daysBack > maxDaysBack {
		return time.Time{}
	}
	return dateOf(now, now.Location()).add(-daysBack).midnight(now.Location())
}
