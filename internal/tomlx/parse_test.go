package tomlx

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

func mustParse(t *testing.T, doc string) *Value {
	t.Helper()
	root, err := Parse("t.toml", []byte(doc))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return root
}

// at walks a path of keys and array indexes ("a", 0, "b").
func at(t *testing.T, v *Value, path ...any) *Value {
	t.Helper()
	for _, p := range path {
		switch p := p.(type) {
		case string:
			f := v.Field(p)
			if f == nil {
				t.Fatalf("no field %q in table at %v", p, v.Pos)
			}
			v = f.Value
		case int:
			if p >= len(v.Items) {
				t.Fatalf("no item %d in array at %v", p, v.Pos)
			}
			v = v.Items[p]
		}
	}
	return v
}

func TestParseValuesAndPositions(t *testing.T) {
	doc := `# a comment
id = "mobility"   # trailing
n = 1_000
hex = 0x1F
f = -2.5e1
inf = -inf
yes = true
when = 1979-05-27
name = { en = "Mobility", da = "Bevægelighed" }
list = [ 1, [ "a", [ ] ], # comment inside
         { x = 1 } ]
hold.min = "20s"
hold.max = "30s"
"æ" = "key with a Danish letter"

[[exercise]]
id = "a"
  [[ exercise ]]
id = "b"
[exercise.sub]
k = 'literal'
[t]
s = """
multi"""
`
	root := mustParse(t, doc)
	cases := []struct {
		path []any
		kind Kind
		pos  Pos
	}{
		{[]any{"id"}, String, Pos{2, 6}},
		{[]any{"n"}, Integer, Pos{3, 5}},
		{[]any{"hex"}, Integer, Pos{4, 7}},
		{[]any{"f"}, Float, Pos{5, 5}},
		{[]any{"yes"}, Bool, Pos{7, 7}},
		{[]any{"when"}, DateTime, Pos{8, 8}},
		{[]any{"name"}, Table, Pos{9, 8}},
		{[]any{"name", "da"}, String, Pos{9, 32}},
		{[]any{"list"}, Array, Pos{10, 8}},
		{[]any{"list", 0}, Integer, Pos{10, 10}},
		{[]any{"list", 1}, Array, Pos{10, 13}},
		{[]any{"list", 1, 1}, Array, Pos{10, 20}},
		{[]any{"list", 2}, Table, Pos{11, 10}},
		{[]any{"list", 2, "x"}, Integer, Pos{11, 16}},
		{[]any{"hold"}, Table, Pos{12, 1}},
		{[]any{"hold", "max"}, String, Pos{13, 12}},
		{[]any{"æ"}, String, Pos{14, 7}},
		{[]any{"exercise"}, Array, Pos{16, 1}},
		{[]any{"exercise", 0}, Table, Pos{16, 1}},
		{[]any{"exercise", 1}, Table, Pos{18, 3}},
		{[]any{"exercise", 1, "id"}, String, Pos{19, 6}},
		{[]any{"exercise", 1, "sub"}, Table, Pos{20, 1}},
		{[]any{"exercise", 1, "sub", "k"}, String, Pos{21, 5}},
		{[]any{"t", "s"}, String, Pos{23, 5}},
	}
	for _, c := range cases {
		v := at(t, root, c.path...)
		if v.Kind != c.kind || v.Pos != c.pos {
			t.Errorf("%v: got %v at %v, want %v at %v", c.path, v.Kind, v.Pos, c.kind, c.pos)
		}
	}
	if v := at(t, root, "n"); v.Int != 1000 {
		t.Errorf("n = %d", v.Int)
	}
	if v := at(t, root, "hex"); v.Int != 31 {
		t.Errorf("hex = %d", v.Int)
	}
	if v := at(t, root, "f"); v.Float != -25 {
		t.Errorf("f = %g", v.Float)
	}
	if v := at(t, root, "inf"); !math.IsInf(v.Float, -1) {
		t.Errorf("inf = %g", v.Float)
	}
	if v := at(t, root, "name", "da"); v.Str != "Bevægelighed" {
		t.Errorf("name.da = %q", v.Str)
	}
	if v := at(t, root, "t", "s"); v.Str != "multi" {
		t.Errorf("t.s = %q", v.Str)
	}
	if f := root.Field("hold"); f.Pos != (Pos{12, 1}) {
		t.Errorf("key hold at %v", f.Pos)
	}
	if f := at(t, root, "name").Field("da"); f.Pos != (Pos{9, 27}) {
		t.Errorf("key name.da at %v", f.Pos)
	}
	var keys []string
	for _, f := range root.Fields {
		keys = append(keys, f.Key)
	}
	if got := strings.Join(keys, " "); got != "id n hex f inf yes when name list hold æ exercise t" {
		t.Errorf("fields out of document order: %s", got)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, doc string
		want      []string // "line:col message substring"
	}{
		{"unquoted duration", "a = 1\nhold = 20s\n", []string{"2:10 strings must be quoted"}},
		{"missing equals", "id \"x\"\n", []string{"1:4 expected '='"}},
		{"unterminated string", "a = \"abc", []string{"1:8 unterminated"}},
		{"column counts characters", "navn = \"æøå\" x\n", []string{"1:14 "}},
		{"unclosed array at end", "a = [1, 2", []string{"1:9 "}},
		// go-toml's decoder finds keys and tables defined twice; its
		// first such mistake is reported, in the words of the others.
		{"duplicate key", "a = 1\nb = 2\na = 3\n", []string{"3:1 a is set twice; keep one of the two"}},
		{"duplicate dotted key", "h.min = 1\nh.min = 2\n", []string{"2:1 h.min is set twice"}},
		{"table twice", "[a]\nx = 1\n[a]\ny = 2\n", []string{"3:2 table [a] is defined twice; put all of its lines under one header"}},
		{"table over value", "a = 1\n[a]\n", []string{"2:2 a is already set, so it cannot also be a table"}},
		{"array of tables over table", "[a]\n[[a]]\n", []string{"2:3 a is already set; [[a]] can only add to a list of tables"}},
		{"array of tables over static array", "a = []\n[[a]]\n", []string{"2:3 a is already set; [[a]] can only add"}},
		{"extend inline table", "a = {b = 1}\na.c = 2\n", []string{"2:1 a is set twice"}},
		{"header into inline table", "a = {b = 1}\n[a.c]\n", []string{"2:2 a is already set, so nothing can be added to it"}},
		{"duplicate inside inline", "a = {b = 1, b = 2}\n", []string{"1:1 b is set twice"}},
		{"dotted into header table", "[a.b]\n[a]\nb.c = 1\n", []string{"3:1 b is set twice"}},
		{"integer too large", "a = 99999999999999999999\n", []string{"1:5 this number is too large"}},
		{"a duplicate stops reading, like a syntax error", "a = 1\na = 2\nb = 1\nb = 2\n", []string{"2:1 a is set twice"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("t.toml", []byte(c.doc))
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("want Errors, got %v", err)
			}
			if len(errs) != len(c.want) {
				t.Fatalf("got %d errors, want %d:\n%v", len(errs), len(c.want), err)
			}
			for i, w := range c.want {
				pos, msg, _ := strings.Cut(w, " ")
				got := errs[i]
				if gotPos := (Pos{got.Line, got.Col}).String(); gotPos != pos || !strings.Contains(got.Msg, msg) {
					t.Errorf("error %d = %s %q, want %s containing %q", i, gotPos, got.Msg, pos, msg)
				}
			}
		})
	}
}

