package views

import (
	"bytes"
	"charm.land/bubbles/v2/viewport"
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
)

// histKeys is a small help.KeyMap for the History screen's help bar.
type histKeys struct{ up, down, back key.Binding }

func newHistKeys() histKeys {
	return histKeys{
		up:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		down: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

func (k histKeys) ShortHelp() []key.Binding  { return []key.Binding{k.up, k.down, k.back} }
func (k histKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
func (k histKeys) Urgent() key.Binding       { return key.Binding{} }

// histZone is a fixed zone an hour east of UTC, so the goldens do not
// depend on the machine's zone.
var histZone = time.FixedZone("CET", 3600)

// histNow is Tuesday 24 November 2026, 18:30.
var histNow = time.Date(2026, 11, 24, 18, 30, 0, 0, histZone)

func histCtx(lang string, w, h int) Ctx {
	return Ctx{Cat: i18n.New(lang), St: NewStyles(true), Width: w, Height: h, Keys: newHistKeys()}
}

func histNames(lang string) map[string]string {
	if lang == i18n.DA {
		return map[string]string{"pain-relief": "Smertelindring", "mobility": "Bevægelighed", "strengthening": "Styrketræning"}
	}
	return map[string]string{"pain-relief": "Pain relief", "mobility": "Mobility", "strengthening": "Strengthening"}
}

// histSession is a session started daysAgo days before histNow at
// hh:mm, lasting minutes (0 = still open).
func histSession(id int64, daysAgo, hh, mm int, routine string, o journal.Outcome, minutes int, before, after *int, where string) journal.Session {
	start := time.Date(2026, 11, 24-daysAgo, hh, mm, 0, 0, histZone)
	s := journal.Session{ID: id, StartedAt: start, Routine: routine, Phase: routine, Outcome: o,
		PainBefore: before, PainAfter: after, PainWhere: where}
	if o != journal.Running {
		s.EndedAt = start.Add(time.Duration(minutes) * time.Minute)
	}
	return s
}

// histFixture is a dozen sessions across five weeks with every outcome,
// newest first as the journal returns them.
func histFixture() []journal.Session {
	p := journal.Pain
	return []journal.Session{
		histSession(14, 0, 8, 5, "mobility", journal.Completed, 14, p(3), p(2), ""),
		histSession(13, 1, 19, 40, "mobility", journal.Completed, 15, p(4), p(3), ""),
		histSession(12, 2, 7, 55, "mobility", journal.Completed, 13, nil, p(3), ""),
		histSession(11, 3, 21, 10, "physio-custom", journal.Interrupted, 6, p(5), nil, ""),
		histSession(10, 5, 9, 0, "mobility", journal.PainStop, 4, p(4), p(6), journal.PainLeg),
		histSession(9, 7, 9, 30, "pain-relief", journal.Completed, 11, p(5), p(4), ""),
		histSession(8, 9, 17, 15, "pain-relief", journal.Quit, 3, p(6), p(6), ""),
		histSession(7, 12, 10, 0, "pain-relief", journal.Completed, 12, p(6), p(5), ""),
		histSession(6, 15, 10, 5, "pain-relief", journal.RedFlag, 0, p(7), nil, ""),
		histSession(5, 19, 8, 45, "pain-relief", journal.PainStop, 2, p(7), p(8), journal.PainNerve),
		histSession(4, 22, 20, 0, "pain-relief", journal.Completed, 10, p(7), p(6), ""),
		histSession(3, 26, 9, 20, "pain-relief", journal.PainStop, 5, p(8), p(8), journal.PainBack),
		histSession(2, 30, 9, 0, "pain-relief", journal.Completed, 10, p(8), p(7), ""),
		histSession(1, 33, 11, 0, "pain-relief", journal.Running, 0, p(8), nil, ""),
	}
}

// checkFits fails when a line is wider than the window or there are more
// lines than rows.
func checkFits(t *testing.T, out string, w, h int) {
	t.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		t.Errorf("%d lines, window has %d rows", len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("line %d is %d wide, window is %d: %q", i+1, lw, w, ansi.Strip(l))
		}
		if strings.Contains(l, "!history") {
			t.Errorf("line %d shows a missing message: %q", i+1, ansi.Strip(l))
		}
	}
}

func TestHistoryScreen(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				c := histCtx(lang, size[0], size[1])
				out := histAt(c, History{Sessions: histFixture(), Names: histNames(lang), Now: histNow, Ready: true}, 0)
				checkFits(t, out, size[0], size[1])
				requireGolden(t, []byte(ansi.Strip(out)))
			})
		}
	}
}

