package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
)

// Names gives display names for the ids a journal holds, in the report's
// language. A nil func, or one returning "", leaves the id as it is (a
// built-in routine's id is a phase and is named as the phase).
type Names struct {
	Routine, Exercise, RedFlag func(id string) string
}

// WriteMarkdown writes a report for a physiotherapist in lang ("en" or
// "da"), with ids as stored. See WriteMarkdownNamed.
func WriteMarkdown(w io.Writer, ss []journal.Session, now time.Time, lang string) error {
	return WriteMarkdownNamed(w, ss, now, lang, Names{})
}

// WriteMarkdownNamed writes a readable report: the period, totals, a table
// of adherence per ISO week, the weekly pain trend (mean before → after),
// the pain stops with where the pain was, the red-flag check-ins, and
// every session with its steps. Days, weeks and clock times are in now's
// zone. Dates are ISO (2025-03-10), which needs no translation and cannot
// be misread in either country.
func WriteMarkdownNamed(w io.Writer, ss []journal.Session, now time.Time, lang string, names Names) error {
	r := report{w: w, c: i18n.New(lang), loc: now.Location(), names: names}
	r.write(journal.Chronological(ss), now)
	return r.err
}

type report struct {
	w     io.Writer
	err   error
	c     *i18n.Catalog
	loc   *time.Location
	names Names
}

// printf writes unless an earlier write failed; the first error is kept.
func (r *report) printf(format string, args ...any) {
	if r.err == nil {
		_, r.err = fmt.Fprintf(r.w, format, args...)
	}
}

func (r *report) write(ss []journal.Session, now time.Time) {
	c := r.c
	r.printf("# %s\n\n", c.T("export.title"))
	if len(ss) == 0 {
		r.printf("%s\n\n%s\n", c.T("export.made", "Date", r.date(now)), c.T("export.empty"))
		return
	}
	first, last := ss[0].StartedAt, ss[len(ss)-1].StartedAt
	r.printf("%s  \n", c.T("export.period", "From", r.date(first), "To", r.date(last)))
	r.printf("%s  \n", c.T("export.made", "Date", r.date(now)))
	r.printf("%s\n\n", c.T("export.scale"))

	n := progress.Count(ss)
	r.printf("%s\n\n", c.T("export.totals", "Completed", n.Completed, "PainStops", n.PainStops, "Unfinished", n.Unfinished, "RedFlags", n.RedFlags))

	end := now
	if last.After(end) {
		end = last
	}
	end = end.In(r.loc)
	weeks := progress.Weekly(ss, end, progress.WeeksSpanned(first, end))
	r.adherence(weeks)
	r.painTrend(weeks)
	r.painStops(ss)
	r.redFlags(ss)
	r.sessions(ss)
}

func (r *report) adherence(weeks []progress.Week) {
	c := r.c
	r.printf("## %s\n\n", c.T("export.adherence"))
	r.printf("| %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|\n",
		c.T("export.col_week"), c.T("export.col_days"), c.T("export.col_completed"),
		c.T("export.col_pain_stops"), c.T("export.col_unfinished"))
	for _, w := range weeks {
		r.printf("| %s | %d/7 | %d | %d | %d |\n", r.week(w.Start), w.Days, w.Sessions, w.PainStops, w.Unfinished)
	}
	r.printf("\n")
}

func (r *report) painTrend(weeks []progress.Week) {
	c := r.c
	r.printf("## %s\n\n%s\n\n", c.T("export.pain_trend"), c.T("export.pain_trend_help"))
	r.printf("| %s | %s | %s | %s |\n|---|---:|---:|---:|\n",
		c.T("export.col_week"), c.T("export.col_before"), c.T("export.col_after"), c.T("export.col_change"))
	for _, w := range weeks {
		if !w.HasBefore && !w.HasAfter {
			continue
		}
		// The change is over sessions rated both before and after, not
		// the difference of the two means: a red-flag check-in has a
		// "before" and no "after".
		change := "–"
		if w.HasChange {
			change = r.signed(w.Change)
		}
		r.printf("| %s | %s | %s | %s |\n", r.week(w.Start), r.mean(w.Before, w.HasBefore), r.mean(w.After, w.HasAfter), change)
	}
	r.printf("\n")
}

