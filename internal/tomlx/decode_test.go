package tomlx

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// decodeHold is a miniature of a real decoder: it shows the helpers used
// together and lets the tests check every kind of message.
func decodeHold(file, doc string) error {
	root, err := Parse(file, []byte(doc))
	d := NewDecoder(file)
	d.Add(err)
	if root == nil {
		return d.Err()
	}
	s := d.Struct(root, "", "id", "sets", "tempo", "sound", "kind", "hold", "sides")
	if v := s.Require("id", `id = "bridge"`); v != nil {
		d.String(v, "id")
	}
	if v := s.Get("sets"); v != nil {
		d.Int(v, "sets", 1, 10)
	}
	if v := s.Get("tempo"); v != nil {
		d.Float(v, "tempo", 0.5, 2)
	}
	if v := s.Get("sound"); v != nil {
		d.Bool(v, "sound")
	}
	if v := s.Get("kind"); v != nil {
		d.OneOf(v, "kind", "hold", "reps")
	}
	if v := s.Get("sides"); v != nil {
		d.Array(v, "sides")
	}
	if v := s.Get("hold"); v != nil {
		h := d.Struct(v, "hold", "min", "max")
		if v := h.Require("min", `min = "20s"`); v != nil {
			d.Duration(v, "hold.min", 3*time.Second, 5*time.Minute)
		}
		if v := h.Require("max", `max = "30s"`); v != nil {
			d.Duration(v, "hold.max", 3*time.Second, 5*time.Minute)
		}
	}
	return d.Err()
}

func TestDecodeMessages(t *testing.T) {
	cases := []struct {
		name, doc string
		want      string // "line:col message substring"
	}{
		{"unknown field", "id = \"x\"\nhodl = 1\n", `2:1 unknown field hodl (known fields: id, sets, tempo, sound, kind, hold, sides); did you mean hold?`},
		{"unknown field in table", "id = \"x\"\n[hold]\nmin = \"20s\"\nmax = \"30s\"\nmean = 1\n", "5:1 unknown field mean in hold (known fields: min, max)"},
		{"misspelt required field is not also missing", "ud = \"x\"\n", "1:1 unknown field ud (known fields: id, sets, tempo, sound, kind, hold, sides); did you mean id?"},
		{"negative number for a duration", "id = \"x\"\nhold = { min = -5, max = \"30s\" }\n", "2:16 hold.min must be a duration like \"20s\", not a number"},
		{"missing at top", "sets = 1\n", "1:1 missing id at the top of the file; add a line like: id = \"bridge\""},
		{"missing in header table", "id = \"x\"\n\n  [hold]\nmin = \"20s\"\n", "3:3 missing max in hold"},
		{"missing in inline table", "id = \"x\"\nhold = { min = \"20s\" }\n", "2:8 missing max in hold"},
		{"duration as number", "id = \"x\"\nhold = { min = 20, max = \"30s\" }\n", `2:16 hold.min must be a duration like "20s", not a number; write the unit and the quotes, for example "20s"`},
		{"duration unparsable", "id = \"x\"\nhold = { min = \"20 sec\", max = \"30s\" }\n", `2:16 hold.min: "20 sec" is not a duration`},
		{"duration out of range", "id = \"x\"\nhold = { min = \"1s\", max = \"30s\" }\n", "2:16 hold.min must be from 3s to 5m, not 1s"},
		{"duration as list", "id = \"x\"\nhold = { min = [], max = \"30s\" }\n", `2:16 hold.min must be a duration like "20s", not a list in [ ]`},
		{"table expected", "id = \"x\"\nhold = \"20s\"\n", "2:8 hold must be a table, not text in quotes"},
		{"int as text", "id = \"x\"\nsets = \"3\"\n", "2:8 sets must be a whole number like 1 without quotes, not text in quotes"},
		{"int as float", "id = \"x\"\nsets = 2.5\n", "2:8 sets must be a whole number like 1, not a number"},
		{"int out of range", "id = \"x\"\nsets = 11\n", "2:8 sets must be from 1 to 10, not 11"},
		{"float nan", "id = \"x\"\ntempo = nan\n", "2:9 tempo must be from 0.5 to 2, not NaN"},
		{"float too big", "id = \"x\"\ntempo = 3\n", "2:9 tempo must be from 0.5 to 2, not 3"},
		{"bool as text", "id = \"x\"\nsound = \"yes\"\n", "2:9 sound must be true or false, not text in quotes"},
		{"one of", "id = \"x\"\nkind = \"Hold\"\n", `2:8 kind must be "hold" or "reps", not "Hold"`},
		{"date", "id = 2024-01-01\n", "1:6 id must be text in quotes, not a date or time"},
		{"array expected", "id = \"x\"\nsides = \"right\"\n", "2:9 sides must be a list in [ ], not text in quotes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := decodeHold("f.toml", c.doc)
			var errs Errors
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("want exactly one error, got %v", err)
			}
			pos, msg, _ := strings.Cut(c.want, " ")
			e := errs[0]
			if got := (Pos{e.Line, e.Col}).String(); got != pos || !strings.Contains(e.Msg, msg) {
				t.Errorf("got %s %q\nwant %s %q", got, e.Msg, pos, msg)
			}
		})
	}
}

