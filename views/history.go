package views

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
)

// HistoryScreen draws the History screen: the streak, this week and today
// on top, the pain chart, the last 8 weeks, then every session, newest
// first. The whole content is one column of lines shown from v.Scroll
// (clamped; see HistoryMaxScroll), with a marker where it is cut.
//
// Only what is shown is computed: the chart's days, 8 weeks and the
// visible rows of the list, so ten years of journal draw as fast as a week.
func HistoryScreen(c Ctx, v History) string {
	title := c.Cat.T("history.title")
	if !v.Ready {
		return frame(c, title, c.St.Muted.Render(c.Cat.T("history.reading")), true)
	}
	if len(v.Sessions) == 0 {
		return frame(c, title, c.St.Text.Render(wrapBlock(c.Cat.T("history.empty"), c.Width-4)), true)
	}
	h := newHistoryDoc(c, v.Names, v.Now)
	width := c.Width - 2
	head := h.head(v.Sessions, width)
	per := h.columns(nil, width).perRow()
	room := historyRoom(c)
	total := len(head) + per*len(v.Sessions)
	scroll := min(max(v.Scroll, 0), max(total-room, 0))
	end := min(scroll+room, total)

	// Column widths from the rows on screen (and every routine name), so
	// the list does not jump about as it scrolls.
	from, to := max(scroll-len(head), 0)/per, (max(end-len(head), 0)+per-1)/per
	cols := h.columns(v.Sessions[from:to], width)
	head[len(head)-1] = h.header(cols)

	lines := make([]string, 0, end-scroll)
	var rows []string
	for i := scroll; i < end; i++ {
		if i < len(head) {
			lines = append(lines, head[i])
			continue
		}
		k := i - len(head)
		if k%per == 0 || rows == nil {
			rows = h.row(v.Sessions[k/per], cols)
		}
		lines = append(lines, rows[k%per])
	}
	if scroll > 0 && len(lines) > 1 {
		lines[0] = c.St.Muted.Render(c.Cat.T("history.more_up"))
	}
	if end < total && len(lines) > 0 {
		lines[len(lines)-1] = c.St.Accent.Render(c.Cat.T("history.more_down"))
	}
	return frame(c, title, strings.Join(lines, "\n"), true)
}

// HistoryMaxScroll is the largest Scroll that still changes the History
// screen, for the model to clamp its scroll position to.
func HistoryMaxScroll(c Ctx, v History) int {
	if !v.Ready || len(v.Sessions) == 0 {
		return 0
	}
	h := newHistoryDoc(c, v.Names, v.Now)
	width := c.Width - 2
	per := h.columns(nil, width).perRow()
	return max(len(h.head(v.Sessions, width))+per*len(v.Sessions)-historyRoom(c), 0)
}

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
	dn    dateNames
	names map[string]string
	now   time.Time

	outcomes     map[string]string // outcome key (see outcomeKey) → words
	minutesPat   string            // "{{.N}} min" with phDay for the number
	underMinute  string
	outcomeStyle map[journal.Outcome]lipgloss.Style
}

