package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Dates writes dates in a catalog's language: the one date format of
// rygtimer's screens and text (the exported report uses ISO dates, which
// need no translation). Go's time formatting knows only English names, so
// the names and the order come from the catalog's [date] messages. The
// patterns are looked up once, with placeholders, so formatting a date is
// a few string replacements rather than a template run: History formats
// one per row.
type Dates struct {
	weekdays, weekdaysShort [7]string  // Sunday first
	months, monthsShort     [12]string // January first
	dayMonth, dateTime      string     // patterns with the placeholders below
	short                   string
}

// Placeholders filled per date.
const (
	phWeekday = "\x00W\x00"
	phDay     = "\x00D\x00"
	phMonth   = "\x00M\x00"
	phTime    = "\x00T\x00"
)

// Dates returns the date formats of c's language.
func (c *Catalog) Dates() *Dates {
	c.datesOnce.Do(func() { c.dates = newDates(c) })
	return c.dates
}

func newDates(c *Catalog) *Dates {
	d := &Dates{}
	names(d.weekdays[:], c.T("date.weekdays"), func(i int) string { return time.Weekday(i).String() })
	names(d.weekdaysShort[:], c.T("date.weekdays_short"), func(i int) string { return time.Weekday(i).String()[:3] })
	names(d.months[:], c.T("date.months"), func(i int) string { return time.Month(i + 1).String() })
	names(d.monthsShort[:], c.T("date.months_short"), func(i int) string { return time.Month(i + 1).String()[:3] })
	d.dayMonth = c.T("date.day_month", "Day", phDay, "Month", phMonth)
	d.dateTime = c.T("date.date_time", "Weekday", phWeekday, "Day", phDay, "Month", phMonth, "Time", phTime)
	d.short = c.T("date.date_short", "Day", phDay, "Month", phMonth)
	return d
}

// names fills out from a space-separated list, falling back to English
// for any name the list lacks.
func names(out []string, list string, english func(int) string) {
	fields := strings.Fields(list)
	for i := range out {
		if i < len(fields) {
			out[i] = fields[i]
		} else {
			out[i] = english(i)
		}
	}
}

func fill(pat, weekday, day, month, clock string) string {
	for _, r := range [...][2]string{{phWeekday, weekday}, {phDay, day}, {phMonth, month}, {phTime, clock}} {
		pat = strings.Replace(pat, r[0], r[1], 1)
	}
	return pat
}

// Weekday is the day's full name: "Monday" (Danish "mandag").
func (d *Dates) Weekday(t time.Time) string { return d.weekdays[t.Weekday()] }

// WeekdayShort is the day's short name: "Mon" (Danish "man").
func (d *Dates) WeekdayShort(w time.Weekday) string { return d.weekdaysShort[w] }

// DayMonth is "23 November" (Danish "23. november").
func (d *Dates) DayMonth(t time.Time) string {
	return fill(d.dayMonth, "", strconv.Itoa(t.Day()), d.months[t.Month()-1], "")
}

// DateTime is "Mon 23 Nov 14:05" (Danish "man 23. nov 14:05") in t's zone.
func (d *Dates) DateTime(t time.Time) string {
	return fill(d.dateTime, d.weekdaysShort[t.Weekday()], strconv.Itoa(t.Day()), d.monthsShort[t.Month()-1],
		fmt.Sprintf("%02d:%02d", t.Hour(), t.Minute()))
}

// Short is "23 Nov" (Danish "23. nov"), for a chart's axis.
func (d *Dates) Short(t time.Time) string {
	return fill(d.short, "", strconv.Itoa(t.Day()), d.monthsShort[t.Month()-1], "")
}

// LongestDateTime is the widest text DateTime can give (in runes, which
// is columns for the catalogs' names), for a column that must fit every
// date.
func (d *Dates) LongestDateTime() string {
	wd, mo := "", ""
	for _, w := range d.weekdaysShort {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(wd) {
			wd = w
		}
	}
	for _, m := range d.monthsShort {
		if utf8.RuneCountInString(m) > utf8.RuneCountInString(mo) {
			mo = m
		}
	}
	return fill(d.dateTime, wd, "28", mo, "23:59")
}