// Scrolled to the end, the oldest session shows and the "more" marker
// does not; far past the end clamps to the same screen.
func TestHistoryScreenScrolledToEnd(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			c := histCtx(lang, 80, 24)
			v := History{Sessions: histFixture(), Names: histNames(lang), Now: histNow, Ready: true}
			last := histMaxScroll(c, v)
			if last <= 0 {
				t.Fatalf("max scroll %d, want some room to scroll", last)
			}
			end := histAt(c, v, last)
			checkFits(t, end, 80, 24)
			if past := histAt(c, v, 1<<20); past != end {
				t.Error("scrolling past the end does not clamp")
			}
			plain := ansi.Strip(end)
			if strings.Contains(plain, c.Cat.T("history.more_down")) {
				t.Error("the last page still says there is more below")
			}
			if !strings.Contains(plain, c.Cat.T("history.more_up")) {
				t.Error("a scrolled page does not say there is more above")
			}
			if !strings.Contains(plain, c.Cat.T("outcome.open")) {
				t.Error("the oldest session (still open) is not on the last page")
			}
			requireGolden(t, []byte(plain))
		})
	}
}

// Every session shows at some scroll position, one line each or (in a
// narrow window) two.
func TestHistoryScreenScrollShowsEverything(t *testing.T) {
	t.Parallel()
	for _, w := range []int{MinWidth, 80} {
		c := histCtx(i18n.EN, w, 24)
		v := History{Sessions: histFixture(), Names: histNames(i18n.EN), Now: histNow, Ready: true}
		seen := map[int64]bool{}
		for scroll := 0; scroll <= histMaxScroll(c, v); scroll++ {
			out := ansi.Strip(histAt(c, v, scroll))
			checkFits(t, out, w, 24)
			for _, s := range v.Sessions {
				if strings.Contains(out, histDoc(c).dn.DateTime(s.StartedAt)) {
					seen[s.ID] = true
				}
			}
		}
		if len(seen) != len(v.Sessions) {
			t.Errorf("%d wide: %d of %d sessions ever show", w, len(seen), len(v.Sessions))
		}
		if out := ansi.Strip(histAt(c, v, histMaxScroll(c, v))); !strings.Contains(out, "still open") {
			t.Errorf("%d wide: the last page does not end with the oldest session:\n%s", w, out)
		}
	}
}

// histAt draws History scrolled to a line, the way the model does: the
// document in a viewport as high as HistoryRoom.
func histAt(c Ctx, v History, scroll int) string {
	doc := HistoryDocument(c, v)
	vp := viewport.New(viewport.WithWidth(Widest(doc)), viewport.WithHeight(HistoryRoom(c)))
	vp.SetContentLines(doc)
	vp.SetYOffset(scroll)
	v.View, v.Above, v.Below = vp.View(), !vp.AtTop(), !vp.AtBottom()
	return HistoryScreen(c, v)
}

// histMaxScroll is the last line the viewport can scroll to.
func histMaxScroll(c Ctx, v History) int {
	return max(len(HistoryDocument(c, v))-HistoryRoom(c), 0)
}

func histDoc(c Ctx) historyDoc { return newHistoryDoc(c, nil, histNow) }

func TestHistoryScreenEmptyAndNotReady(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		c := histCtx(lang, 80, 24)
		empty := ansi.Strip(HistoryScreen(c, History{Now: histNow, Ready: true}))
		checkFits(t, empty, 80, 24)
		if !strings.Contains(empty, c.Cat.T("history.empty")) {
			t.Errorf("%s: empty history does not say so kindly:\n%s", lang, empty)
		}
		waiting := ansi.Strip(HistoryScreen(c, History{Sessions: histFixture(), Now: histNow}))
		checkFits(t, waiting, 80, 24)
		if !strings.Contains(waiting, c.Cat.T("history.reading")) {
			t.Errorf("%s: not-ready history does not say it is reading:\n%s", lang, waiting)
		}
		if strings.Contains(waiting, c.Cat.T("history.chart_title", "Days", 30)) {
			t.Errorf("%s: not-ready history draws a chart", lang)
		}
	}
	if got := histMaxScroll(histCtx(i18n.EN, 80, 24), History{Ready: true}); got != 0 {
		t.Errorf("empty history max scroll = %d", got)
	}
}

