package progress

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseSince reads the value of --since: a date written YYYY-MM-DD (its
// midnight in now's zone), or a span back from today, "30d" (days) or "4w"
// (weeks), "since my last visit". A span of n days means from the start of
// the day n days before today, so "1d" is yesterday and today, "4w" starts
// on the same weekday four weeks ago and "0d" is today alone. Errors say
// what was wrong and give an example, ready for a usage message.
func ParseSince(s string, now time.Time) (time.Time, error) {
	v := strings.TrimSpace(s)
	if v == "" {
		return time.Time{}, fmt.Errorf("--since needs a date such as 2025-03-10 or a span such as 30d or 4w")
	}
	if t, err := time.ParseInLocation(time.DateOnly, v, now.Location()); err == nil {
		if t.After(now) {
			return time.Time{}, fmt.Errorf("--since %s is after today; give a date in the past", v)
		}
		return t, nil
	}
	unit := v[len(v)-1]
	perUnit := map[byte]int{'d': 1, 'D': 1, 'w': 7, 'W': 7}[unit]
	n, err := strconv.Atoi(v[:len(v)-1])
	if perUnit == 0 || err != nil || strings.ContainsAny(v[:len(v)-1], "+- ") {
		return time.Time{}, fmt.Errorf("--since %q is neither a date nor a span: write a date as YYYY-MM-DD (2025-03-10), or a span back from today as days or weeks (30d, 4w)", s)
	}
	days := n * perUnit
	if n > maxDaysBack || days > maxDaysBack {
		return time.Time{}, fmt.Errorf("--since %s reaches back further than any journal; leave --since out to get everything", v)
	}
	return DayStart(now, days), nil
}
