package views

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
)

// HistoryScreen draws the History screen: the streak, this week and today
// on top, the pain chart, the last 8 weeks, then every session, newest
// first. That document (HistoryDocument) is built by the model once per
// history and width and scrolled in its viewport; v.View is what the
// viewport shows, with a marker where text is cut.
func HistoryScreen(c Ctx, v History) string {
	title := c.Cat.T("history.title")
	if !v.Ready {
		return frame(c, title, c.St.Muted.Render(c.Cat.T("history.reading")), true)
	}
	if len(v.Sessions) == 0 {
		return frame(c, title, c.St.Text.Render(wrapBlock(c.Cat.T("history.empty"), c.Width-4)), true)
	}
	lines := splitLines(v.View)
	if v.Above && len(lines) > 1 {
		lines[0] = c.St.Muted.Render(c.Cat.T("history.more_up"))
	}
	if v.Below && len(lines) > 0 {
		lines[len(lines)-1] = c.St.Accent.Render(c.Cat.T("history.more_down"))
	}
	return frame(c, title, strings.Join(lines, "\n"), true)
}

// HistoryDocument is every line of the History screen below its title:
// the head (facts, chart, weeks, the list's column heads) and a row for
// each session, with the columns measured on all of them so the list does
// not jump about as it scrolls. The model builds it when the history or
// the width changes, not on every frame.
func HistoryDocument(c Ctx, v History) []string {
	if !v.Ready || len(v.Sessions) == 0 {
		return nil
	}
	h := newHistoryDoc(c, v.Names, v.Now)
	width := c.Width - 2
	lines := h.head(v.Sessions, width)
	cols := h.columns(v.Sessions, width)
	lines[len(lines)-1] = h.header(cols)
	for _, s := range v.Sessions {
		lines = append(lines, h.row(s, cols)...)
	}
	// One entry per screen line: the facts break into three lines in a
	// narrow window.
	return splitLines(strings.Join(lines, "\n"))
}

// HistoryRoom is how many document lines the History screen shows: the
// height of the model's viewport.
func HistoryRoom(c Ctx) int { return historyRoom(c) }

// historyRoom is the number of body lines frame leaves the History screen:
// the window less the title, its blank line, the help bar and the save
// warning when there is one.
func historyRoom(c Ctx) int {
	room := c.Height - 3
	if c.SaveErr {
		room--
	}
	return max(room, 1)
}

// historyDoc holds what every part of the history needs to draw, with
// the list's words looked up once per screen rather than once per row.
type historyDoc struct {
	c     Ctx
	dn    *i18n.Dates
	names map[string]string
	now   time.Time

	outcomes     map[string]string // progress.Ending → words
	minutesPat   string            // "{{.N}} min" with phMinutes for the number
	underMinute  string
	outcomeStyle map[journal.Outcome]lipgloss.Style
}

func newHistoryDoc(c Ctx, names map[string]string, now time.Time) historyDoc {
	cat := c.Cat
	return historyDoc{
		c: c, dn: cat.Dates(), names: names, now: now,
		outcomes:    outcomeWords(cat),
		minutesPat:  cat.T("history.minutes", "N", phMinutes),
		underMinute: cat.T("history.under_a_minute"),
		// Colour only echoes the words: green done, amber pain stop, red
		// flag red, the rest muted.
		outcomeStyle: map[journal.Outcome]lipgloss.Style{
			journal.Completed: c.St.Good,
			journal.PainStop:  c.St.Warn,
			journal.RedFlag:   c.St.Urgent,
		},
	}
}

// head is everything above the session rows: the three facts, the chart,
// the weeks, the list's title and its column heads. The figures come from
// progress.Summarize; this only lays them out.
func (h historyDoc) head(ss []journal.Session, width int) []string {
	c := h.c
	days, cell := chartDays(width)
	o := progress.Summarize(ss, h.now, days, gridWeeks)
	lines := []string{h.facts(o, width), ""}
	lines = append(lines, painChart(c, h.dn, o.Pain, cell)...)
	lines = append(lines, "")
	lines = append(lines, weekGrid(c, h.dn, o)...)
	lines = append(lines, "", c.St.Subtitle.Render(c.Cat.T("history.sessions_title")))
	if anyMovement(ss) {
		lines = append(lines, c.St.Muted.Render(wrapBlock(c.Cat.T("history.reach_legend"), width)))
	}
	return append(lines, h.header(h.columns(nil, width)))
}

