package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

func TestHistoryWithoutJournal(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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

// Issue 12: a damaged journal cannot be set aside by a command that only
// reads, so it says what will: start rygtimer once. Ownership and full
// disks are not the advice, and nothing is changed.
func TestReadingADamagedJournal(t *testing.T) {
	t.Parallel()
	for name, content := range map[string]string{
		"not_sqlite": "these are not the sessions you are looking for\n",
		"corrupt":    "SQLite format 3\x00" + strings.Repeat("\xde\xad\xbe\xef", 1024),
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			sb := isolate(t)
			path := sb.env().journalPath()
			writeFile(t, path, content)
			for _, args := range [][]string{{"history"}, {"export", "--format", "csv"}, {"status"}, {"status", "--json"}} {
				r := sb.run(t, args...).want(t, exitFailure)
				if !strings.Contains(r.stderr, "The journal file seems damaged. Start rygtimer once: it will set the file aside") {
					t.Errorf("%v: stderr does not say what to do:\n%s", args, r.stderr)
				}
				if strings.Contains(r.stderr, "disk is not full") || r.stdout != "" {
					t.Errorf("%v: stdout %q, stderr:\n%s", args, r.stdout, r.stderr)
				}
			}
			if b, err := os.ReadFile(path); err != nil || string(b) != content {
				t.Errorf("the damaged journal was changed (err %v)", err)
			}
			if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
				t.Errorf("the journal's folder holds %d files, want only the journal", len(entries))
			}
		})
	}
}

// Issue 12: routine ids and notes in the journal reach the terminal only
// as plain text, whatever views.HistoryText leaves in them.
func TestHistoryCleansOutsideText(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	ctx := context.Background()
	s := sb.openJournal(t)
	at := time.Date(2026, 3, 11, 8, 0, 0, 0, testZone)
	id, err := s.StartSession(ctx, journal.Start{At: at, Routine: "evil\x1b]0;owned\a\u009b31m\x07plan", Phase: "mobility"})
	must(t, err)
	must(t, s.FinishSession(ctx, id, journal.Finish{At: at.Add(time.Minute), Outcome: journal.Completed, Note: "ok\a\x1b[2J\u009b"}))
	must(t, s.Close())
	for _, lang := range []string{"en", "da"} {
		out := sb.run(t, "history", "--lang", lang).want(t, exitOK).stdout
		if i := strings.IndexFunc(out, isTerminalControl); i >= 0 {
			t.Errorf("%s: history has a control character at %d: %q", lang, i, out)
		}
		if !strings.Contains(out, "evil") {
			t.Errorf("%s: the session is not listed:\n%s", lang, out)
		}
	}
}
