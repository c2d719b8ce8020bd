package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixtureZone is fixed so the golden files do not depend on the machine.
var fixtureZone = time.FixedZone("CET", 3600)

func fixtureNow() time.Time { return time.Date(2025, 3, 21, 12, 0, 0, 0, fixtureZone) }

// fixture is a small history touching every case an export must render:
// sides, reps, a step cut short, a pain stop with its answer, a quit, an
// interrupted session without steps, a red-flag check-in, a running
// session, missing ratings, and a note that would break Markdown or CSV.
func fixture() []journal.Session {
	at := func(day, h, m, sec int) time.Time { return time.Date(2025, 3, day, h, m, sec, 0, fixtureZone) }
	hold := func(ex, side string, set, planned, done int, ok bool, t time.Time) journal.Step {
		return journal.Step{Exercise: ex, Side: side, Set: set, Planned: planned, Done: done, Unit: journal.UnitSeconds, Completed: ok, At: t}
	}
	reps := func(ex string, set, planned, done int, ok bool, t time.Time) journal.Step {
		return journal.Step{Exercise: ex, Set: set, Planned: planned, Done: done, Unit: journal.UnitReps, Completed: ok, At: t}
	}
	ss := []journal.Session{
		{ID: 1, StartedAt: at(3, 8, 0, 0), EndedAt: at(3, 8, 12, 30), Routine: "pain-relief", Phase: "pain-relief",
			Outcome: journal.Completed, PainBefore: journal.Pain(5), PainAfter: journal.Pain(3),
			PainReachBefore: journal.ReachBelowKnee, PainReachAfter: journal.ReachButtockThigh, Note: "Stiff | but OK, *better* than <yesterday>\nsecond line, \"quoted\", æøå",
			Steps: []journal.Step{
				reps("pelvic-tilt", 1, 10, 10, true, at(3, 8, 2, 0)),
				reps("pelvic-tilt", 2, 10, 1, false, at(3, 8, 3, 0)),
				hold("knee-to-chest", "right", 1, 20, 20, true, at(3, 8, 5, 0)),
				hold("knee-to-chest", "left", 1, 20, 20, true, at(3, 8, 6, 0)),
			}},
		{ID: 2, StartedAt: at(4, 23, 50, 0), EndedAt: at(5, 0, 5, 0), Routine: "pain-relief", Phase: "pain-relief",
			Outcome: journal.Completed, PainBefore: journal.Pain(4), PainAfter: journal.Pain(2),
			Steps: []journal.Step{
				hold("knee-to-chest", "right", 1, 20, 20, true, at(5, 0, 1, 0)),
				{Exercise: "bridge", Set: 1, Planned: 10, Unit: journal.UnitReps, Skipped: true, At: at(5, 0, 2, 0)},
				hold("piriformis", "right", 1, 20, 0, false, at(5, 0, 3, 0)),
			}},
		{ID: 3, StartedAt: at(6, 9, 0, 0), EndedAt: at(6, 9, 4, 0), Routine: "pain-relief", Phase: "pain-relief",
			Outcome: journal.Quit, PainBefore: journal.Pain(3),
			Steps: []journal.Step{reps("pelvic-tilt", 1, 10, 10, true, at(6, 9, 2, 0))}},
		{ID: 4, StartedAt: at(11, 18, 0, 0), EndedAt: at(11, 18, 7, 0), Routine: "mobility", Phase: "mobility",
			Outcome: journal.PainStop, PainBefore: journal.Pain(3), PainAfter: journal.Pain(7), PainWhere: journal.PainLeg,
			PainReachBefore: journal.ReachButtockThigh, PainReachAfter: journal.ReachBelowKnee,
			Steps: []journal.Step{
				reps("pelvic-tilt", 1, 10, 10, true, at(11, 18, 2, 0)),
				hold("knee-to-chest", "right", 1, 25, 12, false, at(11, 18, 7, 0)),
			}},
		{ID: 5, StartedAt: at(12, 7, 30, 0), EndedAt: at(12, 7, 30, 0), Routine: "mobility", Phase: "mobility",
			Outcome: journal.Interrupted},
		{ID: 6, StartedAt: at(14, 9, 0, 0), EndedAt: at(14, 9, 0, 0), Routine: "pain-relief", Phase: "pain-relief",
			Outcome: journal.RedFlag, PainBefore: journal.Pain(6), RedFlag: "saddle-numbness", PainReachBefore: journal.ReachFoot},
		{ID: 7, StartedAt: at(20, 8, 0, 0), EndedAt: at(20, 8, 15, 0), Routine: "my-physio", Phase: "mobility",
			Outcome: journal.Completed, PainBefore: journal.Pain(2), PainAfter: journal.Pain(2),
			Steps: []journal.Step{hold("cobra", "", 1, 8, 8, true, at(20, 8, 10, 0))}},
		{ID: 8, StartedAt: at(21, 11, 0, 0), Routine: "mobility", Phase: "mobility",
			Steps: []journal.Step{reps("pelvic-tilt", 1, 10, 10, true, at(21, 11, 2, 0))}},
	}
	// Sessions() hands them over newest first; the exports must not care.
	return journal.NewestFirst(ss)
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test ./export -update if the change is meant):\n%s", name, got)
	}
}

