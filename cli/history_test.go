package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHistoryWithoutJournal(t *testing.T) {
	sb := isolate(t)
	data := sb.data
	r := sb.run(t, "history").want(t, exitOK)
	if !strings.Contains(r.stdout, "No sessions yet") {
		t.Errorf("history of nothing:\n%s", r.stdout)
	}
	if _, err := os.Stat(filepath.Join(data, "rygtimer")); !os.IsNotExist(err) {
		t.Errorf("history created %s (err %v); it must only read", filepath.Join(data, "rygtimer"), err)
	}
	if r := sb.run(t, "export", "--format", "json").want(t, exitOK); r.stdout != "[]\n" {
		t.Errorf("export of nothing = %q", r.stdout)
	}
	if _, err := os.Stat(filepath.Join(data, "rygtimer")); !os.IsNotExist(err) {
		t.Error("export created the journal")
	}
}

func TestHistory(t *testing.T) {
	sb := isolate(t)
	fillJournal(t, sb)
	out := sb.run(t, "history", "--lang", "da").want(t, exitOK).stdout
	for _, want := range []string{"Træningsdagbog fra rygtimer", "Smertelindring", "Bevægelighed", "Aftenplan"} {
		if !strings.Contains(out, want) {
			t.Errorf("history lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("history writes escape codes")
	}

	// --days 2 is yesterday and today: the session of 2026-03-02 is left out.
	out = sb.run(t, "history", "--days", "2").want(t, exitOK).stdout
	if strings.Contains(out, "Mobility") || !strings.Contains(out, "Pain relief") {
		t.Errorf("history --days 2:\n%s", out)
	}
	out = sb.run(t, "history", "--days", "1").want(t, exitOK).stdout
	if strings.Contains(out, "Pain relief") || !strings.Contains(out, "Evening plan") {
		t.Errorf("history --days 1:\n%s", out)
	}

	// A week later, nothing in the last 3 days: said in words, not as an
	// empty chart.
	sb.now = testNow.AddDate(0, 0, 7)
	out = sb.run(t, "history", "--days", "3").want(t, exitOK).stdout
	if out != "No sessions in the last 3 days.\n" {
		t.Errorf("history --days 3 = %q", out)
	}
	out = sb.run(t, "history", "--days", "1", "--lang", "da").want(t, exitOK).stdout
	if out != "Ingen træninger i dag.\n" {
		t.Errorf("history --days 1 = %q", out)
	}
}

func TestHistoryJournalUnavailable(t *testing.T) {
	sb := isolate(t)
	data := sb.data
	// A folder where the journal file should be.
	if err := os.MkdirAll(filepath.Join(data, "rygtimer", "journal.db"), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"history"}, {"export", "--format", "csv"}} {
		r := sb.run(t, args...).want(t, exitFailure)
		if !strings.Contains(r.stderr, "cannot be used") || !strings.Contains(r.stderr, "Check that the journal file") {
			t.Errorf("%v: stderr does not say what is wrong and what to do:\n%s", args, r.stderr)
		}
	}
}
