//go:build linux

package faults

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rawControl reports the first byte of s a terminal would act on (C0
// controls but newline and tab, DEL), or -1.
func rawControl(s string) int {
	for i, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			return i
		}
	}
	return -1
}

// Issue 12's hostile routine files stay refused: validate, --routine and
// the routines folder name the mistake and print no control character.
func TestHostileRoutineFiles(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("../routines/testdata/hostile/*.toml")
	must(t, err)
	if len(files) == 0 {
		t.Fatal("no hostile fixtures at routines/testdata/hostile")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			h := newHome(t)
			content, err := os.ReadFile(f)
			must(t, err)
			file := h.write(t, "routine.toml", string(content))
			v := h.run(t, "routines", "validate", file)
			if v.code != exitBadUse || !strings.Contains(v.stderr, file+":") {
				t.Errorf("validate: exit status %d, want 2 with the place; stderr %q", v.code, v.stderr)
			}
			if i := rawControl(v.stdout + v.stderr); i >= 0 {
				t.Errorf("validate printed a control character: %q", (v.stdout + v.stderr)[max(0, i-20):])
			}

			a := h.start(t, "--routine", file)
			if code := a.Wait(); code != exitBadUse {
				t.Errorf("--routine: exit status %d, want 2", code)
			}
			a.WaitText(0, file+":")
			if strings.Contains(a.Output(0), "\x1b]52") {
				t.Error("--routine wrote the file's clipboard sequence to the terminal")
			}

			h.write(t, "config/rygtimer/routines/hostile.toml", string(content))
			l := h.run(t, "routines", "list")
			if l.code != exitOK {
				t.Errorf("routines list with a hostile file in the folder: exit status %d: %s", l.code, l.stderr)
			}
			if i := rawControl(l.stdout + l.stderr); i >= 0 {
				t.Errorf("routines list printed a control character: %q", (l.stdout + l.stderr)[max(0, i-20):])
			}
		})
	}
}
