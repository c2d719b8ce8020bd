//go:build unix

package journal

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A FIFO (or any file that is not a regular file) as journal.db is
// refused at once instead of hanging in the open.
func TestSpecialFileIsRefused(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "journal.db")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for name, open := range map[string]func() (*Store, error){
		"Open":         func() (*Store, error) { return Open(context.Background(), path) },
		"OpenReadOnly": func() (*Store, error) { return OpenReadOnly(context.Background(), path) },
	} {
		_, err := open()
		if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("%s of a FIFO = %v", name, err)
		}
	}
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}
}

// A journal the user made 0400, in a folder made 0500 (as on a read-only
// disk), is read by a user who owns both. Root ignores modes, so under
// root the reader runs as nobody.
func TestReadOnlyLockedDown(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("may start a subprocess")
	}
	dir := filepath.Join(t.TempDir(), "rygtimer")
	os.Mkdir(dir, 0o700)
	path := filepath.Join(dir, "journal.db")
	writeSessions(t, path, 2)
	os.Chmod(path, 0o400)
	os.Chmod(dir, 0o500)
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	out := readAsOwner(t, dir, path)
	if out != "sessions 2" {
		t.Errorf("reader said %q, want sessions 2", out)
	}
}

// readAsOwner reads the journal with OpenReadOnly as the owner of dir:
// this process, or under root a copy of the test binary run as nobody
// with dir handed to nobody.
func readAsOwner(t *testing.T, dir, path string) string {
	if os.Geteuid() != 0 {
		return helperRead(path)
	}
	const nobody = 65534
	for p := dir; p != "/"; p = filepath.Dir(p) {
		if fi, err := os.Stat(p); err == nil && fi.Mode().Perm()&0o005 == 0 && p != dir {
			os.Chmod(p, fi.Mode().Perm()|0o005)
		}
	}
	os.Lchown(dir, nobody, nobody)
	os.Lchown(path, nobody, nobody)
	bin := filepath.Join(t.TempDir(), "journal.test")
	copyFile(t, os.Args[0], bin)
	os.Chmod(filepath.Dir(bin), 0o755)
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"=reader", "JOURNAL_PATH="+path)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("reader as nobody: %v %s", err, out)
	}
	return strings.TrimSpace(string(out))
}

func copyFile(t *testing.T, from, to string) {
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}
