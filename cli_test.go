package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/rygtimer/rygtimer/journal"
)

// The times of the test journal are in a fixed zone an hour east of UTC,
// like Denmark in winter, so that local dates differ from UTC ones late
// in the evening.
var testZone = time.FixedZone("CET", 3600)

// testNow is "now" for the text commands: Wednesday 2026-03-11, 12:00.
var testNow = time.Date(2026, 3, 11, 12, 0, 0, 0, testZone)

func TestMain(m *testing.M) {
	// fang reads the width once, from the terminal when there is one; the
	// goldens are laid out for 120 columns.
	os.Setenv("__FANG_TEST_WIDTH", "120")
	os.Setenv("NO_COLOR", "1")
	time.Local = testZone
	clock = func() time.Time { return testNow }
	os.Exit(m.Run())
}

// isolate gives the test its own empty data and config folders and an
// English environment.
func isolate(t *testing.T) (data, cfg string) {
	t.Helper()
	data, cfg = t.TempDir(), t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_GB.UTF-8")
	t.Setenv("NO_COLOR", "1")
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	return data, cfg
}

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, args ...string) result {
	t.Helper()
	return runWithStdin(t, &bytes.Buffer{}, args...)
}

func runWithStdin(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	if args == nil {
		args = []string{} // nil would make cobra read os.Args
	}
	var out, errb bytes.Buffer
	code := run(context.Background(), args, stdin, &out, &errb)
	return result{code, out.String(), errb.String()}
}

func (r result) want(t *testing.T, code int) result {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	return r
}

// --- routines

func TestRoutinesShowPainRelief(t *testing.T) {
	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			isolate(t)
			r := runCLI(t, "routines", "show", "pain-relief", "--lang", lang).want(t, exitOK)
			if r.stderr != "" {
				t.Errorf("stderr: %s", r.stderr)
			}
			golden.RequireEqual(t, []byte(r.stdout))
		})
	}
}

func TestRoutinesShowFacts(t *testing.T) {
	isolate(t)
	out := runCLI(t, "routines", "show", "pain-relief").want(t, exitOK).stdout
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
		if w := len([]rune(l)); w > textWidth {
			t.Errorf("line %d is %d columns wide: %q", i+1, w, l)
		}
	}
}

