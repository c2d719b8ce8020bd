package i18n

import (
	"testing"
	"time"
)

// One date format for every screen: the names come from the catalogs in
// both languages, full and short.
func TestDates(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 11, 23, 14, 5, 0, 0, time.UTC) // a Monday
	for lang, want := range map[string][4]string{
		EN: {"Monday", "23 November", "Mon 23 Nov 14:05", "23 Nov"},
		DA: {"mandag", "23. november", "man 23. nov 14:05", "23. nov"},
	} {
		d := New(lang).Dates()
		got := [4]string{d.Weekday(at), d.DayMonth(at), d.DateTime(at), d.Short(at)}
		if got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
		if d.WeekdayShort(time.Sunday) == "" || len(d.LongestDateTime()) < len(d.DateTime(at)) {
			t.Errorf("%s: short weekday or longest date wrong", lang)
		}
	}
}
