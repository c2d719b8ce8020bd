package termtext

import "testing"

func TestClean(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"Knæ-til-bryst", "Knæ-til-bryst"},
		{"title\x1b]0;pwned\x07", "title\uFFFD]0;pwned\uFFFD"},
		{"clip\x1b]52;c;aGk=\x07", "clip\uFFFD]52;c;aGk=\uFFFD"},
		{"c1\u009b31mred", "c1\uFFFD31mred"},
		{"dcs\u0090q\u009c", "dcs\uFFFDq\uFFFD"},
		{"tab\there", "tab\uFFFDhere"},
		{"del\x7f", "del\uFFFD"},
		{"bad\xffutf8", "bad\uFFFDutf8"},
	}
	for _, c := range cases {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFirstControl(t *testing.T) {
	t.Parallel()
	if i := FirstControl("æøå\x1b[2J"); i != 3 {
		t.Fatalf("FirstControl counts runes: got %d, want 3", i)
	}
	if i := FirstControl("plain"); i != -1 {
		t.Fatalf("FirstControl(plain) = %d, want -1", i)
	}
}

func TestCleanLinesKeepsNewlines(t *testing.T) {
	t.Parallel()
	if got := CleanLines("one\ntwo\x1b[2J"); got != "one\ntwo\uFFFD[2J" {
		t.Fatalf("CleanLines = %q", got)
	}
}