func TestDecodeReportsEverything(t *testing.T) {
	doc := `sets = 0
tempo = "fast"
colour = "red"
a = 1
[hold]
min = 20
`
	err := decodeHold("f.toml", doc)
	want := `f.toml:1:1: missing id at the top of the file; add a line like: id = "bridge"
f.toml:1:8: sets must be from 1 to 10, not 0
f.toml:2:9: tempo must be a number like 0.5, not text in quotes
f.toml:3:1: unknown field colour (known fields: id, sets, tempo, sound, kind, hold, sides)
f.toml:4:1: unknown field a (known fields: id, sets, tempo, sound, kind, hold, sides)
f.toml:5:1: missing max in hold; add a line like: max = "30s"
f.toml:6:7: hold.min must be a duration like "20s", not a number; write the unit and the quotes, for example "20s" for seconds`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

func TestErrorsFormatAndSort(t *testing.T) {
	es := Errors{
		{File: "b.toml", Line: 1, Col: 1, Msg: "b"},
		{File: "a.toml", Line: 10, Col: 2, Msg: "late"},
		{File: "a.toml", Line: 2, Col: 5, Msg: "second"},
		{File: "a.toml", Line: 2, Col: 1, Msg: "first"},
		{File: "a.toml", Msg: "no position"},
	}
	want := "a.toml: no position\na.toml:2:1: first\na.toml:2:5: second\na.toml:10:2: late\nb.toml:1:1: b"
	if got := es.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if es[0].Msg != "b" {
		t.Error("Error() must not reorder the receiver")
	}
	if Errors(nil).Err() != nil {
		t.Error("empty Errors must give a nil error")
	}
	var list Errors
	list = list.Append("x.toml", errors.New("disk on fire"))
	list = list.Append("x.toml", Error{File: "y.toml", Line: 3, Col: 4, Msg: "m"})
	list = list.Append("x.toml", es[:2])
	if len(list) != 4 || list[0].File != "x.toml" || list[1].Line != 3 {
		t.Errorf("Append: %+v", list)
	}
}

func TestStructPanicsOnUndeclaredField(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Get of an undeclared field must panic")
		}
	}()
	d := NewDecoder("f")
	d.Struct(&Value{Kind: Table}, "", "a").Get("b")
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		20 * time.Second:        "20s",
		90 * time.Second:        "1m30s",
		10 * time.Minute:        "10m",
		500 * time.Millisecond:  "500ms",
		time.Hour:               "1h",
		time.Hour + time.Minute: "1h1m",
	} {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"hodl", "hold", 1}, {"hold", "hold", 0}, {"rep", "reps", 1}, {"xyz", "hold", 4}, {"", "ab", 2}} {
		if got := distance(c.a, c.b); got != c.d {
			t.Errorf("distance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}

// Errors keeps MaxErrors problems and only counts the rest, however they
// arrive, and prints the count last.
func TestErrorsCap(t *testing.T) {
	d := NewDecoder("a.toml")
	for i := range 1000 {
		d.Errorf(Pos{Line: 1000 - i, Col: 1}, "mistake %d", i)
	}
	var list Errors
	list = list.Append("a.toml", d.Err())
	list = list.Append("b.toml", Error{File: "b.toml", Line: 1, Col: 1, Msg: "one more"})
	if len(list) != MaxErrors+2 {
		t.Fatalf("kept %d entries, want %d and two counts", len(list), MaxErrors)
	}
	lines := strings.Split(list.Error(), "\n")
	if got := lines[MaxErrors]; got != "a.toml: and 980 more mistakes not shown; fix the ones above and check again" {
		t.Errorf("count line: %s", got)
	}
	if got := lines[MaxErrors+1]; got != "b.toml: and 1 more mistake not shown; fix the ones above and check again" {
		t.Errorf("count line: %s", got)
	}
}

// A control character is reported at its own column, also when escapes
// before it make the text shorter than the line.
func TestScreenLineControlPosition(t *testing.T) {
	for doc, want := range map[string]string{
		`s = "a\u00e6\u001b"`:         "1:13 s contains an invisible control character (U+001B)",
		"s = \"\"\"\nab\\u0007\"\"\"": "2:3 s contains an invisible control character (U+0007)",
		"s = 'x\u009b'":               "1:7 s contains an invisible control character (U+009B)",
		`s = "  \u0007x"`:             "1:8 s contains",
		`s = "\"q\" \x1b[2J"`:         "1:12 s contains an invisible control character (U+001B)",
	} {
		root, err := Parse("f.toml", []byte(doc+"\n"))
		if err != nil {
			t.Fatalf("%q: %v", doc, err)
		}
		d := NewDecoder("f.toml")
		v := root.Get("s")
		d.ScreenLine(v, "s", v.Str, 60, "", "")
		pos, msg, _ := strings.Cut(want, " ")
		var errs Errors
		if !errors.As(d.Err(), &errs) || len(errs) != 1 || (Pos{errs[0].Line, errs[0].Col}).String() != pos || !strings.Contains(errs[0].Msg, msg) {
			t.Errorf("%q: got %v, want %s", doc, d.Err(), want)
		}
	}
}
