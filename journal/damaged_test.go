package journal

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// checkMovedAside opens a damaged journal and checks that it was kept
// byte for byte under the dated name, with a fresh working journal at the
// old path.
func checkMovedAside(t *testing.T, path string, opts []Option, companions ...string) *DamagedNotice {
	t.Helper()
	ctx := context.Background()
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	compData := map[string][]byte{}
	for _, c := range companions {
		compData[c], _ = os.ReadFile(path + c)
	}
	s, err := Open(ctx, path, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	n := s.Notice()
	if n == nil {
		t.Fatal("no notice for a damaged journal")
	}
	if n.Path != path || n.Err == nil {
		t.Errorf("notice = %+v", n)
	}
	kept, err := os.ReadFile(n.KeptAt)
	if err != nil || !bytes.Equal(kept, orig) {
		t.Errorf("damaged file not kept intact at %s: %v", n.KeptAt, err)
	}
	for c, want := range compData {
		got, err := os.ReadFile(n.KeptAt + c)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s not kept beside it: %v", c, err)
		}
	}
	if _, err := s.StartSession(ctx, Start{Routine: "r"}); err != nil {
		t.Errorf("fresh journal does not work: %v", err)
	}
	ss, _ := s.Sessions(ctx, time.Time{})
	if len(ss) != 1 {
		t.Errorf("fresh journal holds %d sessions, want 1", len(ss))
	}
	return n
}

func TestDamagedNotADatabase(t *testing.T) {
	t.Parallel()
	// A fixed clock makes the moved-aside name predictable.
	opts := []Option{WithClock(func() time.Time { return time.Date(2025, 4, 1, 9, 30, 15, 0, time.Local) })}
	path := filepath.Join(t.TempDir(), "journal.db")
	os.WriteFile(path, []byte("this is my shopping list, not a journal\n"), 0o600)
	os.WriteFile(path+"-wal", []byte("junk wal"), 0o600)
	os.WriteFile(path+"-shm", []byte("junk shm"), 0o600)
	n := checkMovedAside(t, path, opts, "-wal", "-shm")
	if want := path + ".damaged-20250401-093015"; n.KeptAt != want {
		t.Errorf("kept at %s, want %s", n.KeptAt, want)
	}
	t.Logf("notice: %v", n.Err)

	// A second damaged journal in the same second does not overwrite the
	// first.
	os.WriteFile(path, []byte("more junk"), 0o600)
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	n2 := checkMovedAside(t, path, opts)
	if n2.KeptAt == n.KeptAt {
		t.Errorf("second damaged journal overwrote the first at %s", n.KeptAt)
	}
}

func TestDamagedHeaderGarbage(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "journal.db")
	// The magic is right but the rest of the header is nonsense.
	buf := append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xA5}, 4096)...)
	os.WriteFile(path, buf, 0o600)
	checkMovedAside(t, path, nil)
}

func TestDamagedPages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var ss []Session
	for i := range 300 {
		at := t0.Add(time.Duration(i) * time.Hour)
		ss = append(ss, Session{StartedAt: at, EndedAt: at, Routine: "r", Outcome: Completed, Note: strings.Repeat("n", 100),
			Steps: []Step{{Exercise: "e", Unit: UnitSeconds, At: at}}})
	}
	bulkInsert(t, s, ss)
	s.Close() // checkpoints the WAL into the main file
	buf, _ := os.ReadFile(path)
	if len(buf) < 5*4096 {
		t.Fatalf("journal only %d bytes", len(buf))
	}
	// Scribble over the middle of the file, leaving page 1 intact.
	for i := 2 * 4096; i < 4*4096; i++ {
		buf[i] = byte(i * 7)
	}
	os.WriteFile(path, buf, 0o600)
	n := checkMovedAside(t, path, nil)
	t.Logf("notice: %v", n.Err)
}

func TestUnavailableUnderAFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "notes.txt")
	os.WriteFile(file, []byte("x"), 0o600)
	// Works as root too: no permission bit can make a file a folder.
	_, err := Open(context.Background(), filepath.Join(file, "journal.db"))
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Open = %v, want ErrUnavailable", err)
	}
	var ue *UnavailableError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "not a folder") || !strings.Contains(err.Error(), file) {
		t.Errorf("error %q does not say what is wrong in plain words", err)
	}
	if b, _ := os.ReadFile(file); string(b) != "x" {
		t.Error("the file in the way was changed")
	}
}

func TestUnavailableNoPermission(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Skip("running as root, which ignores permission bits; TestUnavailableUnderAFile covers the error path")
	}
	dir := filepath.Join(t.TempDir(), "locked")
	os.Mkdir(dir, 0o500)
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	_, err := Open(context.Background(), filepath.Join(dir, "journal.db"))
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("Open in a read-only folder = %v", err)
	}

	// An existing journal that is read-only.
	dir2 := t.TempDir()
	path := filepath.Join(dir2, "journal.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.Chmod(path, 0o400)
	_, err = Open(context.Background(), path)
	if !errors.Is(err, ErrUnavailable) {
		t.Errorf("Open of a read-only journal = %v", err)
	}
}

// After the store is closed (or the disk goes away) writes fail with an
// error; nothing panics.
func TestWritesFailCleanly(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	s.Close()
	ctx := context.Background()
	if _, err := s.StartSession(ctx, Start{Routine: "r"}); err == nil {
		t.Error("write to a closed journal succeeded")
	} else if !strings.Contains(err.Error(), "could not save") {
		t.Errorf("write error %q", err)
	}
	if _, err := s.Sessions(ctx, time.Time{}); err == nil {
		t.Error("read from a closed journal succeeded")
	}
}

func TestDefaultPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	reloadXDG()
	t.Cleanup(reloadXDG)
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "rygtimer", "journal.db"); p != want {
		t.Errorf("DefaultPath = %s, want %s", p, want)
	}
	fi, err := os.Stat(filepath.Dir(p))
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("folder: %v %v", fi.Mode(), err)
	}
}

// With HOME unset the journal is not made under / (issue 12).
func TestDefaultPathWithoutHome(t *testing.T) {
	t.Setenv("HOME", "")
	t.Setenv("XDG_DATA_HOME", "")
	reloadXDG()
	t.Cleanup(reloadXDG)
	p, err := DefaultPath()
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "HOME") {
		t.Errorf("DefaultPath without HOME = %q, %v", p, err)
	}
}