// Any window from the smallest the app allows fits, at any scroll.
func TestHistoryScreenFitsEverySize(t *testing.T) {
	t.Parallel()
	ss := histFixture()
	for _, lang := range i18n.Languages {
		for w := MinWidth; w <= 160; w += 7 {
			for h := MinHeight; h <= 50; h += 9 {
				c := histCtx(lang, w, h)
				c.SaveErr = w%2 == 0
				for _, scroll := range []int{-3, 0, 5, 17, 40, 1000} {
					out := histAt(c, History{Sessions: ss, Names: histNames(lang), Now: histNow, Ready: true}, scroll)
					checkFits(t, out, w, h)
				}
			}
		}
	}
}

// The marks differ in shape, not only colour: before, after and both
// at once are three different glyphs, and so are done and missed days.
func TestHistoryChartMarks(t *testing.T) {
	t.Parallel()
	c := histCtx(i18n.EN, 80, 24)
	lines := painChart(c, histDoc(c).dn, progress.Summarize(histFixture(), histNow, 30, gridWeeks).Pain, 2)
	plain := ansi.Strip(strings.Join(lines, "\n"))
	for _, m := range []string{markBefore, markAfter, markSame, tickMonday} {
		if !strings.Contains(plain, m) {
			t.Errorf("chart has no %q:\n%s", m, plain)
		}
	}
	// Today (3 before, 2 after) is the last column, on rows 3 and 2.
	row := func(lv int) string { return ansi.Strip(lines[1+10-lv]) }
	last := chartLabel + 30*2 - 1
	for lv, want := range map[int]string{3: markBefore, 2: markAfter} {
		r := []rune(row(lv))
		if len(r) != last+1 || string(r[last]) != want {
			t.Errorf("row %d = %q, want %q in the last column", lv, row(lv), want)
		}
	}
}

// The week grid's squares agree with progress.Weekly's count of days.
func TestHistoryWeeksAgreeWithJournal(t *testing.T) {
	t.Parallel()
	c := histCtx(i18n.EN, 80, 24)
	lines := weekGrid(c, histDoc(c).dn, progress.Summarize(histFixture(), histNow, 30, gridWeeks))
	weeks := progress.Weekly(histFixture(), histNow, gridWeeks)
	for i, w := range weeks {
		l := ansi.Strip(lines[2+i])
		if got := strings.Count(l, markDone); got != w.Days {
			t.Errorf("week %d: %d squares filled, journal says %d days: %q", i, got, w.Days, l)
		}
		if !strings.Contains(l, fmt.Sprintf("%d/7", w.Days)) {
			t.Errorf("week %d: count missing: %q", i, l)
		}
	}
	if cur := ansi.Strip(lines[2+7]); strings.Count(cur, markAhead) != 5 {
		t.Errorf("this week (a Tuesday) should have 5 days still to come: %q", cur)
	}
}

func TestHistoryDanishDates(t *testing.T) {
	t.Parallel()
	dn := i18n.New(i18n.DA).Dates()
	if got := dn.DateTime(time.Date(2026, 11, 23, 14, 5, 0, 0, histZone)); got != "man 23. nov 14:05" {
		t.Errorf("Danish date = %q", got)
	}
	if got := dn.Short(time.Date(2026, 5, 4, 0, 0, 0, 0, histZone)); got != "4. maj" {
		t.Errorf("Danish short date = %q", got)
	}
	en := i18n.New(i18n.EN).Dates()
	if got := en.DateTime(time.Date(2026, 11, 23, 14, 5, 0, 0, histZone)); got != "Mon 23 Nov 14:05" {
		t.Errorf("English date = %q", got)
	}
}

