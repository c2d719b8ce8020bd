package journal

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// openTemp opens a fresh journal in a temporary folder.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var t0 = time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTemp(t)
	id, err := s.StartSession(ctx, Start{At: t0, Routine: "pain-relief", Phase: "pain-relief", PainBefore: Pain(4)})
	if err != nil {
		t.Fatal(err)
	}
	steps := []Step{
		{Exercise: "knee-to-chest", Side: "right", Set: 1, Planned: 20, Done: 20, Unit: UnitSeconds, Completed: true, At: t0.Add(time.Minute)},
		{Exercise: "pelvic-tilt", Set: 1, Planned: 10, Done: 7, Unit: UnitReps, Completed: false, At: t0.Add(2 * time.Minute)},
	}
	for _, st := range steps {
		if err := s.AddStep(ctx, id, st); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.FinishSession(ctx, id, Finish{At: t0.Add(3 * time.Minute), Outcome: PainStop, PainAfter: Pain(6), Note: "hm, æøå"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetPainWhere(ctx, id, PainLeg); err != nil {
		t.Fatal(err)
	}
	rf, err := s.RecordRedFlag(ctx, Start{At: t0.Add(time.Hour), Routine: "mobility", Phase: "mobility"}, "saddle-numbness")
	if err != nil {
		t.Fatal(err)
	}
	ss, err := s.Sessions(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 || ss[0].ID != rf || ss[1].ID != id {
		t.Fatalf("sessions = %+v, want red flag then session, newest first", ss)
	}
	got := ss[1]
	if !got.StartedAt.Equal(t0) || !got.EndedAt.Equal(t0.Add(3*time.Minute)) || got.Outcome != PainStop ||
		*got.PainBefore != 4 || *got.PainAfter != 6 || got.Note != "hm, æøå" || got.PainWhere != PainLeg {
		t.Errorf("session = %+v", got)
	}
	if len(got.Steps) != 2 {
		t.Fatalf("steps = %+v", got.Steps)
	}
	for i, st := range got.Steps {
		want := steps[i]
		if !st.At.Equal(want.At) {
			t.Errorf("step %d at %v, want %v", i, st.At, want.At)
		}
		st.At = want.At
		if st != want {
			t.Errorf("step %d = %+v, want %+v", i, st, want)
		}
	}
	red := ss[0]
	if red.Outcome != RedFlag || red.RedFlag != "saddle-numbness" || !red.EndedAt.Equal(red.StartedAt) || red.PainAfter != nil || red.PainBefore != nil {
		t.Errorf("red flag = %+v", red)
	}
	// since filters by start.
	ss, err = s.Sessions(ctx, t0.Add(30*time.Minute))
	if err != nil || len(ss) != 1 || ss[0].ID != rf {
		t.Errorf("Sessions(since) = %+v, %v", ss, err)
	}
}

func TestWritesToMissingSession(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTemp(t)
	if err := s.AddStep(ctx, 42, Step{Exercise: "x", Unit: UnitSeconds}); !errors.Is(err, ErrNotFound) {
		t.Errorf("AddStep: %v, want ErrNotFound", err)
	}
	if err := s.FinishSession(ctx, 42, Finish{Outcome: Completed}); !errors.Is(err, ErrNotFound) {
		t.Errorf("FinishSession: %v, want ErrNotFound", err)
	}
	if err := s.SetPainWhere(ctx, 42, PainBack); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetPainWhere: %v, want ErrNotFound", err)
	}
}

func TestValidation(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.StartSession(ctx, Start{Routine: "r", PainBefore: Pain(11)}); err == nil {
		t.Error("pain 11 accepted")
	}
	if _, err := s.StartSession(ctx, Start{}); err == nil {
		t.Error("session without routine accepted")
	}
	id, err := s.StartSession(ctx, Start{Routine: "r"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddStep(ctx, id, Step{Exercise: "x", Unit: "min"}); err == nil {
		t.Error("unit min accepted")
	}
	if err := s.FinishSession(ctx, id, Finish{Outcome: "done"}); err == nil {
		t.Error("outcome done accepted")
	}
	if err := s.FinishSession(ctx, id, Finish{Outcome: Running}); err == nil {
		t.Error("open outcome accepted as a finish")
	}
	if err := s.SetPainWhere(ctx, id, "arm"); err == nil {
		t.Error("pain where arm accepted")
	}
	if _, err := s.RecordRedFlag(ctx, Start{Routine: "r"}, ""); err == nil {
		t.Error("red flag without id accepted")
	}
}

func TestZeroTimeMeansNow(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "journal.db"), WithClock(func() time.Time { return t0 }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id, err := s.StartSession(ctx, Start{Routine: "r"})
	if err != nil {
		t.Fatal(err)
	}
	ss, _ := s.Sessions(ctx, time.Time{})
	if !ss[0].StartedAt.Equal(t0) || ss[0].ID != id || !ss[0].EndedAt.IsZero() || ss[0].Outcome != Running {
		t.Errorf("session = %+v", ss[0])
	}
}

func TestCloseAbandoned(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "journal.db")
	crashed, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	withSteps, _ := crashed.StartSession(ctx, Start{At: t0, Routine: "r"})
	crashed.AddStep(ctx, withSteps, Step{Exercise: "a", Unit: UnitSeconds, At: t0.Add(time.Minute)})
	crashed.AddStep(ctx, withSteps, Step{Exercise: "a", Unit: UnitSeconds, At: t0.Add(2 * time.Minute)})
	bare, _ := crashed.StartSession(ctx, Start{At: t0.Add(time.Hour), Routine: "r"})
	crashed.Close() // as if killed: nothing finished

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mine, _ := s.StartSession(ctx, Start{At: t0.Add(2 * time.Hour), Routine: "r"})
	// now is honoured: a session started after it is not abandoned.
	n, err := s.CloseAbandoned(ctx, t0.Add(30*time.Minute))
	if err != nil || n != 1 {
		t.Fatalf("CloseAbandoned before the second start = %d, %v; want 1", n, err)
	}
	n, err = s.CloseAbandoned(ctx, t0.Add(3*time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("CloseAbandoned = %d, %v; want 1 more", n, err)
	}
	ss, _ := s.Sessions(ctx, time.Time{})
	byID := map[int64]Session{}
	for _, se := range ss {
		byID[se.ID] = se
	}
	if se := byID[withSteps]; se.Outcome != Interrupted || !se.EndedAt.Equal(t0.Add(2*time.Minute)) {
		t.Errorf("session with steps: %v at %v, want interrupted at its last step", se.Outcome, se.EndedAt)
	}
	if se := byID[bare]; se.Outcome != Interrupted || !se.EndedAt.Equal(se.StartedAt) {
		t.Errorf("session without steps: %v at %v, want interrupted at its start", se.Outcome, se.EndedAt)
	}
	if se := byID[mine]; se.Outcome != Running {
		t.Errorf("our own running session was closed: %v", se.Outcome)
	}
	// Another process took our session for abandoned; our finish wins.
	other, _ := Open(ctx, path)
	if n, _ := other.CloseAbandoned(ctx, t0.Add(3*time.Hour)); n != 1 {
		t.Errorf("another process closed %d sessions, want ours", n)
	}
	other.Close()
	if err := s.FinishSession(ctx, mine, Finish{At: t0.Add(150 * time.Minute), Outcome: Completed}); err != nil {
		t.Fatal(err)
	}
	ss, _ = s.Sessions(ctx, t0.Add(2*time.Hour))
	if ss[0].Outcome != Completed {
		t.Errorf("finish after a foreign CloseAbandoned: %v", ss[0].Outcome)
	}
}

func TestSettings(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTemp(t)
	if _, ok, err := s.Setting(ctx, "precautions"); ok || err != nil {
		t.Errorf("unset setting: ok=%v err=%v", ok, err)
	}
	s.SetSetting(ctx, "precautions", "1")
	s.SetSetting(ctx, "precautions", "2")
	if v, ok, err := s.Setting(ctx, "precautions"); v != "2" || !ok || err != nil {
		t.Errorf("setting = %q %v %v", v, ok, err)
	}
}

func TestNilStore(t *testing.T) {
	t.Parallel()
	var s *Store
	ctx := context.Background()
	if _, err := s.StartSession(ctx, Start{Routine: "r"}); !errors.Is(err, ErrUnavailable) {
		t.Error(err)
	}
	if _, err := s.Sessions(ctx, time.Time{}); !errors.Is(err, ErrUnavailable) {
		t.Error(err)
	}
	if s.Close() != nil || s.Notice() != nil || s.Path() != "" {
		t.Error("nil store accessors")
	}
}

func TestPermissions(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "deep", "rygtimer")
	s, err := Open(context.Background(), filepath.Join(dir, "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mode := func(p string) os.FileMode {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Mode().Perm()
	}
	if m := mode(dir); m != 0o700 {
		t.Errorf("folder mode %o, want 700", m)
	}
	for _, p := range []string{s.Path(), s.Path() + "-wal", s.Path() + "-shm"} {
		if m := mode(p); m != 0o600 {
			t.Errorf("%s mode %o, want 600", filepath.Base(p), m)
		}
	}
	// A mode the user set by hand is theirs: Open neither tightens nor
	// loosens it (issue 12), and SQLite gives the -wal the same mode.
	s.Close()
	os.Chmod(filepath.Join(dir, "journal.db"), 0o644)
	s2, err := Open(context.Background(), filepath.Join(dir, "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if _, err := s2.StartSession(context.Background(), Start{Routine: "r"}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{s2.Path(), s2.Path() + "-wal"} {
		if m := mode(p); m != 0o644 {
			t.Errorf("reopened %s mode %o, want the user's 644", filepath.Base(p), m)
		}
	}
}

// The connection runs with the settings the store relies on.
func TestPragmas(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	for pragma, want := range map[string]string{
		"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "5000", "synchronous": "2",
	} {
		var got string
		if err := s.db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s = %q (%v), want %q", pragma, got, err, want)
		}
	}
}

// Characters that mean something in a URI are plain in a folder name.
func TestOddPath(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "my back? #1 100% æøå")
	path := filepath.Join(dir, "journal.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.StartSession(context.Background(), Start{Routine: "r"}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("journal not at the path asked for: %v", err)
	}
	if s.Path() != path {
		t.Errorf("Path = %q", s.Path())
	}
}

// The UI may deliver the last step after the finish; it is kept.
func TestStepAfterFinishIsKept(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTemp(t)
	id, _ := s.StartSession(ctx, Start{At: t0, Routine: "r"})
	if err := s.FinishSession(ctx, id, Finish{At: t0.Add(time.Minute), Outcome: Completed}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddStep(ctx, id, Step{Exercise: "e", Unit: UnitSeconds, At: t0.Add(time.Minute)}); err != nil {
		t.Fatal(err)
	}
	ss, _ := s.Sessions(ctx, time.Time{})
	if len(ss[0].Steps) != 1 || ss[0].Outcome != Completed {
		t.Errorf("session = %+v", ss[0])
	}
}
