package speech

import "testing"

func TestNumber(t *testing.T) {
	t.Parallel()
	cases := []struct {
		lang Lang
		n    int
		want string
	}{
		{English, 1, "one"}, {English, 12, "twelve"}, {English, 20, "twenty"},
		{English, 45, "forty-five"}, {English, 100, "100"}, {English, -1, "-1"},
		{Danish, 1, "én"}, {Danish, 3, "tre"}, {Danish, 21, "enogtyve"},
		{Danish, 30, "tredive"}, {Danish, 45, "femogfyrre"}, {Danish, 49, "niogfyrre"},
		{Danish, 50, "50"}, {Danish, 66, "66"}, {Danish, 99, "99"}, {Danish, 0, "nul"},
	}
	for _, c := range cases {
		if got := Number(c.lang, c.n); got != c.want {
			t.Errorf("Number(%s, %d) = %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}

func TestSpokenName(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"Cobra (press-up)":                   "Cobra",
		"Kobra (bagoverbøjning i maveleje)":  "Kobra",
		"Ballestræk (piriformis)":            "Ballestræk",
		"Knee-to-chest stretch":              "Knee-to-chest stretch",
		"Bridge (with (nested) words) ready": "Bridge ready",
		"(only brackets)":                    "(only brackets)",
		"Unclosed (bracket":                  "Unclosed",
	}
	for in, want := range cases {
		if got := SpokenName(in); got != want {
			t.Errorf("SpokenName(%q) = %q, want %q", in, got, want)
		}
	}
}