func (r *report) painStops(ss []journal.Session) {
	c := r.c
	r.printf("## %s\n\n", c.T("export.pain_stops"))
	n := 0
	for _, s := range ss {
		if s.Outcome != journal.PainStop {
			continue
		}
		n++
		parts := []string{r.routine(s), r.pain(s)}
		if len(s.Steps) > 0 {
			parts = append(parts, c.T("export.stopped_during", "Exercise", r.exercise(s.Steps[len(s.Steps)-1].Exercise)))
		}
		parts = append(parts, c.T("export.where", "Where", r.where(s.PainWhere)))
		r.printf("- %s: %s\n", r.dateTime(s.StartedAt), strings.Join(parts, " · "))
	}
	if n == 0 {
		r.printf("%s\n", c.T("export.none"))
	}
	r.printf("\n")
}

func (r *report) redFlags(ss []journal.Session) {
	c := r.c
	r.printf("## %s\n\n", c.T("export.red_flags"))
	n := 0
	for _, s := range ss {
		if s.Outcome != journal.RedFlag {
			continue
		}
		if n == 0 {
			r.printf("%s\n\n", c.T("export.red_flags_help"))
		}
		n++
		line := c.T("export.red_flag_answer", "Flag", r.redFlag(s.RedFlag))
		if s.PainBefore != nil {
			line += " · " + c.T("export.pain_at_check_in", "Pain", *s.PainBefore)
		}
		r.printf("- %s: %s\n", r.dateTime(s.StartedAt), line)
	}
	if n == 0 {
		r.printf("%s\n", c.T("export.none"))
	}
	r.printf("\n")
}

func (r *report) sessions(ss []journal.Session) {
	c := r.c
	r.printf("## %s\n", c.T("export.sessions"))
	for _, s := range ss {
		when := r.dateTime(s.StartedAt)
		if !s.EndedAt.IsZero() {
			when += "–" + s.EndedAt.In(r.loc).Format("15:04")
		}
		r.printf("\n### %s · %s · %s\n\n", when, r.routine(s), r.outcome(s.Outcome))
		facts := []string{r.pain(s)}
		if s.Outcome == journal.RedFlag {
			facts = facts[:0]
			if s.PainBefore != nil {
				facts = append(facts, c.T("export.pain_at_check_in", "Pain", *s.PainBefore))
			}
		}
		if l := progress.TrafficLight(s.PainBefore, s.PainAfter); l != progress.Unknown {
			facts = append(facts, r.light(l))
		}
		if s.PainWhere != "" {
			facts = append(facts, c.T("export.where", "Where", r.where(s.PainWhere)))
		}
		if reach := r.reachFact(s); reach != "" {
			facts = append(facts, reach)
		}
		if skipped := progress.SkippedExercises(s); len(skipped) > 0 {
			names := make([]string, len(skipped))
			for i, id := range skipped {
				names[i] = r.exercise(id)
			}
			facts = append(facts, c.T("report.skipped_list", "Exercises", strings.Join(names, ", ")))
		}
		if s.RedFlag != "" {
			facts = append(facts, c.T("export.red_flag_answer", "Flag", r.redFlag(s.RedFlag)))
		}
		r.printf("%s\n", capitalize(strings.Join(facts, " · ")))
		if s.Note != "" {
			r.printf("\n%s\n", c.T("export.note", "Note", escape(s.Note)))
		}
		if s.Outcome == journal.RedFlag {
			continue // a check-in has no exercises to list
		}
		if len(s.Steps) == 0 {
			r.printf("\n%s\n", c.T("export.no_steps"))
			continue
		}
		r.printf("\n| %s | %s | %s | %s | %s | %s | %s |\n|---|---|---:|---:|---:|---|---|\n",
			c.T("export.col_exercise"), c.T("export.col_side"), c.T("export.col_set"),
			c.T("export.col_planned"), c.T("export.col_done"), c.T("export.col_finished"), c.T("export.col_at"))
		for _, st := range s.Steps {
			finished := c.T("export.yes")
			switch progress.ClassifyStep(st) {
			case progress.CutShort:
				finished = c.T("export.cut_short")
			case progress.Skipped:
				finished = c.T("report.skipped")
			}
			r.printf("| %s | %s | %d | %s | %s | %s | %s |\n", r.exercise(st.Exercise), r.side(st.Side), st.Set,
				r.amount(st.Planned, st.Unit), r.amount(st.Done, st.Unit), finished, st.At.In(r.loc).Format("15:04:05"))
		}
	}
}

