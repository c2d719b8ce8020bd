package cli

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

	"github.com/rygtimer/rygtimer/journal"
)

// fillJournal writes four sessions through the journal's own API:
// a completed mobility session on 2026-03-02, a pain stop on 2026-03-10 late
// in the evening, a red-flag check-in and a custom routine on 2026-03-11.
func fillJournal(t *testing.T, sb *sandbox) {
	t.Helper()
	writeFile(t, filepath.Join(sb.cfg, "rygtimer", "routines", "evening.toml"), `id = "evening-plan"
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
	s := sb.openJournal(t)
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
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	r := sb.run(t, "export", "--format", "json").want(t, exitOK)
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
	r = sb.run(t, "export", "--format", "json", "--since", "2026-03-10").want(t, exitOK)
	must(t, json.Unmarshal([]byte(r.stdout), &ss))
	if len(ss) != 3 || ss[0].Outcome == nil || *ss[0].Outcome != "pain_stop" {
		t.Errorf("--since 2026-03-10 gave %d sessions, first %+v", len(ss), ss[0])
	}
	// (A date after today is refused as a mistake: see TestUsageErrors.)
	sb.now = testNow.AddDate(0, 0, 2)
	r = sb.run(t, "export", "--format", "json", "--since", "2026-03-12").want(t, exitOK)
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
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	r := sb.run(t, "export", "--format", "csv").want(t, exitOK)
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
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	out := sb.run(t, "export", "--format", "md", "--lang", "da").want(t, exitOK).stdout
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
	en := sb.run(t, "export", "--format", "md").want(t, exitOK).stdout
	if !strings.Contains(en, "Pelvic tilt") || !strings.Contains(en, "Evening plan") {
		t.Errorf("the English report lacks names:\n%s", en)
	}
}

func TestExportToFile(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	dir := t.TempDir()
	want := sb.run(t, "export", "--format", "json").want(t, exitOK).stdout

	path := filepath.Join(dir, "ryg.json")
	r := sb.run(t, "export", "--format", "json", "-o", path).want(t, exitOK)
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
	sb.run(t, "export", "-o", filepath.Join(dir, "ryg.csv")).want(t, exitOK)
	sb.run(t, "export", "--format", "md", "-o", filepath.Join(dir, "ryg.json")).want(t, exitOK)
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

	// A folder that does not exist is bad input (issue 12), said plainly.
	r = sb.run(t, "export", "--format", "csv", "-o", filepath.Join(dir, "no", "such", "x.csv")).want(t, exitUsage)
	if !strings.Contains(r.stderr, "the folder "+filepath.Join(dir, "no", "such")+" does not exist") {
		t.Errorf("stderr: %s", r.stderr)
	}
	r = sb.run(t, "export", "--format", "csv", "-o", dir).want(t, exitUsage)
	if !strings.Contains(r.stderr, "it is a folder") {
		t.Errorf("stderr: %s", r.stderr)
	}
}

// -o /dev/stdout is standard output, not a file to replace (issue 12).
func TestExportToStdoutByName(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	want := sb.run(t, "export", "--format", "json").want(t, exitOK).stdout
	for _, name := range []string{"-", "/dev/stdout"} {
		if got := sb.run(t, "export", "--format", "json", "-o", name).want(t, exitOK).stdout; got != want {
			t.Errorf("-o %s wrote %d bytes to stdout, want the %d of the export", name, len(got), len(want))
		}
	}
}
