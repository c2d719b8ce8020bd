package speech

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseMode(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in   any
		want Mode
	}{
		{nil, Auto}, {"", Auto}, {"auto", Auto}, {"Auto", Auto},
		{true, On}, {"true", On}, {false, Off}, {"false", Off},
	}
	for _, c := range cases {
		got, err := ParseMode(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseMode(%#v) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []any{"yes", 1, "sometimes"} {
		if _, err := ParseMode(bad); err == nil {
			t.Errorf("ParseMode(%#v) accepted", bad)
		}
	}
}

func TestValidateCommands(t *testing.T) {
	t.Parallel()
	if err := ValidateSpeechCommand([]string{"espeak-ng", "-v", "{lang}", "{text}"}); err != nil {
		t.Errorf("good speech command refused: %v", err)
	}
	if err := ValidateSoundCommand([]string{"play", "{file}"}); err != nil {
		t.Errorf("good sound command refused: %v", err)
	}
	bad := map[string][]string{
		"empty":        nil,
		"no program":   {" ", "{text}"},
		"never speaks": {"espeak-ng", "-v", "{lang}"},
	}
	for name, argv := range bad {
		if err := ValidateSpeechCommand(argv); err == nil {
			t.Errorf("%s: speech command %q accepted", name, argv)
		}
	}
	if err := ValidateSoundCommand([]string{"play", "{text}"}); err == nil || !strings.Contains(err.Error(), "{file}") {
		t.Errorf("sound command without {file}: %v", err)
	}
}

func TestSpeakable(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"Skift til venstre side.": "Skift til venstre side.",
		"  two\t\tspaces\n":       "two spaces",
		"--rate 900 fast":         "rate 900 fast",
		"– dash":                  "dash",
		"bell\a\x1b]0;title\x07":  "bell ]0;title",
		"bad\xffutf8":             "bad utf8",
		"\x1b":                    "",
	}
	for in, want := range cases {
		if got := speakable(in); got != want {
			t.Errorf("speakable(%q) = %q, want %q", in, got, want)
		}
	}
	long := speakable(strings.Repeat("æ", 1000))
	if len(long) > maxSentenceBytes || !utf8.ValidString(long) {
		t.Errorf("long text cut to %d bytes, valid %v", len(long), utf8.ValidString(long))
	}
}