func (r *report) date(t time.Time) string     { return t.In(r.loc).Format("2006-01-02") }
func (r *report) dateTime(t time.Time) string { return t.In(r.loc).Format("2006-01-02 15:04") }

func (r *report) week(start time.Time) string {
	_, w := start.ISOWeek()
	return r.c.T("export.week", "Week", w, "Date", r.date(start))
}

func (r *report) pain(s journal.Session) string {
	return r.c.T("export.pain", "Before", painText(s.PainBefore), "After", painText(s.PainAfter))
}

func painText(p *int) string {
	if p == nil {
		return "–"
	}
	return strconv.Itoa(*p)
}

// mean formats a mean rating to one decimal, with a decimal comma in
// Danish.
func (r *report) mean(v float64, ok bool) string {
	if !ok {
		return "–"
	}
	return r.decimal(strconv.FormatFloat(v, 'f', 1, 64))
}

func (r *report) signed(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if v > 0.05 {
		s = "+" + s
	}
	if s == "-0.0" {
		s = "0.0"
	}
	return r.decimal(s)
}

func (r *report) decimal(s string) string {
	if r.c.Lang() == i18n.DA {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

func (r *report) amount(n int, unit string) string {
	if unit == journal.UnitReps {
		return r.c.N("export.reps", n)
	}
	return r.c.N("export.seconds", n)
}

func (r *report) routine(s journal.Session) string {
	if r.names.Routine != nil {
		if n := r.names.Routine(s.Routine); n != "" {
			return escape(n)
		}
	}
	if p := routines.Phase(s.Routine); p.Valid() {
		return r.phase(p)
	}
	return escape(s.Routine)
}

func (r *report) exercise(id string) string {
	if r.names.Exercise != nil {
		if n := r.names.Exercise(id); n != "" {
			return escape(n)
		}
	}
	return escape(id)
}

func (r *report) redFlag(id string) string {
	if r.names.RedFlag != nil {
		if n := r.names.RedFlag(id); n != "" {
			return escape(n)
		}
	}
	return escape(id)
}

// The catalog keys of the journal's and routines' fixed values; a value
// the report does not know (a newer rygtimer's) is shown as written.
var (
	phaseKeys = map[routines.Phase]string{
		routines.PainRelief:    "export.phase_pain_relief",
		routines.Mobility:      "export.phase_mobility",
		routines.Strengthening: "export.phase_strengthening",
	}
	whereKeys = map[string]string{
		journal.PainBack:  "export.where_back",
		journal.PainLeg:   "export.where_leg",
		journal.PainNerve: "export.where_nerve",
		"":                "export.where_unanswered",
	}
	sideKeys = map[routines.Side]string{
		routines.Right: "export.side_right",
		routines.Left:  "export.side_left",
		routines.Both:  "export.side_both",
	}
	lightKeys = map[progress.Light]string{
		progress.Green: "export.light_green",
		progress.Amber: "export.light_amber",
		progress.Red:   "export.light_red",
	}
)

// worded is v in the report's language through keys, or unknown.
func worded[V comparable](r *report, v V, keys map[V]string, unknown string) string {
	if k, ok := keys[v]; ok {
		return r.c.T(k)
	}
	return unknown
}

func (r *report) phase(p routines.Phase) string {
	return worded(r, p, phaseKeys, escape(string(p)))
}

func (r *report) outcome(o journal.Outcome) string {
	if s := r.c.T("outcome." + progress.OutcomeKey(o)); !strings.HasPrefix(s, "!") {
		return s
	}
	return escape(string(o))
}

func (r *report) where(w string) string {
	return worded(r, w, whereKeys, escape(w))
}

func (r *report) side(s string) string {
	return worded(r, routines.Side(s), sideKeys, escape(s))
}

func (r *report) light(l progress.Light) string {
	return worded(r, l, lightKeys, "")
}

// capitalize starts a line of joined phrases with a capital letter.
func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}

// escape keeps text typed by the patient (a note) or by a routine's author
// (a name) from being read as Markdown: table pipes, emphasis, links,
// headings and HTML are escaped, and line breaks become spaces.
func escape(s string) string {
	var b strings.Builder
	for _, r := range strings.Join(strings.Fields(s), " ") {
		if strings.ContainsRune("\\`*_[]<>#|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
