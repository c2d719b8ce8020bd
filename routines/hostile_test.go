package routines

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

// hostileFiles are routine files with control characters in their texts,
// each with the place and words of the error that refuses it. They are
// refused by Load (used by `routines validate`, `routines show FILE` and
// `--routine`) and by LoadDir (the routines folder).
var hostileFiles = map[string]string{
	"osc52-name.toml":   "3:23 name.en contains an invisible control character (U+001B)",
	"bel-step.toml":     "9:27 steps.en line 1 contains an invisible control character (U+0007)",
	"c1-csi-step.toml":  "9:36 steps.en line 2 contains an invisible control character (U+009B)",
	"dcs-caution.toml":  "10:26 caution.en contains an invisible control character (U+001B)",
	"raw-esc-name.toml": "3:19 not valid TOML",
}

func TestLoadRefusesControlCharacters(t *testing.T) {
	for name, want := range hostileFiles {
		path := filepath.Join("testdata", "hostile", name)
		_, err := Load(path)
		pos, msg, _ := strings.Cut(want, " ")
		var errs tomlx.Errors
		if !errors.As(err, &errs) || len(errs) != 1 {
			t.Errorf("%s: want one error, got %v", name, err)
			continue
		}
		if e := errs[0]; (tomlx.Pos{Line: e.Line, Col: e.Col}).String() != pos || !strings.Contains(e.Msg, msg) {
			t.Errorf("%s: got %v, want %s %q", name, e, pos, msg)
		}
		if strings.ContainsAny(err.Error(), "\x1b\x07\u009b") {
			t.Errorf("%s: the message itself carries a control character: %q", name, err)
		}
	}
}

func TestLoadDirRefusesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	for name := range hostileFiles {
		data, err := os.ReadFile(filepath.Join("testdata", "hostile", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), data, 0o600)
	}
	rs, err := LoadDir(dir)
	var errs tomlx.Errors
	if len(rs) != 0 || !errors.As(err, &errs) || len(errs) != len(hostileFiles) {
		t.Fatalf("want every hostile file refused, got %d routines and %v", len(rs), err)
	}
}

// The limits that keep a wrong file from hanging or exhausting rygtimer:
// only regular files are read, and only up to MaxFileSize.
func TestLoadRefusesWhatIsNotARoutineFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.toml")
	os.WriteFile(big, []byte(manyExercises(1)+strings.Repeat("# padding\n", MaxFileSize/10)), 0o600)
	cases := map[string]string{
		"/dev/zero": "it is a device, not a text file",
		dir:         "it is a folder, not a text file",
		big:         "it is larger than 256 KiB",
	}
	for path, want := range cases {
		_, err := Load(path)
		var pe *fs.PathError
		if !errors.As(err, &pe) || pe.Path != path || !strings.Contains(pe.Err.Error(), want) {
			t.Errorf("Load(%s) = %v, want a *fs.PathError saying %q", path, err, want)
		}
	}
}

func TestLoadAcceptsByteOrderMark(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notepad.toml")
	os.WriteFile(path, []byte("\ufeff"+doc(exID, exName, exHold, `hold = "20s"`, exSteps)), 0o600)
	if r, err := Load(path); err != nil || r.ID != "test" {
		t.Fatalf("a file saved by Notepad with a byte-order mark: %v", err)
	}
	// The mark is invisible in an editor, so columns do not count it.
	os.WriteFile(path, []byte("\ufeffid = 1\n"), 0o600)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), path+":1:6: id must be text") {
		t.Errorf("columns after a byte-order mark: %v", err)
	}
}

// The id of a built-in is refused by the one loader that validate,
// --routine and the routines folder all use.
func TestLoadRefusesBuiltInID(t *testing.T) {
	path := filepath.Join(t.TempDir(), "copy.toml")
	os.WriteFile(path, []byte(strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `id = "test"`, `id = "mobility"`, 1)), 0o600)
	_, err := Load(path)
	want := path + `:1:6: the routine id mobility belongs to a built-in routine; give this routine its own id, such as "my-mobility"`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// A file with a mistake on every line is reported up to tomlx.MaxErrors
// mistakes and a count of the rest, without keeping them all.
func TestParseCapsErrors(t *testing.T) {
	src := doc(exID, exName, exHold, `hold = "20s"`, exSteps) + strings.Repeat("[[exercise]]\nid = 1\n", 500)
	_, err := Parse("many.toml", []byte(src))
	var errs tomlx.Errors
	if !errors.As(err, &errs) || len(errs) != tomlx.MaxErrors+1 {
		t.Fatalf("want %d errors and a count, got %d", tomlx.MaxErrors, len(errs))
	}
	lines := strings.Split(err.Error(), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "many.toml: and ") || !strings.Contains(last, "more mistakes not shown") {
		t.Errorf("last line: %s", last)
	}
}
