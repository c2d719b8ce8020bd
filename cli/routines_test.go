package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/rygtimer/rygtimer/views"
)

func TestRoutinesShowPainRelief(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			sb := isolate(t)
			r := sb.run(t, "routines", "show", "pain-relief", "--lang", lang).want(t, exitOK)
			if r.stderr != "" {
				t.Errorf("stderr: %s", r.stderr)
			}
			golden.RequireEqual(t, []byte(r.stdout))
		})
	}
}

func TestRoutinesShowFacts(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	out := sb.run(t, "routines", "show", "pain-relief").want(t, exitOK).stdout
	for _, want := range []string{
		"- Get ready: 5 s",
		"- Set 1/3, right side: hold 20 s",
		"- Switch to the left side: 5 s",
		"- Set 1/3, left side: hold 20 s",
		"- Rest: 10 s",
		"- Set 1/3: 10 repetitions of Tilt 2 s · Hold 2 s · Release 2 s (1 min)",
		"Total: 8 min 2 s on the clock",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("show pain-relief lacks %q", want)
		}
	}
	if strings.Contains(out, "\u00a0") {
		t.Error("show leaves non-breaking spaces in its output")
	}
	for i, l := range strings.Split(out, "\n") {
		if w := len([]rune(l)); w > views.RoutineTextWidth {
			t.Errorf("line %d is %d columns wide: %q", i+1, w, l)
		}
	}
}

func TestRoutinesShowFileAndLanguage(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "english-only.toml")
	writeFile(t, path, `id = "english-only"
phase = "mobility"
name = { en = "Evening stretch" }

[[exercise]]
id = "knee-to-chest"
name = { en = "Knee to chest" }
kind = "hold"
hold = { min = "25s", max = "25s" }
sets = 2
rest = "15s"
steps = { en = ["Lie on your back.", "Hug one knee."] }

[[exercise]]
id = "count"
name = { en = "Counted tilts" }
kind = "reps"
sets = 1
reps = 12
pace = "manual"
steps = { en = ["Tilt and count."] }
`)
	// A one-language routine is shown in its own language, whatever the
	// interface speaks.
	out := sb.run(t, "routines", "show", path, "--lang", "da").want(t, exitOK).stdout
	for _, want := range []string{
		"Evening stretch (english-only)",
		"From the file " + path,
		"- Set 1/2: hold 25 s",
		"- Rest: 15 s",
		"- Set 1/1: 12 repetitions, counted with enter",
		"Repetitions you count yourself are not included.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("show FILE lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "can grow") {
		t.Error("a fixed hold is said to grow")
	}
}

func TestRoutinesList(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	cfg := sb.cfg
	dir := filepath.Join(cfg, "rygtimer", "routines")
	writeFile(t, filepath.Join(dir, "evening.toml"), `id = "evening"
phase = "pain-relief"
name = { en = "Evening", da = "Aften" }

[[exercise]]
id = "knee-to-chest"
name = { en = "Knee to chest", da = "Knæ til bryst" }
kind = "hold"
hold = { min = "20s", max = "30s" }
sets = 2
steps = { en = ["Lie down."], da = ["Lig ned."] }
`)
	r := sb.run(t, "routines", "list").want(t, exitOK)
	// The custom routine's path is the test's temporary folder.
	golden.RequireEqual(t, []byte(strings.ReplaceAll(r.stdout, dir, "$ROUTINES")))
	if r.stderr != "" {
		t.Errorf("stderr: %s", r.stderr)
	}

	// A broken file is left out and named on stderr; the list still works.
	writeFile(t, filepath.Join(dir, "broken.toml"), "id = \"broken\"\nphase = 3\n")
	r = sb.run(t, "routines", "list", "--lang", "da").want(t, exitOK)
	if strings.Contains(r.stdout, "broken") || !strings.Contains(r.stdout, "Aften") || !strings.Contains(r.stdout, "Smertelindring") {
		t.Errorf("list with a broken file:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "broken.toml:2:9:") || !strings.Contains(r.stderr, "Nogle af dine egne programmer") {
		t.Errorf("stderr does not name the broken file:\n%s", r.stderr)
	}
}

func TestRoutinesValidate(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	r := sb.run(t, "routines", "validate", "testdata/bad-routine.toml", "testdata/good-routine.toml", "testdata/missing.toml").want(t, exitUsage)
	golden.RequireEqual(t, []byte("--- stdout\n"+r.stdout+"--- stderr\n"+r.stderr))
	if n := strings.Count(r.stderr, "testdata/bad-routine.toml:"); n < 3 {
		t.Errorf("%d mistakes reported, want every one (at least 3)", n)
	}

	r = sb.run(t, "routines", "validate", "testdata/good-routine.toml", "--lang", "da").want(t, exitOK)
	if !strings.HasPrefix(r.stdout, "testdata/good-routine.toml: ok (") || !strings.Contains(r.stdout, "øvelser, ca. ") {
		t.Errorf("validate ok: %q", r.stdout)
	}
}
