package config

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/rygtimer/rygtimer/internal/tomlx"
	"github.com/rygtimer/rygtimer/speech"
)

func TestParseSpeechAndSound(t *testing.T) {
	doc := `accessible = true
[speech]
enabled = "auto"
command = ["espeak-ng", "-s", "150", "-v", "{lang}", "--", "{text}"]
[sound]
enabled = false
command = ["play", "-q", "{file}"]
`
	c, err := Parse("c.toml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if !Or(c.Accessible, false) {
		t.Error("accessible = true was not read")
	}
	if c.Speech.Enabled == nil || *c.Speech.Enabled != speech.Auto {
		t.Errorf("speech.enabled = %v, want auto", c.Speech.Enabled)
	}
	if !slices.Equal(c.Speech.Command, []string{"espeak-ng", "-s", "150", "-v", "{lang}", "--", "{text}"}) {
		t.Errorf("speech.command = %q", c.Speech.Command)
	}
	if c.Chimes.Enabled == nil || *c.Chimes.Enabled != speech.Off {
		t.Errorf("sound.enabled = %v, want off", c.Chimes.Enabled)
	}
	if !slices.Equal(c.Chimes.Command, []string{"play", "-q", "{file}"}) {
		t.Errorf("sound.command = %q", c.Chimes.Command)
	}
	if c.Sound != nil {
		t.Error("a [sound] table is not the old sound = true/false")
	}
}

func TestParseSpeechErrors(t *testing.T) {
	cases := []struct{ name, doc, want string }{
		{"enabled word", "[speech]\nenabled = \"yes\"\n", `2:11: speech.enabled must be "auto", true or false`},
		{"enabled number", "[sound]\nenabled = 1\n", `2:11: sound.enabled must be "auto", true or false`},
		{"no placeholder", "[speech]\ncommand = [\"espeak-ng\"]\n", "2:11: speech.command: command never uses {text}"},
		{"empty", "[sound]\ncommand = []\n", "2:11: sound.command: command is empty"},
		{"not a list", "[speech]\ncommand = \"espeak-ng {text}\"\n", "2:11: speech.command must be a list in [ ]"},
		{"unknown", "[speech]\nvoice = \"da\"\n", "2:1: unknown field voice in [speech]"},
		{"accessible", "accessible = \"yes\"\n", "1:14: accessible must be true or false"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("c.toml", []byte(c.doc))
			var errs tomlx.Errors
			if !errors.As(err, &errs) {
				t.Fatalf("err = %v, want tomlx.Errors", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %q, want it to contain %q", err, c.want)
			}
		})
	}
}
