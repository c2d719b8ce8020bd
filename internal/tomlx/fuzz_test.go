package tomlx

import (
	"errors"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

// FuzzParse checks that Parse never panics, that every error and every
// value has a position, and that it accepts exactly the documents go-toml
// accepts (after a byte-order mark, which Parse skips).
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"a = 1\n[t]\nb = [1, [2], {c = 3}]\n[[x]]\ny = 'z'\n",
		"a.b = 1\n[a.c]\n",
		"x = {a.b = 1, a.c = 2}\n",
		"[[a]]\n[a.b]\n[[a]]\n",
		"s = \"\"\"\nmulti\n\"\"\"\nn = -inf\nh = 0xff\n",
		"d = 1979-05-27T07:32:00Z\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		root, err := Parse("f.toml", data)
		var errs Errors
		if err != nil {
			if !errors.As(err, &errs) || len(errs) == 0 {
				t.Fatalf("error is not a non-empty Errors: %v", err)
			}
			for _, e := range errs {
				if e.Line < 1 || e.Col < 1 {
					t.Fatalf("error without a position: %+v", e)
				}
			}
		}
		if root != nil {
			checkPositions(t, root)
		}
		var m map[string]any
		theirs := toml.Unmarshal(stripBOM(data), &m)
		switch {
		case err == nil && theirs != nil:
			t.Fatalf("we accept what go-toml rejects: %v", theirs)
		case err != nil && theirs == nil:
			t.Fatalf("we reject what go-toml accepts: %v", err)
		}
	})
}

func checkPositions(t *testing.T, v *Value) {
	if v.Pos.Line < 1 || v.Pos.Col < 1 {
		t.Fatalf("value without a position: %+v", v)
	}
	for _, f := range v.Fields {
		if f.Pos.Line < 1 || f.Pos.Col < 1 {
			t.Fatalf("key %q without a position", f.Key)
		}
		checkPositions(t, f.Value)
	}
	for _, item := range v.Items {
		checkPositions(t, item)
	}
}
