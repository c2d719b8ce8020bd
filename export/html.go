package export

import (
	"html/template"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
)

// HTMLReport is what WriteHTML needs.
type HTMLReport struct {
	// Sessions are the period's sessions, in any order.
	Sessions []journal.Session
	// Now is when the report is written; its zone is the patient's, in
	// which days and weeks are counted.
	Now time.Time
	// From starts the period (the --since value); zero means the first
	// session's day.
	From time.Time
	// Lang is the patient's language, "en" or "da".
	Lang  string
	Names Names
	// Routines are the routines in use with their doses now. The doses
	// must come from the whole journal (progress.Doses), not only the
	// period's sessions, which would replay the progression from the
	// middle.
	Routines []RoutineDoses
	// DoseText words an exercise's dose, as the app and `routines show`
	// do (views.DoseText in the report's language; export cannot import
	// views). Nil leaves the doses out.
	DoseText func(routines.Exercise, routines.Doses) string
	// PlanDaysPerWeek is the plan the weeks are held against: days with
	// an exercised session per week. 0 means 7, every day, as the
	// built-in routines advise ("daily, if the pain allows").
	PlanDaysPerWeek int
}

// RoutineDoses is a routine and the doses of its progressive exercises
// now.
type RoutineDoses struct {
	Routine routines.Routine
	Doses   routines.Doses
}

// WriteHTML writes one self-contained page for the physiotherapist: the
// period, pain before and after over time (an SVG chart), how far the pain
// reached, sessions per week against the plan, stops for pain with their
// answers, warning signs at check-in, skipped exercises, notes, and the
// routines with their doses now, in the patient's language. Everything is
// inline (CSS and SVG; no script, font or image from anywhere), every
// outside text is escaped by html/template, and it prints on A4.
func WriteHTML(w io.Writer, r HTMLReport) error {
	c := i18n.New(r.Lang)
	p := buildPage(r, c)
	t, err := template.New("report").Funcs(template.FuncMap{
		"t": func(id string, kv ...any) string { return c.T(id, kv...) },
	}).Parse(htmlTemplate)
	if err != nil {
		return err
	}
	return t.Execute(w, p)
}

// page is the template's data, every text already in the patient's
// language and every figure already placed.
type page struct {
	Lang, Period, Made, Totals string
	Empty                      bool
	Pain, Reach                *chart
	ReachMoves                 string
	Spreading                  bool
	Weeks                      []weekRow
	Plan                       int
	Stops                      []stopRow
	Flags                      []flagRow
	Skipped                    []skipRow
	Notes                      []noteRow
	Routines                   []routineBlock
}

type weekRow struct {
	Label                    string
	Days, Sessions, Stops    int
	BarDays, BarPlan, BarMax int // widths of the bar's parts, in px
}

type stopRow struct{ When, Routine, Pain, During, Where, Reach string }

type flagRow struct{ When, Flag, Pain, Reach string }

type skipRow struct {
	Exercise string
	Times    int
	Last     string
}

type noteRow struct{ When, Text string }

type routineBlock struct {
	Name, Phase string
	Lines       []doseRow
}

type doseRow struct{ Exercise, Dose string }

func buildPage(r HTMLReport, c *i18n.Catalog) page {
	ss := journal.Chronological(r.Sessions)
	loc := r.Now.Location()
	d := c.Dates()
	p := page{Lang: c.Lang(), Plan: r.PlanDaysPerWeek}
	if p.Plan <= 0 || p.Plan > 7 {
		p.Plan = 7
	}
	p.Made = c.T("export.made", "Date", d.DayMonth(r.Now)+" "+r.Now.Format("2006"))
	p.Routines = routineBlocks(r.Routines, r.DoseText, c)
	if len(ss) == 0 {
		p.Empty = true
		return p
	}
	from := r.From
	if from.IsZero() {
		from = ss[0].StartedAt
	}
	end := r.Now
	if last := ss[len(ss)-1].StartedAt; last.After(end) {
		end = last
	}
	from, end = from.In(loc), end.In(loc)
	p.Period = c.T("export.period", "From", longDate(d, from), "To", longDate(d, end))
	n := progress.Count(ss)
	p.Totals = c.T("export.totals", "Completed", n.Completed, "PainStops", n.PainStops, "Unfinished", n.Unfinished, "RedFlags", n.RedFlags)
	p.Pain = painChart(ss, from, end, c)
	p.Reach = reachChart(ss, from, end, c)
	p.ReachMoves = reachMoves(ss, c)
	p.Spreading = progress.SpreadingTrend(ss, end)
	p.Weeks = weekRows(ss, from, end, p.Plan, c)
	rep := report{c: c, loc: loc, names: r.Names}
	for _, s := range ss {
		when := rep.dateTime(s.StartedAt) // ISO, as in the Markdown report: unambiguous in both countries
		switch {
		case s.Outcome == journal.PainStop:
			row := stopRow{When: when, Routine: rep.plainRoutine(s), Pain: painText(s.PainBefore) + " → " + painText(s.PainAfter), Where: rep.plainWhere(s.PainWhere), Reach: rep.plainReach(s)}
			if len(s.Steps) > 0 {
				row.During = rep.plainExercise(s.Steps[len(s.Steps)-1].Exercise)
			}
			p.Stops = append(p.Stops, row)
		case s.Outcome == journal.RedFlag:
			row := flagRow{When: when, Flag: rep.plainName(r.Names.RedFlag, s.RedFlag), Pain: painText(s.PainBefore), Reach: rep.plainReach(s)}
			p.Flags = append(p.Flags, row)
		}
		if note := strings.TrimSpace(termtext.Clean(strings.ReplaceAll(s.Note, "\n", " "))); note != "" {
			p.Notes = append(p.Notes, noteRow{When: when, Text: note})
		}
	}
	p.Skipped = skipRows(ss, rep)
	return p
}

