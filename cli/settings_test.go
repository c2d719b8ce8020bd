package cli

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// Flags override the config file, which overrides the environment.
func TestLanguagePrecedence(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	cfg := sb.cfg
	sb.vars["LANG"] = "da_DK.UTF-8"
	if got := textLang(sb.env(), "", io.Discard); got != "da" {
		t.Errorf("LANG=da_DK: %q, want da", got)
	}
	writeFile(t, filepath.Join(cfg, "rygtimer", "config.toml"), "lang = \"en\"\n")
	if got := textLang(sb.env(), "", io.Discard); got != "en" {
		t.Errorf("config en over LANG da: %q, want en", got)
	}
	if got := textLang(sb.env(), "da", io.Discard); got != "da" {
		t.Errorf("--lang da over config en: %q, want da", got)
	}

	sb.vars["LANG"] = "en_GB.UTF-8"
	writeFile(t, filepath.Join(cfg, "rygtimer", "config.toml"), "lang = \"da\"\n")
	if got := textLang(sb.env(), "", io.Discard); got != "da" {
		t.Errorf("config da over LANG en: %q, want da", got)
	}
	if got := sb.run(t, "routines", "list").want(t, exitOK).stdout; !strings.HasPrefix(got, "Id ") {
		t.Errorf("routines list with lang = \"da\" in the config:\n%s", got)
	}
	if got := sb.run(t, "routines", "list", "--lang", "en").want(t, exitOK).stdout; !strings.HasPrefix(got, "ID ") {
		t.Errorf("routines list --lang en:\n%s", got)
	}

	// A config file with mistakes does not stop a text command: it says
	// so and goes on with the environment's language.
	writeFile(t, filepath.Join(cfg, "rygtimer", "config.toml"), "lang = \"de\"\n")
	var warn bytes.Buffer
	if got := textLang(sb.env(), "", &warn); got != "en" {
		t.Errorf("broken config: %q, want en from LANG", got)
	}
	if !strings.Contains(warn.String(), "config.toml:1:8") {
		t.Errorf("the warning does not name the mistake: %q", warn.String())
	}
}

// Flags override the config file, which overrides the defaults: what
// config.Merge once promised and only its own test used.
func TestSettingsPrecedence(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	cfg := sb.cfg
	writeFile(t, filepath.Join(cfg, "rygtimer", "config.toml"), "sound = true\ntempo = 1.5\nbig_digits = false\n\n[help]\ndoctor = \"GP\"\n")
	s, err := loadSettings(sb.env(), rootFlags{quiet: true})
	must(t, err)
	if !s.quiet || s.tempo != 1.5 || s.bigDigits || s.help.Doctor != "GP" || s.help.Emergency != "" {
		t.Errorf("settings = %+v", s)
	}
	writeFile(t, filepath.Join(cfg, "rygtimer", "config.toml"), "")
	s, err = loadSettings(sb.env(), rootFlags{})
	must(t, err)
	if s.quiet || s.tempo != 1 || !s.bigDigits {
		t.Errorf("defaults = %+v", s)
	}
}

// A flag given wins over the config file, =false too: --accessible=false
// draws screens although the file says accessible = true.
func TestFlagsOverrideSoundAndAccessible(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	writeFile(t, filepath.Join(sb.cfg, "rygtimer", "config.toml"), "sound = false\naccessible = true\n")
	s, err := loadSettings(sb.env(), rootFlags{})
	must(t, err)
	if !s.quiet || !s.accessible || !s.speech.Muted {
		t.Errorf("from the file: quiet %v accessible %v muted %v, want all true", s.quiet, s.accessible, s.speech.Muted)
	}
	s, err = loadSettings(sb.env(), rootFlags{quietSet: true, accessibleSet: true})
	must(t, err)
	if s.quiet || s.accessible || s.speech.Muted {
		t.Errorf("--quiet=false --accessible=false: quiet %v accessible %v muted %v, want all false", s.quiet, s.accessible, s.speech.Muted)
	}
}
