package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A [help] text is shown on the warning-signs screen: an escape sequence
// in it would reach the terminal raw.
func TestLoadRefusesControlCharacters(t *testing.T) {
	path := filepath.Join("testdata", "sgr-help.toml")
	_, err := Load(path)
	want := path + ":4:11: help.doctor contains an invisible control character (U+001B)"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v\nwant %s…", err, want)
	}
}

func TestLoadRefusesWhatIsNotASettingsFile(t *testing.T) {
	big := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(big, []byte(strings.Repeat("# a comment\n", MaxFileSize/12+1)), 0o600)
	for path, want := range map[string]string{
		"/dev/zero": "it is a device, not a text file",
		big:         "it is larger than 64 KiB",
	} {
		_, err := Load(path)
		var pe *fs.PathError
		if !errors.As(err, &pe) || !strings.Contains(err.Error(), want) {
			t.Errorf("Load(%s) = %v, want a *fs.PathError saying %q", path, err, want)
		}
	}
}

func TestLoadAcceptsByteOrderMark(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(path, []byte("\ufefflang = \"da\"\n"), 0o600)
	if c, err := Load(path); err != nil || *c.Lang != "da" {
		t.Errorf("a settings file saved with a byte-order mark: %+v, %v", c, err)
	}
}