func TestRoutinesShowFileAndLanguage(t *testing.T) {
	isolate(t)
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
	out := runCLI(t, "routines", "show", path, "--lang", "da").want(t, exitOK).stdout
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
	_, cfg := isolate(t)
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
	r := runCLI(t, "routines", "list").want(t, exitOK)
	// The custom routine's path is the test's temporary folder.
	golden.RequireEqual(t, []byte(strings.ReplaceAll(r.stdout, dir, "$ROUTINES")))
	if r.stderr != "" {
		t.Errorf("stderr: %s", r.stderr)
	}

	// A broken file is left out and named on stderr; the list still works.
	writeFile(t, filepath.Join(dir, "broken.toml"), "id = \"broken\"\nphase = 3\n")
	r = runCLI(t, "routines", "list", "--lang", "da").want(t, exitOK)
	if strings.Contains(r.stdout, "broken") || !strings.Contains(r.stdout, "Aften") || !strings.Contains(r.stdout, "Smertelindring") {
		t.Errorf("list with a broken file:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "broken.toml:2:9:") || !strings.Contains(r.stderr, "Nogle af dine egne programmer") {
		t.Errorf("stderr does not name the broken file:\n%s", r.stderr)
	}
}

func TestRoutinesValidate(t *testing.T) {
	isolate(t)
	r := runCLI(t, "routines", "validate", "testdata/bad-routine.toml", "testdata/good-routine.toml", "testdata/missing.toml").want(t, exitUsage)
	golden.RequireEqual(t, []byte("--- stdout\n"+r.stdout+"--- stderr\n"+r.stderr))
	if n := strings.Count(r.stderr, "testdata/bad-routine.toml:"); n < 3 {
		t.Errorf("%d mistakes reported, want every one (at least 3)", n)
	}

	r = runCLI(t, "routines", "validate", "testdata/good-routine.toml", "--lang", "da").want(t, exitOK)
	if !strings.HasPrefix(r.stdout, "testdata/good-routine.toml: ok (") || !strings.Contains(r.stdout, "øvelser, ca. ") {
		t.Errorf("validate ok: %q", r.stdout)
	}
}

// --- history

func TestHistoryWithoutJournal(t *testing.T) {
	data, _ := isolate(t)
	r := runCLI(t, "history").want(t, exitOK)
	if !strings.Contains(r.stdout, "No sessions yet") {
		t.Errorf("history of nothing:\n%s", r.stdout)
	}
	if _, err := os.Stat(filepath.Join(data, "rygtimer")); !os.IsNotExist(err) {
		t.Errorf("history created %s (err %v); it must only read", filepath.Join(data, "rygtimer"), err)
	}
	if r := runCLI(t, "export", "--format", "json").want(t, exitOK); r.stdout != "[]\n" {
		t.Errorf("export of nothing = %q", r.stdout)
	}
	if _, err := os.Stat(filepath.Join(data, "rygtimer")); !os.IsNotExist(err) {
		t.Error("export created the journal")
	}
}

func TestHistory(t *testing.T) {
	isolate(t)
	fillJournal(t)
	out := runCLI(t, "history", "--lang", "da").want(t, exitOK).stdout
	for _, want := range []string{"Træningsdagbog fra rygtimer", "Smertelindring", "Bevægelighed", "Aftenplan"} {
		if !strings.Contains(out, want) {
			t.Errorf("history lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("history writes escape codes")
	}

	// --days 2 is yesterday and today: the session of 2026-03-02 is left out.
	out = runCLI(t, "history", "--days", "2").want(t, exitOK).stdout
	if strings.Contains(out, "Mobility") || !strings.Contains(out, "Pain relief") {
		t.Errorf("history --days 2:\n%s", out)
	}
	out = runCLI(t, "history", "--days", "1").want(t, exitOK).stdout
	if strings.Contains(out, "Pain relief") || !strings.Contains(out, "Evening plan") {
		t.Errorf("history --days 1:\n%s", out)
	}

	// A week later, nothing in the last 3 days: said in words, not as an
	// empty chart.
	clock = func() time.Time { return testNow.AddDate(0, 0, 7) }
	defer func() { clock = func() time.Time { return testNow } }()
	out = runCLI(t, "history", "--days", "3").want(t, exitOK).stdout
	if out != "No sessions in the last 3 days.\n" {
		t.Errorf("history --days 3 = %q", out)
	}
	out = runCLI(t, "history", "--days", "1", "--lang", "da").want(t, exitOK).stdout
	if out != "Ingen træninger i dag.\n" {
		t.Errorf("history --days 1 = %q", out)
	}
}

func TestHistoryJournalUnavailable(t *testing.T) {
	data, _ := isolate(t)
	// A folder where the journal file should be.
	if err := os.MkdirAll(filepath.Join(data, "rygtimer", "journal.db"), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"history"}, {"export", "--format", "csv"}} {
		r := runCLI(t, args...).want(t, exitFailure)
		if !strings.Contains(r.stderr, "cannot be used") || !strings.Contains(r.stderr, "Check that the journal file") {
			t.Errorf("%v: stderr does not say what is wrong and what to do:\n%s", args, r.stderr)
		}
	}
}

// --- export

// fillJournal writes four sessions through the journal's own API:
// a completed mobility session on 2026-03-02, a pain stop on 2026-03-10 late
// in the evening, a red-flag check-in and a custom routine on 2026-03-11.
func fillJournal(t *testing.T) {
	t.Helper()
	cfg := os.Getenv("XDG_CONFIG_HOME")
	writeFile(t, filepath.Join(cfg, "rygtimer", "routines", "evening.toml"), `id = "evening-plan"
phase = "mobility"
name = { en = "Evening plan", da = "Aftenplan" }

[[exercise]]
id = "evening-stretch"
name = { en = "Evening stretch", da = "Aftenstræk" }
kind = "hold"
hold = { min = "20s", max = "30s" }
sets = 1
steps = { en = ["Lie down."], da = ["Lig ned."] }
`)
	ctx := context.Background()
	path, err := journal.DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	s, err := journal.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at := func(day, h, m, sec int) time.Time { return time.Date(2026, 3, day, h, m, sec, 0, testZone) }

	id, err := s.StartSession(ctx, journal.Start{At: at(2, 8, 0, 0), Routine: "mobility", Phase: "mobility", PainBefore: journal.Pain(4)})
	must(t, err)
	must(t, s.AddStep(ctx, id, journal.Step{Exercise: "pelvic-tilt", Set: 1, Planned: 10, Done: 10, Unit: journal.UnitReps, Completed: true, At: at(2, 8, 1, 5)}))
	must(t, s.AddStep(ctx, id, journal.Step{Exercise: "knee-to-chest", Side: "right", Set: 1, Planned: 20, Done: 20, Unit: journal.UnitSeconds, Completed: true, At: at(2, 8, 2, 0)}))
	must(t, s.FinishSession(ctx, id, journal.Finish{At: at(2, 8, 12, 0), Outcome: journal.Completed, PainAfter: journal.Pain(2), Note: `better; "loose" <3`}))

	id, err = s.StartSession(ctx, journal.Start{At: at(10, 23, 30, 0), Routine: "pain-relief", Phase: "pain-relief", PainBefore: journal.Pain(5)})
	must(t, err)
	must(t, s.AddStep(ctx, id, journal.Step{Exercise: "knee-to-chest", Side: "left", Set: 2, Planned: 25, Done: 12, Unit: journal.UnitSeconds, Completed: false, At: at(10, 23, 33, 0)}))
	must(t, s.FinishSession(ctx, id, journal.Finish{At: at(10, 23, 33, 10), Outcome: journal.PainStop, PainWhere: journal.PainLeg}))

	_, err = s.RecordRedFlag(ctx, journal.Start{At: at(11, 7, 0, 0), Routine: "strengthening", Phase: "strengthening", PainBefore: journal.Pain(6)}, "leg_weakness")
	must(t, err)

	id, err = s.StartSession(ctx, journal.Start{At: at(11, 9, 0, 0), Routine: "evening-plan", Phase: "mobility"})
	must(t, err)
	must(t, s.AddStep(ctx, id, journal.Step{Exercise: "evening-stretch", Set: 1, Planned: 20, Done: 20, Unit: journal.UnitSeconds, Completed: true, At: at(11, 9, 1, 0)}))
	must(t, s.FinishSession(ctx, id, journal.Finish{At: at(11, 9, 2, 0), Outcome: journal.Quit, PainAfter: journal.Pain(1)}))
}

func TestExportJSON(t *testing.T) {
	isolate(t)
	fillJournal(t)
	r := runCLI(t, "export", "--format", "json").want(t, exitOK)
	if r.stderr != "" {
		t.Errorf("stderr: %s", r.stderr)
	}

	// The keys, in the order DESIGN §8 lists them.
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	var raw []json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		t.Fatal(err)
	}
	if len(raw) != 4 {
		t.Fatalf("%d sessions, want 4", len(raw))
	}
	wantSession := []string{"id", "started_at", "ended_at", "routine", "phase", "outcome", "pain_before", "pain_after", "note", "steps"}
	if got := keys(t, raw[0]); !reflect.DeepEqual(got[:len(wantSession)], wantSession) {
		t.Errorf("session keys %v, want %v first", got, wantSession)
	}
	var first struct {
		Steps []json.RawMessage `json:"steps"`
	}
	must(t, json.Unmarshal(raw[0], &first))
	wantStep := []string{"exercise", "side", "set", "planned", "done", "unit", "completed", "at", "skipped"}
	if got := keys(t, first.Steps[0]); !reflect.DeepEqual(got, wantStep) {
		t.Errorf("step keys %v, want %v", got, wantStep)
	}

	type step struct {
		Exercise, Side, Unit, At string
		Set, Planned, Done       int
		Completed                bool
	}
	type session struct {
		ID                   int64
		StartedAt            string  `json:"started_at"`
		EndedAt              *string `json:"ended_at"`
		Routine, Phase, Note string
		Outcome              *string
		PainBefore           *int    `json:"pain_before"`
		PainAfter            *int    `json:"pain_after"`
		PainWhere            *string `json:"pain_where"`
		RedFlag              *string `json:"red_flag"`
		Steps                []step
	}
	var ss []session
	must(t, json.Unmarshal([]byte(r.stdout), &ss))
	s := ss[0]
	if s.StartedAt != "2026-03-02T08:00:00+01:00" || *s.EndedAt != "2026-03-02T08:12:00+01:00" || s.Routine != "mobility" ||
		*s.Outcome != "completed" || *s.PainBefore != 4 || s.Note != `better; "loose" <3` || len(s.Steps) != 2 {
		t.Errorf("first session = %+v", s)
	}
	if st := s.Steps[1]; st != (step{"knee-to-chest", "right", "s", "2026-03-02T08:02:00+01:00", 1, 20, 20, true}) {
		t.Errorf("step = %+v", st)
	}
	if s := ss[1]; *s.Outcome != "pain_stop" || *s.PainWhere != "leg" || s.Steps[0].Done != 12 || s.Steps[0].Completed {
		t.Errorf("pain stop = %+v", s)
	}
	if s := ss[2]; *s.Outcome != "red_flag" || *s.RedFlag != "leg_weakness" || len(s.Steps) != 0 {
		t.Errorf("red flag = %+v", s)
	}
	if !strings.Contains(r.stdout, `"steps": []`) || !strings.Contains(r.stdout, `"pain_after": null`) {
		t.Error("empty steps or missing pain are not [] and null")
	}

	// --since is a local date, inclusive: the pain stop at 23:30 on the
	// 10th is 22:30 UTC, still the 10th here.
	r = runCLI(t, "export", "--format", "json", "--since", "2026-03-10").want(t, exitOK)
	must(t, json.Unmarshal([]byte(r.stdout), &ss))
	if len(ss) != 3 || ss[0].Outcome == nil || *ss[0].Outcome != "pain_stop" {
		t.Errorf("--since 2026-03-10 gave %d sessions, first %+v", len(ss), ss[0])
	}
	r = runCLI(t, "export", "--format", "json", "--since", "2026-03-12").want(t, exitOK)
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("export after the last session = %q", r.stdout)
	}
}

