package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/routines"
)

// statusJSON runs `status --json` and returns the object's keys and the
// object itself.
func statusJSON(t *testing.T, sb *sandbox, args ...string) ([]string, map[string]any) {
	t.Helper()
	r := sb.run(t, append([]string{"status", "--json"}, args...)...).want(t, exitOK)
	if strings.Count(r.stdout, "\n") != 1 || r.stderr != "" {
		t.Errorf("status --json: stdout %q, stderr %q; want one line and no stderr", r.stdout, r.stderr)
	}
	var obj map[string]any
	must(t, json.Unmarshal([]byte(r.stdout), &obj))
	return keys(t, json.RawMessage(r.stdout)), obj
}

// Before there is a journal the status is "not done today", exit 0, and
// nothing is created: it runs at every prompt of a new user.
func TestStatusWithoutJournal(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	r := sb.run(t, "status").want(t, exitOK)
	if r.stdout != "back: not done today · suggested: pain relief\n" || r.stderr != "" {
		t.Errorf("status = %q, stderr %q", r.stdout, r.stderr)
	}
	sb.vars["LANG"] = "da_DK.UTF-8"
	if r := sb.run(t, "status").want(t, exitOK); r.stdout != "ryg: ikke klaret i dag · forslag: smertelindring\n" {
		t.Errorf("Danish status = %q", r.stdout)
	}
	got, obj := statusJSON(t, sb)
	want := []string{"done_today", "sessions_today", "streak", "suggested_phase", "warning", "pain_spreading"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keys %v, want %v", got, want)
	}
	if obj["done_today"] != false || obj["sessions_today"] != 0.0 || obj["streak"] != 0.0 ||
		obj["suggested_phase"] != "pain-relief" || obj["warning"] != nil {
		t.Errorf("status of nothing = %v", obj)
	}
	if _, err := os.Stat(filepath.Join(sb.data, "rygtimer")); !os.IsNotExist(err) {
		t.Errorf("status created the journal's folder (err %v)", err)
	}
}

// Two sessions today and one yesterday: done today, two sessions, a
// streak of two days.
func TestStatusDoneToday(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	at := func(day, h int) time.Time { return time.Date(2026, 3, day, h, 0, 0, 0, testZone) }
	addCompleted(t, sb, at(10, 8), at(11, 8), at(11, 11))
	if r := sb.run(t, "status").want(t, exitOK); r.stdout != "back: done today ✓ · 2 days in a row\n" {
		t.Errorf("status = %q", r.stdout)
	}
	_, obj := statusJSON(t, sb)
	if obj["done_today"] != true || obj["sessions_today"] != 2.0 || obj["streak"] != 2.0 || obj["warning"] != nil {
		t.Errorf("status = %v", obj)
	}
	// The next day the streak still stands, not yet done.
	sb.now = testNow.AddDate(0, 0, 1)
	if r := sb.run(t, "status", "--lang", "da").want(t, exitOK); r.stdout != "ryg: ikke klaret i dag · 2 dage i træk · forslag: smertelindring\n" {
		t.Errorf("status the next day = %q", r.stdout)
	}
}

// A warning sign at today's check-in: see a doctor first, in the line and
// as an object; a week later it rests.
func TestStatusWarning(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	fillJournal(t, sb)
	if r := sb.run(t, "status").want(t, exitOK); r.stdout != "back: ⚠ see a doctor before exercising\n" {
		t.Errorf("status = %q", r.stdout)
	}
	_, obj := statusJSON(t, sb)
	w, _ := obj["warning"].(map[string]any)
	if w["reason"] != "red_flag" || w["red_flag"] != "leg_weakness" || w["at"] != "2026-03-11T07:00:00+01:00" {
		t.Errorf("warning = %v", obj["warning"])
	}
	if w["urgency"] != "now" {
		t.Errorf("leg weakness: urgency %v, want now", w["urgency"])
	}
	sb.now = testNow.AddDate(0, 0, 8)
	if _, obj := statusJSON(t, sb); obj["warning"] != nil {
		t.Errorf("a warning of 8 days ago still stands: %v", obj["warning"])
	}
}

// A sign of the "contact your doctor soon" tier has its own line: talk to
// a doctor within days, gentle pain relief until then.
func TestStatusWarningSoon(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	ctx := context.Background()
	s := sb.openJournal(t)
	_, err := s.RecordRedFlag(ctx, journal.Start{At: testNow.Add(-time.Hour), Routine: "mobility", Phase: "mobility", PainBefore: journal.Pain(4)}, "worsening")
	must(t, err)
	must(t, s.Close())
	for lang, want := range map[string]string{
		"en": "back: ⚠ talk to a doctor soon · only gentle pain relief\n",
		"da": "ryg: ⚠ tal med en læge snart · kun blid smertelindring\n",
	} {
		if r := sb.run(t, "status", "--lang", lang).want(t, exitOK); r.stdout != want {
			t.Errorf("%s: status = %q", lang, r.stdout)
		}
	}
	if _, obj := statusJSON(t, sb); obj["warning"].(map[string]any)["urgency"] != "soon" {
		t.Errorf("warning = %v", obj["warning"])
	}
}

// addCompleted writes completed sessions of pain relief, a step of each
// exercise,
// through the journal's own API.
func addCompleted(t testing.TB, sb *sandbox, starts ...time.Time) {
	t.Helper()
	ctx := context.Background()
	s := sb.openJournal(t)
	defer s.Close()
	for _, at := range slices.SortedFunc(slices.Values(starts), time.Time.Compare) {
		id, err := s.StartSession(ctx, journal.Start{At: at, Routine: "pain-relief", Phase: "pain-relief", PainBefore: journal.Pain(3)})
		must(t, err)
		for i, e := range builtinRoutine(t, routines.PainRelief).Exercises {
			must(t, s.AddStep(ctx, id, journal.Step{Exercise: e.ID, Set: 1, Planned: 10, Done: 10, Unit: journal.UnitReps, Completed: true, At: at.Add(time.Duration(i+1) * time.Minute)}))
		}
		must(t, s.FinishSession(ctx, id, journal.Finish{At: at.Add(10 * time.Minute), Outcome: journal.Completed, PainAfter: journal.Pain(2)}))
	}
}
