package journal

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// These tests cover a journal location someone else has shaped: links,
// modes the user chose, special files, and several processes finding the
// same damaged file (issue 12).

func perm(t *testing.T, p string) os.FileMode {
	t.Helper()
	fi, err := os.Lstat(p)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

// A journal.db that is a symbolic link to another program's database is
// refused: it is not switched to WAL, gets no tables and keeps its mode.
func TestSymlinkedJournalIsRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	other := filepath.Join(dir, "other.sqlite")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if err := os.Chmod(other, 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(other)
	link := filepath.Join(dir, "journal.db")
	if err := os.Symlink(other, link); err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func() (*Store, error){
		"Open":         func() (*Store, error) { return Open(context.Background(), link) },
		"OpenReadOnly": func() (*Store, error) { return OpenReadOnly(context.Background(), link) },
	} {
		s, err := open()
		if err == nil {
			s.Close()
			t.Fatalf("%s of a symlinked journal succeeded", name)
		}
		if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "symbolic link") {
			t.Errorf("%s error %q does not say the journal is a symbolic link", name, err)
		}
	}
	after, _ := os.ReadFile(other)
	if !bytes.Equal(before, after) {
		t.Error("the other database was changed")
	}
	if m := perm(t, other); m != 0o644 {
		t.Errorf("the other database's mode became %o", m)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Lstat(other + suffix); err == nil {
			t.Errorf("%s appeared beside the other database", suffix)
		}
	}
}

// Modes the user set on an existing folder and file are left alone.
func TestUserModesAreKept(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "rygtimer")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "journal.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if m := perm(t, dir); m != 0o755 {
		t.Errorf("folder mode changed to %o", m)
	}
	if m := perm(t, path); m != 0o600 {
		t.Errorf("new journal mode %o, want 600", m)
	}
	os.Chmod(path, 0o640)
	s, err = Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if m := perm(t, path); m != 0o640 {
		t.Errorf("journal mode the user chose changed to %o", m)
	}
}

// A journal folder the user made read-only stays read-only.
func TestReadOnlyFolderIsNotReopened(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "rygtimer")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), filepath.Join(dir, "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.Chmod(dir, 0o500)
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	t.Setenv("XDG_DATA_HOME", filepath.Dir(dir))
	reloadXDG()
	t.Cleanup(reloadXDG)
	if _, err := DefaultPath(); err != nil {
		t.Fatal(err)
	}
	if m := perm(t, dir); m != 0o500 {
		t.Errorf("DefaultPath changed the folder's mode to %o", m)
	}
	if s, err := Open(context.Background(), filepath.Join(dir, "journal.db")); err == nil {
		s.Close()
	}
	if m := perm(t, dir); m != 0o500 {
		t.Errorf("Open changed the folder's mode to %o", m)
	}
}

// A damaged journal set aside holds health data: it is made 0600 whatever
// mode it had.
func TestSetAsideIsPrivate(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "journal.db")
	os.WriteFile(path, []byte("not a database"), 0o644)
	os.Chmod(path, 0o644)
	os.WriteFile(path+"-wal", []byte("junk"), 0o644)
	os.Chmod(path+"-wal", 0o644)
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n := s.Notice()
	if n == nil {
		t.Fatal("no notice")
	}
	for _, p := range []string{n.KeptAt, n.KeptAt + "-wal"} {
		if m := perm(t, p); m != 0o600 {
			t.Errorf("%s kept with mode %o, want 600", filepath.Base(p), m)
		}
	}
}

// Several processes (here: goroutines with their own file descriptors)
// opening the same damaged journal at once all end up with the one fresh
// journal, and the damaged file is kept exactly once.
func TestConcurrentDamagedOpen(t *testing.T) {
	t.Parallel()
	const rounds, openers = 20, 4
	for round := range rounds {
		dir := t.TempDir()
		path := filepath.Join(dir, "journal.db")
		junk := []byte("damaged journal, round " + strings.Repeat("x", round))
		os.WriteFile(path, junk, 0o600)
		var wg sync.WaitGroup
		errs := make([]error, openers)
		notices := make([]*DamagedNotice, openers)
		for i := range openers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(context.Background(), path)
				if err != nil {
					errs[i] = err
					return
				}
				notices[i] = s.Notice()
				_, errs[i] = s.StartSession(context.Background(), Start{Routine: "r"})
				s.Close()
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d opener %d: %v", round, i, err)
			}
		}
		entries, _ := os.ReadDir(dir)
		var kept []string
		for _, e := range entries {
			if strings.Contains(e.Name(), ".damaged-") {
				kept = append(kept, e.Name())
			}
		}
		if len(kept) != 1 {
			t.Fatalf("round %d: set aside %v, want exactly one", round, kept)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, kept[0])); !bytes.Equal(b, junk) {
			t.Fatalf("round %d: the damaged file was not kept intact", round)
		}
		s, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		ss, err := s.Sessions(context.Background(), t0)
		s.Close()
		if err != nil || len(ss) != openers {
			t.Fatalf("round %d: fresh journal holds %d sessions (%v), want %d", round, len(ss), err, openers)
		}
	}
}