func keys(t *testing.T, obj json.RawMessage) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(obj))
	var out []string
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		must(t, err)
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' || v == '[' {
				depth++
			} else {
				depth--
			}
		case string:
			if depth == 1 && dec.More() {
				out = append(out, v)
				// skip the value
				var skip json.RawMessage
				must(t, dec.Decode(&skip))
			}
		}
	}
}

func TestExportCSV(t *testing.T) {
	isolate(t)
	fillJournal(t)
	r := runCLI(t, "export", "--format", "csv").want(t, exitOK)
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	must(t, err)
	// Header, 2 + 1 steps, a row for the red flag without steps, 1 step.
	if len(rows) != 6 {
		t.Fatalf("%d rows, want 6:\n%s", len(rows), r.stdout)
	}
	if rows[0][0] != "session_id" || rows[0][18] != "step_at" || rows[0][len(rows[0])-1] != "skipped" {
		t.Errorf("header = %v", rows[0])
	}
	want := []string{"1", "2026-03-02T08:00:00+01:00", "2026-03-02T08:12:00+01:00", "mobility", "mobility", "completed", "4", "2",
		`better; "loose" <3`, "", "", "pelvic-tilt", "", "1", "10", "10", "reps", "true", "2026-03-02T08:01:05+01:00", "", "", "false"}
	if !reflect.DeepEqual(rows[1], want) {
		t.Errorf("row 1 = %q\nwant    %q", rows[1], want)
	}
	if rows[4][5] != "red_flag" || rows[4][10] != "leg_weakness" || rows[4][11] != "" {
		t.Errorf("red flag row = %q", rows[4])
	}
}

