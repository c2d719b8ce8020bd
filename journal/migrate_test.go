package journal

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func userVersion(t *testing.T, s *Store) int {
	t.Helper()
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func integrity(t *testing.T, db *sql.DB) {
	t.Helper()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
}

// seedV1 writes a session with a step using only the columns of schema
// version 1, as a rygtimer of that time would have.
func seedV1(t *testing.T, db *sql.DB) {
	t.Helper()
	_, err := db.Exec(`INSERT INTO sessions (id, started_at, ended_at, routine, phase, outcome, pain_before, pain_after, note)
		VALUES (7, ?, ?, 'mobility', 'mobility', 'completed', 5, 3, 'old')`, ms(t0), ms(t0.Add(10*time.Minute)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`INSERT INTO steps (session_id, exercise, side, set_no, planned, done, unit, completed, at)
		VALUES (7, 'knee-to-chest', 'left', 2, 25, 25, 's', 1, ?)`, ms(t0.Add(5*time.Minute)))
	if err != nil {
		t.Fatal(err)
	}
}

// Migrating from every earlier version (0 = a brand-new file) reaches the
// current one and keeps the data already there.
func TestMigrateFromEachVersion(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	latest := SchemaVersion()
	if latest < 3 {
		t.Fatalf("SchemaVersion = %d, want at least 3 migrations", latest)
	}
	for from := 0; from < latest; from++ {
		path := filepath.Join(t.TempDir(), "journal.db")
		if from > 0 {
			old, err := openWritable(ctx, path, from, newOptions(nil))
			if err != nil {
				t.Fatal(err)
			}
			if v := userVersion(t, old); v != from {
				t.Fatalf("built version %d, got %d", from, v)
			}
			seedV1(t, old.db)
			if from >= 2 {
				old.db.Exec(`INSERT INTO settings VALUES ('lang', 'da')`)
			}
			old.Close()
		}
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("from %d: %v", from, err)
		}
		if v := userVersion(t, s); v != latest {
			t.Errorf("from %d: version %d, want %d", from, v, latest)
		}
		integrity(t, s.db)
		ss, err := s.Sessions(ctx, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if from == 0 {
			if len(ss) != 0 {
				t.Errorf("fresh journal has sessions: %+v", ss)
			}
		} else if len(ss) != 1 || ss[0].ID != 7 || ss[0].Note != "old" || len(ss[0].Steps) != 1 ||
			ss[0].Steps[0].Planned != 25 || ss[0].PainWhere != "" || ss[0].RedFlag != "" ||
			ss[0].PainReachBefore != ReachUnknown || ss[0].PainReachAfter != ReachUnknown ||
			ss[0].Steps[0].Skipped || !ss[0].Steps[0].Completed {
			t.Errorf("from %d: data after migration = %+v", from, ss)
		}
		if from >= 2 {
			if v, ok, _ := s.Setting(ctx, "lang"); !ok || v != "da" {
				t.Errorf("from %d: setting lost", from)
			}
		}
		// The new columns and tables work after the migration.
		id, err := s.StartSession(ctx, Start{Routine: "r"})
		if err == nil {
			err = s.SetPainWhere(ctx, id, PainNerve)
		}
		if err == nil {
			err = s.SetSetting(ctx, "k", "v")
		}
		if err == nil {
			err = s.SetPainReachAfter(ctx, id, ReachBelowKnee)
		}
		if err == nil {
			err = s.AddStep(ctx, id, Step{Exercise: "bridge", Unit: UnitReps, Skipped: true})
		}
		if err != nil {
			t.Errorf("from %d: writing after migration: %v", from, err)
		}
		s.Close()
		// Opening again is a no-op.
		s, err = Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
}

// A journal from a newer rygtimer is left alone, not migrated or moved.
func TestNewerSchemaIsUnavailable(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.db.Exec("PRAGMA user_version = 99")
	s.Close()
	_, err = Open(ctx, path)
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Open = %v, want ErrUnavailable", err)
	}
	t.Log(err)
	matches, _ := filepath.Glob(path + ".damaged-*")
	if len(matches) > 0 {
		t.Errorf("newer journal was moved aside: %v", matches)
	}
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
}

// The migration files are numbered without gaps.
func TestMigrationsInSequence(t *testing.T) {
	t.Parallel()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if m.version != i+1 {
			t.Errorf("%s has version %d at position %d", m.name, m.version, i+1)
		}
	}
}