// facts is the top line: streak · sessions this week · done today or not.
// It breaks into three lines when one does not fit.
func (h historyDoc) facts(o progress.Overview, width int) string {
	c := h.c
	st := c.Cat.T("history.streak_none")
	if o.Streak > 0 {
		st = c.Cat.N("history.streak", o.Streak)
	}
	parts := []string{
		c.St.Subtitle.Render(st),
		c.St.Subtitle.Render(c.Cat.N("history.week_sessions", o.ThisWeek)),
	}
	if o.DoneToday {
		parts = append(parts, c.St.Good.Bold(true).Render(c.Cat.T("history.done_today")))
	} else {
		parts = append(parts, c.St.Muted.Render(c.Cat.T("history.not_done_today")))
	}
	line := strings.Join(parts, c.St.Muted.Render("   ·   "))
	if lipgloss.Width(line) > width {
		line = strings.Join(parts, "\n")
	}
	return line
}

// listCols are the widths of the session list's columns and the gap
// between them. A window too narrow for one line per session (a large
// font, a split screen) gets two: date, routine and pain, then how it
// ended and how long it took, indented.
type listCols struct {
	when, routine, outcome, minutes, pain int
	gap                                   string
	twoLine                               bool
}

// columns fits the list to width, measured on rows (every session),
// every routine name and every outcome. Whether a session takes one line
// or two depends only on the names and the width, never on the rows, so
// the list's length is known without drawing it. Within that, a name
// too long for its column is cut with "…".
func (h historyDoc) columns(rows []journal.Session, width int) listCols {
	c := h.c
	w := func(s string) int { return ansi.StringWidth(s) }
	cols := listCols{gap: "   "}
	cols.when = max(w(h.dn.LongestDateTime()), w(c.Cat.T("history.col_when")))
	cols.routine = w(c.Cat.T("history.col_routine"))
	for _, n := range h.names {
		cols.routine = max(cols.routine, w(n))
	}
	cols.outcome = w(c.Cat.T("history.col_outcome"))
	for _, o := range h.outcomes {
		cols.outcome = max(cols.outcome, w(o))
	}
	cols.minutes = max(w(h.minutesText(10)), w(c.Cat.T("history.col_minutes")))
	cols.pain = max(w(painPair(journal.Pain(1), journal.Pain(1))), w(c.Cat.T("history.col_pain")))
	over := func() int {
		if cols.twoLine {
			return cols.when + cols.routine + cols.pain + 2*len(cols.gap) - width
		}
		return cols.when + cols.routine + cols.outcome + cols.minutes + cols.pain + 4*len(cols.gap) - width
	}
	if over() > 0 {
		cols.gap = "  "
	}
	cols.twoLine = over() > 0
	for _, s := range rows {
		cols.routine = max(cols.routine, w(h.routineName(s.Routine)))
		cols.minutes = max(cols.minutes, w(h.minutes(s)))
		cols.pain = max(cols.pain, w(painText(s)))
		cols.outcome = max(cols.outcome, w(h.outcome(s)))
	}
	if cols.twoLine {
		cols.routine = max(width-cols.when-cols.pain-2*len(cols.gap), 4)
		return cols
	}
	if o := over(); o > 0 {
		cols.routine -= min(o, max(cols.routine-8, 0))
	}
	if o := over(); o > 0 {
		cols.outcome = max(cols.outcome-o, 6)
	}
	return cols
}

// header is the list's column heads, laid out like its rows.
func (h historyDoc) header(cols listCols) string {
	cat := h.c.Cat
	when, routine, pain := cell(cat.T("history.col_when"), cols.when), cell(cat.T("history.col_routine"), cols.routine), cat.T("history.col_pain")
	if cols.twoLine {
		return h.c.St.Muted.Render(when + cols.gap + routine + cols.gap + pain)
	}
	return h.c.St.Muted.Render(when + cols.gap + routine + cols.gap +
		cell(cat.T("history.col_outcome"), cols.outcome) + cols.gap +
		padLeft(cat.T("history.col_minutes"), cols.minutes) + cols.gap + pain)
}

