package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/rygtimer/rygtimer/journal"
)

// A note or id a spreadsheet would run as a formula is kept as text, and
// control characters never reach the file.
func TestCSVGuardsFormulas(t *testing.T) {
	t.Parallel()
	s := fixture()[0]
	s.Steps = s.Steps[:1]
	for note, want := range map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1":                       "'+1",
		"-2 better":                "'-2 better",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\t=1":                     "\uFFFD=1",
		"\r=1":                     "' =1",
		"ok = fine":                "ok = fine",
		"bell\a here":              "bell\uFFFD here",
		"two\nlines":               "two lines",
	} {
		s.Note = note
		s.Steps[0].Exercise = "=cmd|' /C calc'!A0"
		var b bytes.Buffer
		if err := WriteCSV(&b, []journal.Session{s}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[1][8]; got != want {
			t.Errorf("note %q → %q, want %q", note, got, want)
		}
		if got := rows[1][11]; got != "'=cmd|' /C calc'!A0" {
			t.Errorf("exercise → %q", got)
		}
	}
}

func TestCSVExcel(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang  string
		comma rune
	}{{"da", ';'}, {"en", ','}} {
		var b bytes.Buffer
		if err := WriteCSVWith(&b, fixture(), CSVOptions{Excel: true, Lang: c.lang}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if !strings.HasPrefix(out, "\uFEFFsession_id"+string(c.comma)+"started_at") {
			t.Errorf("%s: starts %q, want a BOM and %q between cells", c.lang, out[:30], c.comma)
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
		r.Comma = c.comma
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows[0]) != len(csvHeader) || !strings.Contains(rows[1][8], "æøå") {
			t.Errorf("%s: header %v, note %q", c.lang, rows[0], rows[1][8])
		}
	}
	// Plain CSV stays RFC 4180: no BOM, commas, whatever the language.
	var b bytes.Buffer
	WriteCSVWith(&b, fixture(), CSVOptions{Lang: "da"})
	if !strings.HasPrefix(b.String(), "session_id,started_at") {
		t.Errorf("plain CSV starts %q", b.String()[:20])
	}
}
