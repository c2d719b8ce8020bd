//go:build linux

package faults

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// mount runs mount(8) with args, skipping the test when this process may
// not mount (not root, or a container without the capability).
func mount(t *testing.T, args ...string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a read-only or a small file system")
	}
	if out, err := exec.Command("mount", args...).CombinedOutput(); err != nil {
		t.Skipf("cannot mount here (mount %v: %v: %s)", args, err, out)
	}
}

func unmount(t *testing.T, dir string) {
	t.Helper()
	if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
		t.Errorf("umount %s: %v: %s", dir, err, out)
	}
}

// seed leaves a journal with one interrupted session whose first hold is
// finished, as a patient's journal would be.
func seed(t *testing.T, h *home) {
	t.Helper()
	a := h.start(t, "--routine", h.write(t, "fault.toml", faultRoutine))
	intoSecondHold(t, h, a)
	a.Signal(syscall.SIGTERM)
	if code := a.Wait(); code != exitOK {
		t.Fatalf("seeding the journal: exit status %d", code)
	}
}

// readOnlyHome is a home with a journal whose folder is then mounted
// read-only.
func readOnlyHome(t *testing.T) (*home, result) {
	t.Helper()
	h := newHome(t)
	must(t, os.MkdirAll(h.data, 0o700))
	seed(t, h)
	before := h.run(t, "export", "--format", "json")
	mount(t, "--bind", h.data, h.data)
	t.Cleanup(func() { unmount(t, h.data) })
	mount(t, "-o", "remount,bind,ro", h.data)
	if err := os.WriteFile(filepath.Join(h.data, "probe"), nil, 0o600); err == nil {
		t.Fatal("the bind mount is writable; the test would prove nothing")
	}
	return h, before
}

// A journal folder on a read-only file system: the reading commands work
// and change nothing.
func TestReadOnlyDataDirReading(t *testing.T) {
	t.Parallel()
	h, before := readOnlyHome(t)
	for _, args := range [][]string{{"history"}, {"status"}, {"export", "--format", "json"}, {"export", "--format", "md"}} {
		if r := h.run(t, args...); r.code != exitOK {
			t.Errorf("%v on a read-only disk: exit status %d, %s", args, r.code, r.stderr)
		}
	}
	if after := h.run(t, "export", "--format", "json"); after.stdout != before.stdout {
		t.Errorf("the export changed on a read-only disk:\nbefore %s\nafter  %s", before.stdout, after.stdout)
	}
}

// A session with the journal folder read-only: it runs, the screen says it
// is not saved, it ends normally and the journal is as it was.
func TestReadOnlyDataDirSession(t *testing.T) {
	t.Parallel()
	h, before := readOnlyHome(t)
	a := h.start(t, "--routine", h.write(t, "fault.toml", faultRoutine))
	d := newDriver(a)
	d.driveUntil("the check-out", func() bool { return !d.finishedAt[len(faultExercises)-1].IsZero() })
	finishCheckOut(a)
	if code := a.Wait(); code != exitOK {
		t.Errorf("exit status %d after a session on a read-only disk, want 0", code)
	}
	text := a.Text(0)
	if !strings.Contains(text, squeeze("The journal cannot be opened, so this session will not be saved")) &&
		!strings.Contains(text, squeeze("Not in your journal yet")) {
		t.Error("the screen never said the session is not being saved")
	}
	if !strings.Contains(text, squeeze("could not be saved in your journal")) {
		t.Error("quitting did not say that the session could not be saved")
	}
	if strings.Contains(text, squeeze("Saved in your journal")) {
		t.Error(`the summary says "Saved in your journal" on a read-only disk`)
	}
	if after := h.run(t, "export", "--format", "json"); after.stdout != before.stdout {
		t.Errorf("the export changed on a read-only disk:\nbefore %s\nafter  %s", before.stdout, after.stdout)
	}
}

// lastLines is the end of a text, for the log.
func lastLines(s string) string { return s[max(0, len(s)-300):] }