// row draws one session, as one line or two (see listCols).
func (h historyDoc) row(s journal.Session, cols listCols) []string {
	c := h.c
	ost, ok := h.outcomeStyle[s.Outcome]
	if !ok || progress.StillOpen(s) {
		ost = c.St.Muted
	}
	first := c.St.Text.Render(cell(h.dn.DateTime(s.StartedAt.In(h.now.Location())), cols.when)+cols.gap+
		cell(h.routineName(s.Routine), cols.routine)) + cols.gap
	pain := c.St.Subtitle.Render(painText(s))
	if cols.twoLine {
		second := "    " + ost.Render(h.outcome(s))
		if m := h.minutes(s); m != "–" {
			second += c.St.Muted.Render(" · " + m)
		}
		return []string{first + pain, second}
	}
	return []string{first + ost.Render(cell(h.outcome(s), cols.outcome)) + cols.gap +
		c.St.Muted.Render(padLeft(h.minutes(s), cols.minutes)) + cols.gap + pain}
}

func (h historyDoc) routineName(id string) string {
	if n, ok := h.names[id]; ok && n != "" {
		return termtext.Clean(n)
	}
	return termtext.Clean(id) // from the journal, written by anything
}

// outcomeWords are the words for every way a session can end, keyed by
// progress.Ending: the one outcome family of the catalogs, which Home and
// the exported report use too.
func outcomeWords(cat *i18n.Catalog) map[string]string {
	words := map[string]string{}
	for _, k := range []string{"open", "completed", "pain_stop", "pain_stop_back", "pain_stop_leg",
		"pain_stop_nerve", "quit", "interrupted", "red_flag"} {
		words[k] = cat.T("outcome." + k)
	}
	return words
}

// outcome says in words how a session ended, with where it hurt after a
// pain stop and how many exercises were skipped.
func (h historyDoc) outcome(s journal.Session) string {
	o, ok := h.outcomes[progress.Ending(s)]
	if !ok {
		o, ok = h.outcomes[string(s.Outcome)]
	}
	if !ok {
		o = termtext.Clean(string(s.Outcome))
	}
	if n := len(progress.SkippedExercises(s)); n > 0 {
		o += " · " + h.c.Cat.N("history.skipped", n)
	}
	return o
}

// reachMarks mark how far the pain moved within a session, beside its
// pain (the legend above the list says what they mean).
var reachMarks = map[progress.ReachMove]string{progress.Centralised: " ↑", progress.Spreading: " ↓"}

// painText is the pain before → after, marked with how far the pain
// moved: up towards the back, or down the leg.
func painText(s journal.Session) string {
	return painPair(s.PainBefore, s.PainAfter) + reachMarks[progress.Movement(s)]
}

// anyMovement reports whether any session has a reach mark to explain.
func anyMovement(ss []journal.Session) bool {
	for _, s := range ss {
		if reachMarks[progress.Movement(s)] != "" {
			return true
		}
	}
	return false
}

// minutes is how long the session ran; "–" for one still open or a
// red-flag check-in, which never started.
func (h historyDoc) minutes(s journal.Session) string {
	m, ok := progress.Minutes(s)
	switch {
	case !ok:
		return "–"
	case m < 1:
		return h.underMinute
	}
	return h.minutesText(m)
}

// phMinutes stands for the number in minutesPat, so the template runs
// once per screen rather than once per row.
const phMinutes = "\x00N\x00"

func (h historyDoc) minutesText(m int) string {
	return strings.Replace(h.minutesPat, phMinutes, strconv.Itoa(m), 1)
}

// painPair is "3 → 2", with "–" for a rating not given.
func painPair(before, after *int) string {
	p := func(v *int) string {
		if v == nil {
			return "–"
		}
		return strconv.Itoa(*v)
	}
	return fmt.Sprintf("%2s → %s", p(before), p(after))
}

// cell pads s to width, or cuts it with "…" when it is longer.
func cell(s string, width int) string {
	w := ansi.StringWidth(s)
	if w > width {
		return ansi.Truncate(s, width, "…")
	}
	return s + strings.Repeat(" ", width-w)
}

func padLeft(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return strings.Repeat(" ", width-w) + s
	}
	return s
}