func TestHistoryRowWords(t *testing.T) {
	t.Parallel()
	c := histCtx(i18n.EN, 120, 40)
	h := newHistoryDoc(c, histNames(i18n.EN), histNow)
	cols := h.columns(histFixture(), 118)
	want := map[int64][]string{
		14: {"Tue 24 Nov 08:05", "Mobility", "completed", "14 min", "3 → 2"},
		12: {"– → 3"},
		11: {"physio-custom", "interrupted", "5 → –"},
		10: {"stopped: pain into the leg", "4 → 6"},
		8:  {"ended early"},
		6:  {"warning sign at check-in", "–"},
		5:  {"stopped: numbness/weakness"},
		3:  {"stopped: pain in the back"},
		1:  {"still open"},
	}
	for _, s := range histFixture() {
		row := ansi.Strip(strings.Join(h.row(s, cols), "\n"))
		for _, w := range want[s.ID] {
			if !strings.Contains(row, w) {
				t.Errorf("session %d: %q lacks %q", s.ID, row, w)
			}
		}
	}
}

func TestHistoryText(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			// Oldest first on purpose: HistoryText orders them itself.
			ss := histFixture()
			for i, j := 0, len(ss)-1; i < j; i, j = i+1, j-1 {
				ss[i], ss[j] = ss[j], ss[i]
			}
			var b bytes.Buffer
			if err := HistoryText(&b, i18n.New(lang), ss, histNames(lang), histNow); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if strings.ContainsRune(out, '\x1b') {
				t.Error("plain text has escape codes")
			}
			for i, l := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(l); w > historyTextWidth {
					t.Errorf("line %d is %d wide: %q", i+1, w, l)
				}
			}
			if strings.Contains(out, "!history") {
				t.Error("a message is missing")
			}
			requireGolden(t, b.Bytes())
		})
	}
	var b bytes.Buffer
	if err := HistoryText(&b, i18n.New(i18n.EN), nil, nil, histNow); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), i18n.New(i18n.EN).T("history.empty")) {
		t.Errorf("empty text history: %q", b.String())
	}
}

// tenYears is a session a day for ten years, about 5–6 steps each.
func tenYears() []journal.Session {
	p := journal.Pain
	ss := make([]journal.Session, 0, 3650)
	for d := 0; d < 3650; d++ {
		start := time.Date(2026, 11, 24-d, 8, 0, 0, 0, histZone)
		o := journal.Completed
		if d%17 == 5 {
			o = journal.PainStop
		}
		s := journal.Session{ID: int64(3650 - d), StartedAt: start, EndedAt: start.Add(15 * time.Minute),
			Routine: "mobility", Outcome: o, PainBefore: p(3 + d%4), PainAfter: p(2 + d%3)}
		for k := 0; k < 5+d%2; k++ {
			s.Steps = append(s.Steps, journal.Step{Exercise: "knee-to-chest", Side: "right", Set: k + 1,
				Planned: 30, Done: 30, Unit: journal.UnitSeconds, Completed: true, At: start.Add(time.Duration(k) * time.Minute)})
		}
		ss = append(ss, s)
	}
	return ss
}

func TestHistoryTenYearsStreak(t *testing.T) {
	t.Parallel()
	ss := tenYears()
	// Every 17th day from the 5th is a pain stop, so the streak runs
	// back to day 5 (today and the four days before it).
	streak := func(ss []journal.Session) int { return progress.Summarize(ss, histNow, 30, gridWeeks).Streak }
	if got, want := streak(ss), progress.Streak(ss, histNow); got != want {
		t.Errorf("windowed streak %d, progress.Streak %d", got, want)
	}
	unbroken := tenYears()
	for i := range unbroken {
		unbroken[i].Outcome = journal.Completed
	}
	if got := streak(unbroken); got != 3650 {
		t.Errorf("ten unbroken years: streak %d", got)
	}
}

func BenchmarkHistoryScreenTenYears(b *testing.B) {
	ss := tenYears()
	c := histCtx(i18n.EN, 120, 40)
	v := History{Sessions: ss, Names: histNames(i18n.EN), Now: histNow, Ready: true}
	b.ReportAllocs()
	for b.Loop() {
		_ = histAt(c, v, 500) // the document is built once per history and width
	}
}