func TestExportMarkdown(t *testing.T) {
	isolate(t)
	fillJournal(t)
	out := runCLI(t, "export", "--format", "md", "--lang", "da").want(t, exitOK).stdout
	for _, want := range []string{
		"Smertelindring", "Bevægelighed", "Aftenplan", // routines, custom included
		"Bækkenvip", "Knæ-til-bryst-stræk", "Aftenstræk", // exercises
		"Ny eller tiltagende svaghed", // the red flag's text from the catalog
		"2026-03-10 23:30",            // local time
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the Danish report lacks %q:\n%s", want, out)
		}
	}
	for _, id := range []string{"pelvic-tilt", "leg_weakness", "evening-plan"} {
		if strings.Contains(out, id) {
			t.Errorf("the report shows the id %q instead of its name", id)
		}
	}
	en := runCLI(t, "export", "--format", "md").want(t, exitOK).stdout
	if !strings.Contains(en, "Pelvic tilt") || !strings.Contains(en, "Evening plan") {
		t.Errorf("the English report lacks names:\n%s", en)
	}
}

func TestExportToFile(t *testing.T) {
	isolate(t)
	fillJournal(t)
	dir := t.TempDir()
	want := runCLI(t, "export", "--format", "json").want(t, exitOK).stdout

	path := filepath.Join(dir, "ryg.json")
	r := runCLI(t, "export", "--format", "json", "-o", path).want(t, exitOK)
	if r.stdout != "" || !strings.Contains(r.stderr, "4 sessions written to "+path) {
		t.Errorf("stdout %q, stderr %q", r.stdout, r.stderr)
	}
	got, err := os.ReadFile(path)
	must(t, err)
	if string(got) != want {
		t.Error("the file differs from the export on stdout")
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 (health data)", fi.Mode().Perm())
	}

	// The format follows the extension when --format is not given, and
	// an existing file is replaced.
	runCLI(t, "export", "-o", filepath.Join(dir, "ryg.csv")).want(t, exitOK)
	runCLI(t, "export", "--format", "md", "-o", filepath.Join(dir, "ryg.json")).want(t, exitOK)
	got, _ = os.ReadFile(path)
	if !strings.HasPrefix(string(got), "# ") {
		t.Errorf("the file was not replaced: %.40q", got)
	}
	entries, err := os.ReadDir(dir)
	must(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !reflect.DeepEqual(names, []string{"ryg.csv", "ryg.json"}) {
		t.Errorf("the folder holds %v; temporary files were left behind", names)
	}

	// A folder that does not exist: a failure that says what to check.
	r = runCLI(t, "export", "--format", "csv", "-o", filepath.Join(dir, "no", "such", "x.csv")).want(t, exitFailure)
	if !strings.Contains(r.stderr, "Check that the folder exists") {
		t.Errorf("stderr: %s", r.stderr)
	}
}

// --- usage, help and the app

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"routines", "--help"}, {"export", "--help"}} {
		t.Run(strings.Join(args, "_"), func(t *testing.T) {
			isolate(t)
			r := runCLI(t, args...).want(t, exitOK)
			golden.RequireEqual(t, []byte(r.stdout))
		})
	}
}