func TestWriteJSON(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteJSON(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	golden(t, "export.json.golden", b.Bytes())

	// The contract's fields, in its order, then the two additions.
	var raw []map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	first := b.String()[strings.Index(b.String(), "{"):strings.Index(b.String(), "\"steps\"")]
	last := -1
	for _, k := range []string{"id", "started_at", "ended_at", "routine", "phase", "outcome", "pain_before", "pain_after", "note"} {
		i := strings.Index(first, "\""+k+"\"")
		if i < last {
			t.Errorf("field %s out of order", k)
		}
		last = i
	}
	for _, k := range []string{"pain_where", "red_flag", "pain_reach_before", "pain_reach_after"} {
		if _, ok := raw[0][k]; !ok {
			t.Errorf("field %s missing", k)
		}
	}
	if string(raw[0]["started_at"]) != `"2025-03-03T08:00:00+01:00"` {
		t.Errorf("started_at = %s, want RFC 3339", raw[0]["started_at"])
	}
	if string(raw[7]["ended_at"]) != "null" || string(raw[2]["pain_after"]) != "null" || string(raw[2]["pain_reach_before"]) != "null" {
		t.Error("values not given must be null")
	}
	if string(raw[0]["pain_reach_before"]) != `"below_knee"` || string(raw[0]["pain_reach_after"]) != `"buttock_thigh"` {
		t.Errorf("pain reach = %s → %s", raw[0]["pain_reach_before"], raw[0]["pain_reach_after"])
	}
	var steps []map[string]any
	json.Unmarshal(raw[1]["steps"], &steps)
	if len(steps) != 3 || steps[1]["skipped"] != true || steps[0]["skipped"] != false {
		t.Errorf("steps' skipped = %v", steps)
	}

	b.Reset()
	WriteJSON(&b, nil)
	if b.String() != "[]\n" {
		t.Errorf("empty history = %q", b.String())
	}
}

func TestWriteCSV(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteCSV(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	golden(t, "export.csv.golden", b.Bytes())
}

func TestWriteMarkdown(t *testing.T) {
	t.Parallel()
	names := Names{
		Routine:  func(id string) string { return map[string]string{"my-physio": "Lone's | programme"}[id] },
		Exercise: func(id string) string { return map[string]string{"knee-to-chest": "Knee-to-chest stretch"}[id] },
		RedFlag:  func(id string) string { return map[string]string{"saddle-numbness": "numbness in the saddle area"}[id] },
	}
	for _, lang := range []string{"en", "da"} {
		var b bytes.Buffer
		if err := WriteMarkdownNamed(&b, fixture(), fixtureNow(), lang, names); err != nil {
			t.Fatal(err)
		}
		golden(t, "export."+lang+".md.golden", b.Bytes())
		if strings.Contains(b.String(), "!export") {
			t.Errorf("%s report has a missing message", lang)
		}
	}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, nil, fixtureNow(), "da"); err != nil {
		t.Fatal(err)
	}
	golden(t, "export.empty.da.md.golden", b.Bytes())
}

// A failing writer's error comes back; nothing panics.
func TestExportWriteErrors(t *testing.T) {
	t.Parallel()
	bad := failWriter{}
	if WriteJSON(bad, fixture()) == nil || WriteCSV(bad, fixture()) == nil || WriteMarkdown(bad, fixture(), fixtureNow(), "en") == nil {
		t.Error("write error lost")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteFileAtomic(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "export.json")
	list := func() []string {
		es, _ := os.ReadDir(dir)
		var names []string
		for _, e := range es {
			names = append(names, e.Name())
		}
		return names
	}

	if err := WriteFileAtomic(path, func(w io.Writer) error { return WriteJSON(w, fixture()) }); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("new export mode %o, want 600", fi.Mode().Perm())
	}
	old, _ := os.ReadFile(path)

	// A failure halfway leaves the old file and no temporary file.
	err := WriteFileAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "[{\"id\": 1, ")
		return errors.New("disk full")
	})
	if err == nil {
		t.Fatal("the write error was lost")
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, old) {
		t.Error("the old file changed after a failed write")
	}
	if names := list(); len(names) != 1 {
		t.Errorf("files left behind: %v", names)
	}

	// A replaced file keeps its mode.
	os.Chmod(path, 0o640)
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }); err != nil {
		t.Fatal(err)
	}
	fi, _ = os.Stat(path)
	if b, _ := os.ReadFile(path); string(b) != "new\n" || fi.Mode().Perm() != 0o640 {
		t.Errorf("replaced file %q mode %o", b, fi.Mode().Perm())
	}

	// A folder in the way is an error, and nothing is left behind.
	os.Mkdir(filepath.Join(dir, "folder"), 0o700)
	if err := WriteFileAtomic(filepath.Join(dir, "folder"), func(w io.Writer) error { return nil }); err == nil {
		t.Error("writing over a folder succeeded")
	}
	if names := list(); len(names) != 2 {
		t.Errorf("files left behind: %v", names)
	}

	// A missing folder is an error.
	if err := WriteFileAtomic(filepath.Join(dir, "nope", "x.md"), func(w io.Writer) error { return nil }); err == nil {
		t.Error("writing into a missing folder succeeded")
	}

	// A device (as -o /dev/stdout is) is written to, not replaced
	// (issue 12: "export -o /dev/stdout is refused").
	if err := WriteFileAtomic(os.DevNull, func(w io.Writer) error { _, err := io.WriteString(w, "x\n"); return err }); err != nil {
		t.Errorf("writing to %s: %v", os.DevNull, err)
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode().IsRegular() {
		t.Errorf("%s was replaced: %v %v", os.DevNull, fi.Mode(), err)
	}
}

// The report names every outcome with the same words as Home and History:
// the catalogs' one outcome family.
func TestReportOutcomeWords(t *testing.T) {
	t.Parallel()
	at := fixtureNow().Add(-time.Hour)
	for _, lang := range i18n.Languages {
		cat := i18n.New(lang)
		for _, o := range []journal.Outcome{journal.Completed, journal.PainStop, journal.Quit, journal.Interrupted, journal.RedFlag, journal.Running} {
			s := journal.Session{ID: 1, StartedAt: at, Routine: "r", Outcome: o}
			if o != journal.Running {
				s.EndedAt = at.Add(time.Minute)
			}
			var b bytes.Buffer
			if err := WriteMarkdown(&b, []journal.Session{s}, fixtureNow(), lang); err != nil {
				t.Fatal(err)
			}
			want := "· " + cat.T("outcome."+progress.OutcomeKey(o)) + "\n"
			if !strings.Contains(b.String(), want) || strings.Contains(want, "!") {
				t.Errorf("%s %q: report lacks %q", lang, o, want)
			}
		}
	}
}