// Documents that are valid TOML must parse, and those go-toml rejects
// must be rejected too: the tree rules are ours, so check them against
// the reference decoder.
func TestAgreesWithGoToml(t *testing.T) {
	docs := []string{
		"a.b = 1\n[a.c]\nx = 1\n",
		"[a]\nb.c = 1\n[a.b.d]\n",
		"[a]\nb.c = 1\n[a.b]\n",
		"[a.b.c]\n[a]\nb.d = 1\n",
		"[[a]]\n[a.b]\n[[a]]\n[a.b]\n",
		"[[a.b]]\n[a]\n",
		"[a]\n[a.b]\n[a]\n",
		"x = {a.b = 1, a.c = 2}\n",
		"x = {a.b = 1, a = 2}\n",
		"x = [{a = 1}]\n[[x]]\n",
		"a = 1\na.b = 2\n",
		"[a.b]\n[a.b.c]\n[a.b]\n",
		"a = [[1], [2, [3]]]\n",
		"'quoted key' = 1\n\"x.y\" = 2\n",
		"x.y.z = 1\nx.y.w = 2\n[x]\n",
		"[[x]]\n[[x.y]]\n[x.y.z]\n",
	}
	for _, doc := range docs {
		_, ours := Parse("t.toml", []byte(doc))
		var m map[string]any
		theirs := toml.Unmarshal([]byte(doc), &m)
		if (ours == nil) != (theirs == nil) {
			t.Errorf("%q: ours %v, go-toml %v", doc, ours, theirs)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	for _, doc := range []string{"", "\n\n# only a comment\n"} {
		root := mustParse(t, doc)
		if root.Kind != Table || len(root.Fields) != 0 || root.Pos != (Pos{1, 1}) {
			t.Errorf("%q: got %+v", doc, root)
		}
	}
}
