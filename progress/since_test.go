package progress

import (
	"strings"
	"testing"
	"time"
)

func TestParseSince(t *testing.T) {
	t.Parallel()
	cph := mustZone(t, "Europe/Copenhagen")
	now := time.Date(2025, 4, 2, 9, 30, 0, 0, cph) // a Wednesday, after the DST change
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 0, 0, 0, 0, cph) }
	for in, want := range map[string]time.Time{
		"2025-03-10":   day(3, 10),
		" 2025-04-02 ": day(4, 2),
		"0d":           day(4, 2),
		"1d":           day(4, 1),
		"30d":          day(3, 3),
		"4w":           day(3, 5), // the same weekday four weeks ago, across the DST change
		"4W":           day(3, 5),
	} {
		got, err := ParseSince(in, now)
		if err != nil || !got.Equal(want) {
			t.Errorf("ParseSince(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, says := range map[string]string{
		"":                      "needs a date",
		"4":                     "neither a date nor a span",
		"4m":                    "neither a date nor a span", // months or minutes: ambiguous, refused
		"w":                     "neither a date nor a span",
		"-3d":                   "neither a date nor a span",
		"+3d":                   "neither a date nor a span",
		"2025-13-01":            "neither a date nor a span",
		"10/03/2025":            "neither a date nor a span",
		"2025-04-03":            "after today",
		"9999999w":              "reaches back further than any journal",
		"99999999999999999999d": "neither a date nor a span",
	} {
		_, err := ParseSince(in, now)
		if err == nil || !strings.Contains(err.Error(), says) {
			t.Errorf("ParseSince(%q) = %v; want an error saying %q", in, err, says)
		}
	}
}