func longDate(d *i18n.Dates, t time.Time) string { return d.DayMonth(t) + " " + t.Format("2006") }

// weekRows is sessions per ISO week against the plan, from the week of
// from to the week of end.
func weekRows(ss []journal.Session, from, end time.Time, plan int, c *i18n.Catalog) []weekRow {
	const barMax = 140 // px for 7 days
	var out []weekRow
	for _, w := range progress.Weekly(ss, end, progress.WeeksSpanned(from, end)) {
		_, num := w.Start.ISOWeek()
		out = append(out, weekRow{
			Label: c.T("report.week", "Week", num, "Date", c.Dates().Short(w.Start)),
			Days:  w.Days, Sessions: w.Sessions, Stops: w.PainStops,
			BarDays: w.Days * barMax / 7, BarPlan: plan * barMax / 7, BarMax: barMax,
		})
	}
	return out
}

// skipRows counts, per exercise, the sessions in which it was skipped.
// Exercises are told apart by the name the patient knows them by: the
// press-up of the pain-relief routine and the mobility routine's cobra
// are one exercise ("Cobra (press-up)") under two ids, one row.
func skipRows(ss []journal.Session, rep report) []skipRow {
	count := map[string]int{}
	last := map[string]time.Time{}
	var order []string
	for _, s := range ss {
		seen := map[string]bool{}
		for _, id := range progress.SkippedExercises(s) {
			name := rep.plainExercise(id)
			if seen[name] {
				continue // both ids in one session: one skip
			}
			seen[name] = true
			if count[name] == 0 {
				order = append(order, name)
			}
			count[name]++
			if s.StartedAt.After(last[name]) {
				last[name] = s.StartedAt
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	var out []skipRow
	for _, name := range order {
		out = append(out, skipRow{Exercise: name, Times: count[name], Last: rep.date(last[name].In(rep.loc))})
	}
	return out
}

// reachMoves sums up how the pain's reach moved within the sessions that
// have both answers.
func reachMoves(ss []journal.Session, c *i18n.Catalog) string {
	var up, down, same int
	for _, s := range ss {
		switch progress.Movement(s) {
		case progress.Centralised:
			up++
		case progress.Spreading:
			down++
		case progress.ReachSame:
			same++
		}
	}
	if up+down+same == 0 {
		return ""
	}
	return c.T("report.reach_moves", "Up", up, "Down", down, "Same", same)
}

func routineBlocks(rs []RoutineDoses, doseText func(routines.Exercise, routines.Doses) string, c *i18n.Catalog) []routineBlock {
	var out []routineBlock
	for _, rd := range rs {
		lang := rd.Routine.Lang(c.Lang())
		b := routineBlock{Name: termtext.Clean(rd.Routine.Name.In(lang))}
		if rd.Routine.Phase.Valid() {
			if phase := (&report{c: c}).phase(rd.Routine.Phase); phase != b.Name {
				b.Phase = phase
			}
		}
		for _, e := range rd.Routine.Exercises {
			row := doseRow{Exercise: termtext.Clean(e.Name.In(lang))}
			if doseText != nil {
				row.Dose = doseText(e, rd.Doses)
			}
			b.Lines = append(b.Lines, row)
		}
		out = append(out, b)
	}
	return out
}
