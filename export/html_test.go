package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
)

// sixWeeks is a realistic journal of six weeks ending at now: pain relief
// for three weeks, then mobility; most days one session, some two, some
// none; pain falling and the leg pain retreating towards the back, with a
// bad spell in week 2 (a pain stop with the pain spreading) and a red-flag
// check-in; a bridge-less routine has its cobra skipped now and then; and
// notes, one of them hostile.
func sixWeeks(now time.Time) []journal.Session {
	loc := now.Location()
	first := time.Date(now.Year(), now.Month(), now.Day()-41, 0, 0, 0, 0, loc)
	var ss []journal.Session
	id := int64(0)
	reachOf := func(level int) journal.Reach {
		return journal.Reaches[min(max(level, 1), 4)-1]
	}
	for d := range 42 {
		day := first.AddDate(0, 0, d)
		if d%9 == 4 || d == 40 { // rest days
			continue
		}
		runs := 1
		if d%4 == 1 {
			runs = 2 // press-ups again in the evening
		}
		for k := range runs {
			id++
			at := day.Add(time.Duration(8+10*k)*time.Hour + time.Duration(d%40)*time.Minute)
			r := routines.PainRelief
			if d >= 21 {
				r = routines.Mobility
			}
			before := max(7-d/7, 2) - k
			after := max(before-1-d%2, 0)
			reachB := 3 - d/14
			reachA := reachB - (d+1)%2
			s := journal.Session{ID: id, StartedAt: at, EndedAt: at.Add(14 * time.Minute), Routine: string(r), Phase: string(r),
				Outcome: journal.Completed, PainBefore: journal.Pain(before), PainAfter: journal.Pain(after),
				PainReachBefore: reachOf(reachB), PainReachAfter: reachOf(reachA)}
			for i, e := range builtin(r).Exercises {
				st := journal.Step{Exercise: e.ID, Set: 1, Planned: 20, Done: 20, Unit: journal.UnitSeconds, Completed: true,
					At: at.Add(time.Duration(i+1) * 2 * time.Minute)}
				if e.ID == "cobra" && d%3 == 0 {
					st.Done, st.Completed, st.Skipped = 0, false, true
				}
				s.Steps = append(s.Steps, st)
			}
			switch {
			case d == 9 && k == 0:
				s.Outcome, s.PainAfter, s.PainWhere = journal.PainStop, journal.Pain(7), journal.PainLeg
				s.PainReachBefore, s.PainReachAfter = journal.ReachButtockThigh, journal.ReachBelowKnee
				s.Steps = s.Steps[:2]
				s.EndedAt = at.Add(5 * time.Minute)
			case d == 11:
				s = journal.Session{ID: id, StartedAt: at, EndedAt: at, Routine: string(r), Phase: string(r),
					Outcome: journal.RedFlag, RedFlag: "leg_numbness", PainBefore: journal.Pain(7), PainReachBefore: journal.ReachFoot}
			case d == 16:
				s.Note = "Stiff in the morning; better after the walk <b>really</b>"
			case d == 30:
				s.Note = `<script>alert("x")</script> =HYPERLINK("http://evil") & "quotes"`
			case d == 38:
				s.Note = "Sat at the desk for 3 hours, a bit sore. Physio appointment on Thursday."
			}
			ss = append(ss, s)
		}
	}
	return ss
}

func builtin(p routines.Phase) routines.Routine {
	r, _ := routines.Find(string(p), nil)
	return r
}

func htmlReport(now time.Time, lang string) HTMLReport {
	ss := sixWeeks(now)
	var rds []RoutineDoses
	for _, p := range []routines.Phase{routines.Mobility} {
		r := builtin(p)
		doses, _ := progress.Doses(ss, r)
		rds = append(rds, RoutineDoses{Routine: r, Doses: doses})
	}
	c := i18n.New(lang)
	exercises := map[string]string{}
	for _, r := range routines.BuiltIns() {
		for _, e := range r.Exercises {
			exercises[e.ID] = e.Name.In(lang)
		}
	}
	return HTMLReport{Sessions: ss, Now: now, Lang: lang, Routines: rds, DoseText: fakeDoseText, Names: Names{
		Exercise: func(id string) string { return exercises[id] },
		RedFlag: func(id string) string {
			if s := c.T("redflag." + id); !strings.HasPrefix(s, "!") {
				return s
			}
			return ""
		},
	}}
}

// The page is one self-contained document: no script, nothing fetched from
// anywhere, the expected sections, SVG charts, every outside text escaped
// and every catalog key found. RYGTIMER_REPORT_DIR=/tmp keeps the pages
// for a look in a browser.
func TestWriteHTML(t *testing.T) {
	t.Parallel()
	now := time.Date(2025, 11, 28, 18, 0, 0, 0, fixtureZone)
	for _, lang := range []string{"en", "da"} {
		var b bytes.Buffer
		if err := WriteHTML(&b, htmlReport(now, lang)); err != nil {
			t.Fatal(err)
		}
		if dir := os.Getenv("RYGTIMER_REPORT_DIR"); dir != "" {
			os.WriteFile(filepath.Join(dir, "report."+lang+".html"), b.Bytes(), 0o644)
		}
		out := b.String()
		if strings.Contains(out, "!report.") || strings.Contains(out, "!export.") || strings.Contains(out, "!reach.") {
			t.Errorf("%s: a catalog key is missing", lang)
		}
		if strings.Contains(out, "<script>alert") || !strings.Contains(out, "&lt;script&gt;alert") {
			t.Errorf("%s: the hostile note is not escaped", lang)
		}
		checkHTML(t, lang, out)
	}
}