func newHistoryDoc(c Ctx, names map[string]string, now time.Time) historyDoc {
	if now.IsZero() {
		now = time.Now()
	}
	cat := c.Cat
	return historyDoc{
		c: c, dn: newDateNames(cat), names: names, now: now,
		outcomes: map[string]string{
			"open":            cat.T("history.outcome.open"),
			"completed":       cat.T("history.outcome.completed"),
			"pain_stop":       cat.T("history.outcome.pain_stop"),
			"pain_stop_back":  cat.T("history.outcome.pain_stop_back"),
			"pain_stop_leg":   cat.T("history.outcome.pain_stop_leg"),
			"pain_stop_nerve": cat.T("history.outcome.pain_stop_nerve"),
			"quit":            cat.T("history.outcome.quit"),
			"interrupted":     cat.T("history.outcome.interrupted"),
			"red_flag":        cat.T("history.outcome.red_flag"),
		},
		minutesPat:  cat.T("history.minutes", "N", phDay),
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
// the weeks, the list's title and its column heads.
func (h historyDoc) head(ss []journal.Session, width int) []string {
	c := h.c
	lines := []string{h.facts(ss, width), ""}
	days, cell := chartDays(width)
	lines = append(lines, painChart(c, h.dn, ss, h.now, days, cell)...)
	lines = append(lines, "")
	lines = append(lines, weekGrid(c, h.dn, ss, h.now)...)
	lines = append(lines, "", c.St.Subtitle.Render(c.Cat.T("history.sessions_title")))
	return append(lines, h.header(h.columns(nil, width)))
}

// facts is the top line: streak · sessions this week · done today or not.
// It breaks into three lines when one does not fit.
func (h historyDoc) facts(ss []journal.Session, width int) string {
	c := h.c
	recent := since(ss, dayStart(h.now, 7))
	n := streak(ss, h.now)
	st := c.Cat.T("history.streak_none")
	if n > 0 {
		st = c.Cat.N("history.streak", n)
	}
	week := journal.ThisWeek(recent, h.now)
	parts := []string{
		c.St.Subtitle.Render(st),
		c.St.Subtitle.Render(c.Cat.N("history.week_sessions", week)),
	}
	if journal.DoneToday(recent, h.now) {
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

func (l listCols) perRow() int {
	if l.twoLine {
		return 2
	}
	return 1
}

// columns fits the list to width, measured on rows (the ones on screen),
// every routine name and every outcome. Whether a session takes one line
// or two depends only on the names and the width, never on the rows, so
// the list's length is known without drawing it. Within that, a name
// too long for its column is cut with "…".
func (h historyDoc) columns(rows []journal.Session, width int) listCols {
	c := h.c
	w := func(s string) int { return ansi.StringWidth(s) }
	cols := listCols{gap: "   "}
	cols.when = max(w(h.dn.longestDateTime()), w(c.Cat.T("history.col_when")))
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
		cols.pain = max(cols.pain, w(painPair(s.PainBefore, s.PainAfter)))
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
	if !ok || open(s) {
		ost = c.St.Muted
	}
	first := c.St.Text.Render(cell(h.dn.dateTime(s.StartedAt.In(h.now.Location())), cols.when)+cols.gap+
		cell(h.routineName(s.Routine), cols.routine)) + cols.gap
	pain := c.St.Subtitle.Render(painPair(s.PainBefore, s.PainAfter))
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

// open reports whether a session has not ended (running, or left open by
// a crash).
func open(s journal.Session) bool { return s.EndedAt.IsZero() || s.Outcome == journal.Running }

func (h historyDoc) routineName(id string) string {
	if n, ok := h.names[id]; ok && n != "" {
		return n
	}
	return id
}

// outcome says in words how a session ended, with where it hurt after a
// pain stop.
func (h historyDoc) outcome(s journal.Session) string {
	if open(s) {
		return h.outcomes["open"]
	}
	k := string(s.Outcome)
	if s.Outcome == journal.PainStop && s.PainWhere != "" {
		k += "_" + s.PainWhere
	}
	if o, ok := h.outcomes[k]; ok {
		return o
	}
	if o, ok := h.outcomes[string(s.Outcome)]; ok {
		return o
	}
	return string(s.Outcome)
}

// minutes is how long the session ran; "–" for one still open or a
// red-flag check-in, which never started.
func (h historyDoc) minutes(s journal.Session) string {
	if open(s) || s.Outcome == journal.RedFlag {
		return "–"
	}
	m := int(math.Round(s.EndedAt.Sub(s.StartedAt).Minutes()))
	if m < 1 {
		return h.underMinute
	}
	return h.minutesText(m)
}

func (h historyDoc) minutesText(m int) string {
	return strings.Replace(h.minutesPat, phDay, strconv.Itoa(m), 1)
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

// dateNames formats dates in the catalog's language: Go's time formatting
// knows only English names, so the names and the order come from the
// catalog (history.weekdays, history.months, history.date_time).
type dateNames struct {
	weekdays [7]string  // Sunday first
	months   [12]string // January first
	long     string     // pattern with the placeholders below
	shortPat string
}

// Placeholders filled per date, so a template runs once per screen rather
// than once per row.
const (
	phWeekday = "\x00W\x00"
	phDay     = "\x00D\x00"
	phMonth   = "\x00M\x00"
	phTime    = "\x00T\x00"
)

func newDateNames(cat *i18n.Catalog) dateNames {
	var dn dateNames
	wd := strings.Fields(cat.T("history.weekdays"))
	for i := range dn.weekdays {
		if i < len(wd) {
			dn.weekdays[i] = wd[i]
		} else {
			dn.weekdays[i] = time.Weekday(i).String()[:3]
		}
	}
	ms := strings.Fields(cat.T("history.months"))
	for i := range dn.months {
		if i < len(ms) {
			dn.months[i] = ms[i]
		} else {
			dn.months[i] = time.Month(i + 1).String()[:3]
		}
	}
	dn.long = cat.T("history.date_time", "Weekday", phWeekday, "Day", phDay, "Month", phMonth, "Time", phTime)
	dn.shortPat = cat.T("history.date_short", "Day", phDay, "Month", phMonth)
	return dn
}

func (dn dateNames) fill(pat, weekday, day, month, clock string) string {
	for _, r := range [...][2]string{{phWeekday, weekday}, {phDay, day}, {phMonth, month}, {phTime, clock}} {
		pat = strings.Replace(pat, r[0], r[1], 1)
	}
	return pat
}

// dateTime is "Mon 23 Nov 14:05" (Danish "man 23. nov 14:05") in t's zone.
func (dn dateNames) dateTime(t time.Time) string {
	return dn.fill(dn.long, dn.weekdays[t.Weekday()], strconv.Itoa(t.Day()), dn.months[t.Month()-1],
		fmt.Sprintf("%02d:%02d", t.Hour(), t.Minute()))
}

// short is "23 Nov" (Danish "23. nov"), for the chart's axis.
func (dn dateNames) short(t time.Time) string {
	return dn.fill(dn.shortPat, "", strconv.Itoa(t.Day()), dn.months[t.Month()-1], "")
}

// longestDateTime is the widest date dateTime can produce, for the list's
// first column.
func (dn dateNames) longestDateTime() string {
	wd, mo := "", ""
	for _, w := range dn.weekdays {
		if ansi.StringWidth(w) > ansi.StringWidth(wd) {
			wd = w
		}
	}
	for _, m := range dn.months {
		if ansi.StringWidth(m) > ansi.StringWidth(mo) {
			mo = m
		}
	}
	return dn.fill(dn.long, wd, "28", mo, "23:59")
}