func TestEveryCommandHasHelpText(t *testing.T) {
	root := newRootCmd(nil, io.Discard, io.Discard)
	for _, c := range append(root.Commands(), root) {
		for _, sub := range append(c.Commands(), c) {
			if sub.Name() == "help" || sub.Parent() != nil && sub.Parent().Name() == "completion" {
				continue
			}
			if sub.Short == "" || sub.Long == "" || sub.Example == "" {
				t.Errorf("%s lacks Short, Long or Example", sub.CommandPath())
			}
		}
	}
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want []string // in stderr
	}{
		{"bad_flag", []string{"history", "--bogus"}, []string{"Unknown flag: --bogus", "Usage: `rygtimer history [--days N] [--lang en|da]`"}},
		{"unknown_command", []string{"hist"}, []string{`Unknown command "hist" for "rygtimer" (did you mean "history"?)`, "Commands: completion, export, history, routines"}},
		{"unknown_subcommand", []string{"routines", "lst"}, []string{`Unknown command "lst" for "rygtimer routines"`, "Commands: list, show, validate"}},
		{"stray_argument", []string{"history", "today"}, []string{`Unexpected argument "today"`}},
		{"show_missing_arg", []string{"routines", "show"}, []string{"Missing the routine to show", "Usage: `rygtimer routines show ID|FILE"}},
		{"show_two_args", []string{"routines", "show", "a", "b"}, []string{"Too many arguments (2)"}},
		{"show_unknown_id", []string{"routines", "show", "stretchy"}, []string{`There is no routine with the id "stretchy"`}},
		{"show_missing_file", []string{"routines", "show", "nope.toml"}, []string{"Cannot read the routine file nope.toml: no such file or directory"}},
		{"show_bad_file", []string{"routines", "show", "testdata/bad-routine.toml"}, []string{"testdata/bad-routine.toml:3:9: phase must be", "The routine file testdata/bad-routine.toml has mistakes"}},
		{"validate_missing_arg", []string{"routines", "validate"}, []string{"Missing the routine FILE to check"}},
		{"bad_phase", []string{"--phase", "stretch"}, []string{`Invalid argument "stretch" for --phase: use pain-relief, mobility or strengthening`}},
		{"bad_lang", []string{"routines", "list", "--lang", "de"}, []string{`Invalid argument "de" for --lang: use en or da`}},
		{"phase_and_routine", []string{"--phase", "mobility", "--routine", "x.toml"}, []string{"Use either --phase or --routine, not both"}},
		{"bad_format", []string{"export", "--format", "pdf"}, []string{`Invalid argument "pdf" for --format: use csv, md or json`, "Usage: `rygtimer export --format csv|md|json"}},
		{"no_format", []string{"export"}, []string{"Missing --format: choose csv, md or json"}},
		{"bad_since", []string{"export", "--format", "csv", "--since", "10-03-2026"}, []string{`Invalid argument "10-03-2026" for --since: write the date as YYYY-MM-DD`}},
		{"bad_days", []string{"history", "--days", "week"}, []string{`Invalid argument "week" for --days: use a whole number`}},
		{"zero_days", []string{"history", "--days", "0"}, []string{`Invalid argument "0" for --days`}},
		{"flag_without_value", []string{"export", "--format"}, []string{"Flag needs an argument: --format"}},
		{"bad_shell", []string{"completion", "tcsh"}, []string{`Unknown command "tcsh" for "rygtimer completion"`, "Commands: bash, fish, powershell, zsh"}},
		{"invalid_routine", []string{"routines", "validate", "testdata/bad-routine.toml"}, []string{"The routine file testdata/bad-routine.toml is not valid"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			isolate(t)
			r := runCLI(t, c.args...).want(t, exitUsage)
			for _, w := range c.want {
				// In a terminal fang capitalises the first word; in a
				// pipe (as here) the message stays as written.
				if !strings.Contains(strings.ToLower(r.stderr), strings.ToLower(w)) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
			switch c.name {
			case "bad_flag", "unknown_command", "invalid_routine":
				golden.RequireEqual(t, []byte(r.stderr))
			}
		})
	}
}