func checkHTML(t *testing.T, lang, out string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	svgs, polylines, circles := 0, 0, 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "iframe", "object", "embed", "link", "img", "base", "form":
				t.Errorf("%s: <%s> in a self-contained report", lang, n.Data)
			case "svg":
				svgs++
			case "polyline":
				polylines++
			case "circle":
				circles++
			}
			for _, a := range n.Attr {
				switch {
				case a.Key == "src", a.Key == "href", a.Key == "xlink:href", a.Key == "action":
					t.Errorf("%s: <%s %s=%q> points outside the page", lang, n.Data, a.Key, a.Val)
				case strings.HasPrefix(a.Key, "on"):
					t.Errorf("%s: event handler %s", lang, a.Key)
				case a.Key == "id":
					ids[a.Val] = true
				case a.Key == "lang" && n.Data == "html" && a.Val != lang:
					t.Errorf("html lang = %q, want %q", a.Val, lang)
				}
			}
		}
		if n.Type == html.ElementNode && n.Data == "style" && n.FirstChild != nil {
			css := n.FirstChild.Data
			if strings.Contains(css, "url(") || strings.Contains(css, "@import") || strings.Contains(css, "@font-face") {
				t.Errorf("%s: the CSS fetches something", lang)
			}
			if !strings.Contains(css, "size: A4") || !strings.Contains(css, "break-inside: avoid") {
				t.Errorf("%s: the CSS does not lay out A4 pages", lang)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, id := range []string{"overview", "pain", "reach", "weeks", "stops", "red-flags", "skipped", "notes", "routines"} {
		if !ids[id] {
			t.Errorf("%s: section %q missing", lang, id)
		}
	}
	// Two charts and a bar per week (seven weeks touched).
	if svgs < 2+6 || polylines != 2 || circles < 40 {
		t.Errorf("%s: %d svg, %d polylines, %d circles", lang, svgs, polylines, circles)
	}
}

// An empty journal still gives a whole page.
func TestWriteHTMLEmpty(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteHTML(&b, HTMLReport{Now: fixtureNow(), Lang: "da"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Rapport over rygøvelser") || !strings.Contains(b.String(), "Dagbogen er tom") {
		t.Errorf("empty report:\n%s", b.String())
	}
}

// fakeDoseText stands for views.DoseText, which the command line passes.
func fakeDoseText(e routines.Exercise, doses routines.Doses) string {
	return "dose of " + e.ID + ": " + routines.HoldFor(e, e.Hold, doses).String()
}

// The routines' doses are worded by the function the caller gives (the
// app's own wording), each with the dose now.
func TestWriteHTMLDoseText(t *testing.T) {
	t.Parallel()
	now := time.Date(2025, 11, 28, 18, 0, 0, 0, fixtureZone)
	var b bytes.Buffer
	if err := WriteHTML(&b, htmlReport(now, "en")); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && strings.HasPrefix(n.Data, "dose of ") {
			cells = append(cells, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	want := 0
	for _, rd := range htmlReport(now, "en").Routines {
		want += len(rd.Routine.Exercises)
	}
	if len(cells) != want || want == 0 {
		t.Errorf("%d dose cells from DoseText, want %d: %q", len(cells), want, cells)
	}
}

// The pain-relief press-up and the mobility cobra are one exercise to the
// patient: one row of skips, their count summed, the later date kept.
func TestSkipRowsOnePerExercise(t *testing.T) {
	t.Parallel()
	at := func(day int) time.Time { return time.Date(2025, 11, day, 8, 0, 0, 0, fixtureZone) }
	skipped := func(day int, ids ...string) journal.Session {
		s := journal.Session{StartedAt: at(day), EndedAt: at(day).Add(time.Minute), Outcome: journal.Completed}
		for _, id := range ids {
			s.Steps = append(s.Steps, journal.Step{Exercise: id, Unit: journal.UnitReps, Planned: 8, Skipped: true, At: at(day)})
		}
		return s
	}
	ss := []journal.Session{skipped(3, "press-up"), skipped(9, "cobra"), skipped(5, "cobra", "press-up"), skipped(4, "bridge")}
	names := map[string]string{"press-up": "Cobra (press-up)", "cobra": "Cobra (press-up)", "bridge": "Bridge"}
	rep := report{c: i18n.New("en"), loc: fixtureZone, names: Names{Exercise: func(id string) string { return names[id] }}}
	rows := skipRows(ss, rep)
	if len(rows) != 2 || rows[0].Exercise != "Cobra (press-up)" || rows[0].Times != 3 || rows[1].Exercise != "Bridge" {
		t.Fatalf("rows = %+v, want Cobra (press-up) 3 times, then Bridge", rows)
	}
	if want := rep.date(at(9)); rows[0].Last != want {
		t.Errorf("last skip %q, want %q", rows[0].Last, want)
	}
}
