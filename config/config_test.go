package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/adrg/xdg"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

func TestParseAll(t *testing.T) {
	c, err := Parse("c.toml", []byte(`# every setting
lang = "da"
sound = false
tempo = 1.5
big_digits = true

[help]
emergency = "112"
out_of_hours = "1813"
doctor = "  Lægehuset, 70 11 22 33 "
`))
	if err != nil {
		t.Fatal(err)
	}
	if *c.Lang != "da" || *c.Sound || *c.Tempo != 1.5 || !*c.BigDigits ||
		*c.Help.Emergency != "112" || *c.Help.OutOfHours != "1813" || *c.Help.Doctor != "Lægehuset, 70 11 22 33" {
		t.Errorf("got %+v", c)
	}
}

func TestUnsetStaysNil(t *testing.T) {
	c, err := Parse("c.toml", []byte("tempo = 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Lang != nil || c.Sound != nil || c.BigDigits != nil || c.Help != (Help{}) || c.Tempo == nil || *c.Tempo != 1 {
		t.Errorf("got %+v", c)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ name, doc, want string }{
		{"unknown key", "colour = 1\n", "1:1 unknown field colour (known fields: lang, sound, tempo, big_digits, accessible, speech, help)"},
		{"misspelt key", "sond = true\n", "1:1 unknown field sond (known fields: lang, sound, tempo, big_digits, accessible, speech, help); did you mean sound?"},
		{"unknown help key", "[help]\nnurse = \"1\"\n", "2:1 unknown field nurse in [help] (known fields: emergency, out_of_hours, doctor)"},
		{"lang", "lang = \"de\"\n", `1:8 lang must be "en" or "da", not "de"`},
		{"lang type", "lang = 1\n", "1:8 lang must be text in quotes, not a number"},
		{"sound", "sound = \"yes\"\n", "1:9 sound must be true or false, not text in quotes"},
		{"big digits", "big_digits = 1\n", "1:14 big_digits must be true or false, not a number"},
		{"tempo slow", "tempo = 3\n", "1:9 tempo must be from 0.5 to 2, not 3"},
		{"tempo fast", "tempo = 0.25\n", "1:9 tempo must be from 0.5 to 2, not 0.25"},
		{"tempo nan", "tempo = nan\n", "1:9 tempo must be from 0.5 to 2, not NaN"},
		{"tempo text", "tempo = \"1.5\"\n", "1:9 tempo must be a number like 0.5, not text in quotes"},
		{"help not a table", "help = \"112\"\n", "1:8 [help] must be a table, not text in quotes"},
		{"help number", "[help]\nemergency = 112\n", "2:13 help.emergency must be text in quotes, not a number"},
		{"help empty", "[help]\ndoctor = \" \"\n", "2:10 help.doctor is empty"},
		{"help long", "[help]\ndoctor = \"" + strings.Repeat("ø", 61) + "\"\n", "2:10 help.doctor is 61 characters long; keep it to 60"},
		{"syntax", "lang = da\n", "1:8 not valid TOML"},
		{"twice", "sound = true\nsound = false\n", "2:1 sound is set twice"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("c.toml", []byte(c.doc))
			var errs tomlx.Errors
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("want one error, got %v", err)
			}
			pos, msg, _ := strings.Cut(c.want, " ")
			e := errs[0]
			if got := (tomlx.Pos{Line: e.Line, Col: e.Col}).String(); got != pos || !strings.Contains(e.Msg, msg) {
				t.Errorf("got %s %q\nwant %s %q", got, e.Msg, pos, msg)
			}
		})
	}
}

func TestParseReportsAllErrors(t *testing.T) {
	_, err := Parse("c.toml", []byte("lang = \"fr\"\ntempo = 9\nvolume = 3\n[help]\nemergency = 112\n"))
	want := `c.toml:1:8: lang must be "en" or "da", not "fr"
c.toml:2:9: tempo must be from 0.5 to 2, not 9
c.toml:3:1: unknown field volume (known fields: lang, sound, tempo, big_digits, accessible, speech, help)
c.toml:5:13: help.emergency must be text in quotes, not a number`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	c, err := Load(filepath.Join(dir, "missing.toml"))
	if err != nil || c.Lang != nil || c.Tempo != nil {
		t.Errorf("a missing file must give the zero Config: %+v, %v", c, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.toml")); !errors.Is(err, os.ErrNotExist) {
		t.Error("Load must not create the file")
	}
	path := filepath.Join(dir, "config.toml")
	os.WriteFile(path, []byte("lang = \"en\"\ntempo = 0\n"), 0o600)
	if _, err := Load(path); err == nil || err.Error() != path+":2:9: tempo must be from 0.5 to 2, not 0" {
		t.Errorf("errors must name the path: %v", err)
	}
	var pe *fs.PathError
	if _, err := Load(dir); !errors.As(err, &pe) {
		t.Errorf("a folder is not a settings file: %v", err)
	}
}

func TestPaths(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	if got, want := DefaultPath(), filepath.Join(dir, "rygtimer", "config.toml"); got != want {
		t.Errorf("DefaultPath() = %s, want %s", got, want)
	}
	if got, want := RoutinesDir(), filepath.Join(dir, "rygtimer", "routines"); got != want {
		t.Errorf("RoutinesDir() = %s, want %s", got, want)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Error("asking for the paths must not create anything")
	}
}

// A setting the file leaves out falls back to the default.
func TestOr(t *testing.T) {
	tempo, lang := 1.5, "da"
	file := Config{Tempo: &tempo, Lang: &lang}
	if Or(file.BigDigits, true) != true || Or(file.Tempo, 1) != 1.5 || Or(file.Lang, "en") != "da" || Or(Config{}.Lang, "en") != "en" {
		t.Error("Or must give the setting, else the default")
	}
}