// fill writes a file until the file system is full and returns its path.
func fill(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "filler")
	f, err := os.Create(p)
	must(t, err)
	defer f.Close()
	block := make([]byte, 4096)
	for {
		if _, err := f.Write(block); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("filling the disk: %v", err)
			}
			return p
		}
	}
}

// A disk that fills up while the journal is open, and is freed before the
// app quits: the summary says the session is not in the journal yet, and
// once there is room again every step lands (the queue retries) and the
// summary says so.
func TestFullDiskThenFreed(t *testing.T) {
	t.Parallel()
	h := newHome(t)
	must(t, os.MkdirAll(h.data, 0o700))
	mount(t, "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", h.data)
	t.Cleanup(func() { unmount(t, h.data) })
	seed(t, h)

	a := h.start(t, "--routine", h.write(t, "fault.toml", faultRoutine))
	d := newDriver(a)
	d.driveUntil("the first exercise", func() bool { return d.inSession })
	filler := fill(t, h.data)
	d.driveUntil("the check-out", func() bool { return !d.finishedAt[len(faultExercises)-1].IsZero() })
	at := answerCheckOut(a)
	a.WaitText(at, "Not in your journal yet")

	must(t, os.Remove(filler))
	a.WaitText(at, "Saved in your journal")
	a.Keys("q")
	if code := a.Wait(); code != exitOK {
		t.Errorf("exit status %d, want 0", code)
	}
	ss := h.sessions(t)
	if len(ss) != 2 {
		t.Fatalf("%d sessions in the journal, want the seed and this one: %+v", len(ss), ss)
	}
	last := ss[len(ss)-1]
	if last.Outcome == nil || *last.Outcome != "completed" {
		t.Errorf("the session is not saved as completed: %+v", last)
	}
	var done []string
	for _, st := range last.Steps {
		if st.Completed {
			done = append(done, st.Exercise)
		}
	}
	if len(done) != len(faultExercises) {
		t.Errorf("completed steps %v, want all %d", done, len(faultExercises))
	}
	if r := integrity(h.journalPath()); r != "ok" {
		t.Errorf("integrity_check: %s", r)
	}
}

// A disk full to the end of the session: quitting says how many steps
// were not saved, and the journal is whole with what it had.
func TestFullDiskToTheEnd(t *testing.T) {
	t.Parallel()
	h := newHome(t)
	must(t, os.MkdirAll(h.data, 0o700))
	mount(t, "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", h.data)
	t.Cleanup(func() { unmount(t, h.data) })
	seed(t, h)
	before := h.run(t, "export", "--format", "json")

	a := h.start(t, "--routine", h.write(t, "fault.toml", faultRoutine))
	d := newDriver(a)
	d.driveUntil("the first exercise", func() bool { return d.inSession })
	fill(t, h.data)
	intoHoldTwo := func() bool { return !d.finishedAt[0].IsZero() }
	d.driveUntil("the second exercise", intoHoldTwo)
	at := a.Mark()
	a.Signal(syscall.SIGTERM)
	code := a.Wait()
	out := a.Text(at)
	t.Logf("exit status %d; after SIGTERM the app wrote %q", code, lastLines(out))
	if !strings.Contains(out, squeeze("could not be saved in your journal")) {
		t.Errorf("quitting with unsaved steps did not say so")
	}
	if r := h.run(t, "history"); r.code != exitOK {
		t.Errorf("history on a full disk: exit status %d: %s", r.code, r.stderr)
	}
	if after := h.run(t, "export", "--format", "json"); after.code != exitOK || after.stdout == "" {
		t.Errorf("export on a full disk: exit status %d: %s", after.code, after.stderr)
	} else if len(after.stdout) < len(before.stdout) {
		t.Errorf("the journal lost what it had: before %s\nafter %s", before.stdout, after.stdout)
	}
	if r := integrity(h.journalPath()); r != "ok" {
		t.Errorf("integrity_check: %s", r)
	}
}
