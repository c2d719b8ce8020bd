package journal

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// snapshot is every file in dir with its mode and bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		fi, _ := e.Info()
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out[e.Name()] = fmt.Sprintf("%v %x", fi.Mode(), b)
	}
	return out
}

func writeSessions(t *testing.T, path string, n int) {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range n {
		id, err := s.StartSession(context.Background(), Start{At: t0.Add(time.Duration(i) * time.Hour), Routine: "r"})
		if err != nil {
			t.Fatal(err)
		}
		s.FinishSession(context.Background(), id, Finish{At: t0.Add(time.Duration(i)*time.Hour + time.Minute), Outcome: Completed})
	}
}

// Reading changes nothing: no -wal or -shm, no mode, no byte; writes fail.
func TestReadOnlyChangesNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "journal.db")
	writeSessions(t, path, 3)
	before := snapshot(t, dir)
	s, err := OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := s.Sessions(context.Background(), time.Time{})
	if err != nil || len(ss) != 3 {
		t.Errorf("Sessions = %d, %v; want 3", len(ss), err)
	}
	if _, err := s.StartSession(context.Background(), Start{Routine: "r"}); err == nil {
		t.Error("a write through a read-only journal succeeded")
	}
	s.Close()
	after := snapshot(t, dir)
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("reading changed the folder:\nbefore %v\nafter  %v", keys(before), keys(after))
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// No journal yet is "no sessions", said by ErrNoJournal, and creates
// nothing.
func TestReadOnlyMissing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	_, err := OpenReadOnly(context.Background(), filepath.Join(dir, "journal.db"))
	if !errors.Is(err, ErrNoJournal) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenReadOnly of a missing journal = %v", err)
	}
	_, err = OpenReadOnly(context.Background(), filepath.Join(dir, "missing", "journal.db"))
	if !errors.Is(err, ErrNoJournal) {
		t.Errorf("OpenReadOnly in a missing folder = %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("OpenReadOnly created %v", entries)
	}
}

// A journal of an older schema is read as it is, not migrated.
func TestReadOnlyOldSchema(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "journal.db")
	old, err := openWritable(ctx, path, 1, newOptions(nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.db.Exec(`INSERT INTO sessions (started_at, routine, outcome) VALUES (?, 'r', 'completed')`, ms(t0)); err != nil {
		t.Fatal(err)
	}
	old.Close()
	s, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ss, err := s.Sessions(ctx, time.Time{})
	if err != nil || len(ss) != 1 || ss[0].PainWhere != "" || ss[0].Outcome != Completed {
		t.Errorf("Sessions of a version 1 journal = %+v, %v", ss, err)
	}
	if _, ok, err := s.Setting(ctx, "x"); ok || err != nil {
		t.Errorf("Setting of a version 1 journal = %v, %v", ok, err)
	}
	var v int
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != 1 {
		t.Errorf("user_version = %d after reading, want 1", v)
	}
}

// While the app writes (a -wal exists), a reader sees its latest session.
func TestReadOnlyWhileWriting(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "journal.db")
	w, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.StartSession(ctx, Start{At: t0, Routine: "running"}); err != nil {
		t.Fatal(err)
	}
	s, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ss, err := s.Sessions(ctx, time.Time{})
	if err != nil || len(ss) != 1 || ss[0].Routine != "running" {
		t.Errorf("Sessions while writing = %+v, %v", ss, err)
	}
}

// helperRead is the reader's side: OpenReadOnly and count the sessions.
func helperRead(path string) string {
	s, err := OpenReadOnly(context.Background(), path)
	if err != nil {
		return err.Error()
	}
	defer s.Close()
	ss, err := s.Sessions(context.Background(), time.Time{})
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("sessions %d", len(ss))
}

// An empty journal.db (created and never written) reads as no sessions;
// one from a newer rygtimer is refused as Open refuses it.
func TestReadOnlyEmptyAndNewer(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	s, err := OpenReadOnly(ctx, empty)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := s.Sessions(ctx, time.Time{})
	s.Close()
	if err != nil || len(ss) != 0 {
		t.Errorf("Sessions of an empty file = %v, %v", ss, err)
	}
	if fi, _ := os.Stat(empty); fi.Size() != 0 {
		t.Error("reading an empty file wrote to it")
	}

	newer := filepath.Join(dir, "newer.db")
	w, err := Open(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	w.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1))
	w.Close()
	if _, err := OpenReadOnly(ctx, newer); !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "newer version") {
		t.Errorf("OpenReadOnly of a newer journal = %v", err)
	}
}
