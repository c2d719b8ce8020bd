package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

// reportPage is what a test reads back from the HTML report.
type reportPage struct {
	period string
	ids    map[string]bool
	notes  []string
	doses  map[string][][2]string // routine → (exercise, dose) rows
}

// parseReport reads the report with an HTML parser: its period, section
// ids, notes and the routines' dose tables.
func parseReport(t *testing.T, page string) reportPage {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	must(t, err)
	p := reportPage{ids: map[string]bool{}, doses: map[string][][2]string{}}
	var routine string
	var walk func(n *html.Node, section string)
	walk = func(n *html.Node, section string) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch {
				case a.Key == "id":
					p.ids[a.Val] = true
					section = a.Val
				case a.Key == "class" && a.Val == "period":
					p.period = text(n)
				case a.Key == "class" && a.Val == "note":
					p.notes = append(p.notes, text(n))
				}
			}
			switch {
			case section == "routines" && n.Data == "h3":
				routine = strings.TrimSpace(strings.Split(text(n), "·")[0])
			case section == "routines" && n.Data == "tr" && n.Parent.Data == "tbody":
				var cells []string
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					cells = append(cells, text(c))
				}
				if len(cells) == 2 {
					p.doses[routine] = append(p.doses[routine], [2]string{cells[0], cells[1]})
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, section)
		}
	}
	walk(doc, "")
	return p
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

// The HTML report: -o report.html picks the format, every section is
// there, and each routine used shows its doses now, worded as the app
// and `routines show` word them, replayed from the whole journal even
// when --since shows only part of it.
func TestExportHTML(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	// After the pain stop of the 10th, good days of pain relief, three of
	// them before the period: its holds grow.
	day := func(d int) time.Time { return time.Date(2026, 3, d, 8, 0, 0, 0, testZone) }
	addCompleted(t, sb, day(12), day(13), day(14), day(15))
	sb.now = day(15).Add(4 * time.Hour)
	all, _, err := readJournal(context.Background(), sb.env(), time.Time{})
	must(t, err)

	for _, lang := range []string{"en", "da"} {
		path := filepath.Join(t.TempDir(), "report.html")
		r := sb.run(t, "export", "-o", path, "--since", "1d", "--lang", lang).want(t, exitOK)
		if !strings.Contains(r.stderr, path) {
			t.Errorf("%s: stderr %q", lang, r.stderr)
		}
		b, err := os.ReadFile(path)
		must(t, err)
		p := parseReport(t, string(b))
		for _, id := range []string{"overview", "pain", "reach", "weeks", "stops", "red-flags", "skipped", "notes", "routines"} {
			if !p.ids[id] {
				t.Errorf("%s: section %q missing", lang, id)
			}
		}
		wantPeriod := map[string]string{"en": "14 March 2026", "da": "14. marts 2026"}[lang]
		if !strings.Contains(p.period, wantPeriod) {
			t.Errorf("%s: period %q does not start at --since 1d (%s)", lang, p.period, wantPeriod)
		}
		if len(p.notes) != 0 {
			t.Errorf("%s: notes from before the period: %q", lang, p.notes)
		}
		cat := i18n.New(lang)
		pr := builtinRoutine(t, routines.PainRelief)
		doses, _ := progress.Doses(all, pr)
		rows := p.doses[pr.Name.In(lang)]
		if len(rows) != len(pr.Exercises) {
			t.Fatalf("%s: pain relief has %d dose rows, want %d: %v", lang, len(rows), len(pr.Exercises), p.doses)
		}
		grown := false
		for i, e := range pr.Exercises {
			if want := views.DoseText(cat, e, doses); rows[i] != [2]string{e.Name.In(lang), want} {
				t.Errorf("%s: row %q, want %q", lang, rows[i], [2]string{e.Name.In(lang), want})
			}
			grown = grown || views.DoseText(cat, e, doses) != views.DoseText(cat, e, nil)
		}
		if !grown {
			t.Errorf("%s: no dose grew; the test no longer shows that doses come from the whole journal", lang)
		}
		if _, ok := p.doses[map[string]string{"en": "Mobility", "da": "Bevægelighed"}[lang]]; ok {
			t.Errorf("%s: a routine not used in the period is listed", lang)
		}
	}
}

func builtinRoutine(t testing.TB, p routines.Phase) routines.Routine {
	t.Helper()
	r, ok := routines.Find(string(p), nil)
	if !ok {
		t.Fatalf("no built-in %s", p)
	}
	return r
}

// --since takes a span back from today: 0d is today, 1d yesterday and
// today, 2w two weeks back to the same weekday.
func TestExportSinceSpan(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	for span, want := range map[string]int{"0d": 2, "1d": 3, "9d": 4, "2w": 4, "1W": 3} {
		var ss []json.RawMessage
		must(t, json.Unmarshal([]byte(sb.run(t, "export", "--format", "json", "--since", span).want(t, exitOK).stdout), &ss))
		if len(ss) != want {
			t.Errorf("--since %s: %d sessions, want %d", span, len(ss), want)
		}
	}
}

// --excel writes for a spreadsheet in the patient's language: a BOM, and
// ';' in Danish, ',' in English; plain CSV has no BOM.
func TestExportExcel(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	const bom = "\xef\xbb\xbf"
	plain := sb.run(t, "export", "--format", "csv").want(t, exitOK).stdout
	if strings.HasPrefix(plain, bom) || !strings.HasPrefix(plain, "session_id,started_at,") {
		t.Errorf("plain CSV starts %q", plain[:min(len(plain), 30)])
	}
	en := sb.run(t, "export", "--format", "csv", "--excel").want(t, exitOK).stdout
	if en != bom+plain {
		t.Errorf("English --excel is not the plain CSV after a BOM: %q", en[:min(len(en), 30)])
	}
	da := sb.run(t, "export", "--format", "csv", "--excel", "--lang", "da").want(t, exitOK).stdout
	if !strings.HasPrefix(da, bom+"session_id;started_at;") {
		t.Errorf("Danish --excel starts %q", da[:min(len(da), 30)])
	}
	cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(da, bom)))
	cr.Comma = ';'
	rows, err := cr.ReadAll()
	must(t, err)
	if len(rows) != 6 || rows[1][8] != `better; "loose" <3` {
		t.Errorf("Danish --excel: %d rows, note %q", len(rows), rows[1][8])
	}
	// -o ryg.csv with --excel: the extension gives the format.
	path := filepath.Join(t.TempDir(), "ryg.csv")
	sb.run(t, "export", "--excel", "--lang", "da", "-o", path).want(t, exitOK)
	if b, _ := os.ReadFile(path); string(b) != da {
		t.Error("the file differs from the export on stdout")
	}
}