func TestAppNeedsATerminal(t *testing.T) {
	isolate(t)
	r := runWithStdin(t, bytes.NewBufferString("\n")).want(t, exitUsage)
	if !strings.Contains(r.stderr, "needs a terminal") {
		t.Errorf("stderr: %s", r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout: %q", r.stdout)
	}
}

func TestVersionAndCompletion(t *testing.T) {
	isolate(t)
	r := runCLI(t, "--version").want(t, exitOK)
	if !strings.HasPrefix(r.stdout, "rygtimer version ") {
		t.Errorf("--version = %q", r.stdout)
	}
	for _, shell := range []string{"bash", "zsh", "fish"} {
		r := runCLI(t, "completion", shell).want(t, exitOK)
		if !strings.Contains(r.stdout, "rygtimer") || len(r.stdout) < 1000 {
			t.Errorf("completion %s: %.80q", shell, r.stdout)
		}
	}
	r = runCLI(t, "__complete", "routines", "show", "").want(t, exitOK)
	if !strings.Contains(r.stdout, "pain-relief\nmobility\nstrengthening\n") {
		t.Errorf("routine ids are not completed: %q", r.stdout)
	}
	help := runCLI(t, "--help").want(t, exitOK).stdout
	if !strings.Contains(help, "\n    history ") {
		t.Fatalf("cannot find the command list in --help:\n%s", help)
	}
	if strings.Contains(help, "\n    man ") {
		t.Error("the man command is listed in --help")
	}
}

// --- language

// Flags override the config file, which overrides the environment.
func TestLanguagePrecedence(t *testing.T) {
	_, cfg := isolate(t)
	t.Setenv("LANG", "da_DK.UTF-8")
	if got := textLang("", io.Discard); got != "da" {
		t.Errorf("LANG=da_DK: %q, want da", got)
	}
	writeFile(t, filepath.Join(cfg, "rygtimer", "config.toml"), "lang = \"en\"\n")
	if got := textLang("", io.Discard); got != "en" {
		t.Errorf("config en over LANG da: %q, want en", got)
	}
	if got := textLang("da", io.Discard); got != "da" {
		t.Errorf("--lang da over config en: %q, want da", got)
	}

	t.Setenv("LANG", "en_GB.UTF-8")
	writeFile(t, filepath.Join(cfg, "rygtimer", "config.toml"), "lang = \"da\"\n")
	if got := textLang("", io.Discard); got != "da" {
		t.Errorf("config da over LANG en: %q, want da", got)
	}
	if got := runCLI(t, "routines", "list").want(t, exitOK).stdout; !strings.HasPrefix(got, "Id ") {
		t.Errorf("routines list with lang = \"da\" in the config:\n%s", got)
	}
	if got := runCLI(t, "routines", "list", "--lang", "en").want(t, exitOK).stdout; !strings.HasPrefix(got, "ID ") {
		t.Errorf("routines list --lang en:\n%s", got)
	}

	// A config file with mistakes does not stop a text command: it says
	// so and goes on with the environment's language.
	writeFile(t, filepath.Join(cfg, "rygtimer", "config.toml"), "lang = \"de\"\n")
	var warn bytes.Buffer
	if got := textLang("", &warn); got != "en" {
		t.Errorf("broken config: %q, want en from LANG", got)
	}
	if !strings.Contains(warn.String(), "config.toml:1:8") {
		t.Errorf("the warning does not name the mistake: %q", warn.String())
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	must(t, os.MkdirAll(filepath.Dir(path), 0o700))
	must(t, os.WriteFile(path, []byte(content), 0o600))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
