//go:build linux

package faults

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// randomBytes is n bytes that are the same in every run.
func randomBytes(seed uint64, n int) []byte {
	rng := rand.New(rand.NewPCG(seed, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
	return b
}

// A journal file of random bytes: the reading commands say so and exit 1
// without touching it; starting the app sets it aside byte for byte, says
// where on Home, and starts a new journal.
func TestDamagedJournal(t *testing.T) {
	t.Parallel()
	h := newHome(t)
	damaged := randomBytes(13, 64<<10)
	must(t, os.MkdirAll(filepath.Dir(h.journalPath()), 0o700))
	must(t, os.WriteFile(h.journalPath(), damaged, 0o600))

	for _, args := range [][]string{{"history"}, {"status"}, {"export", "--format", "json"}} {
		r := h.run(t, args...)
		if r.code != exitFailure || !strings.Contains(r.stderr, "damaged") {
			t.Errorf("%v on a damaged journal: exit status %d, want 1 and a message saying it is damaged; stderr %q", args, r.code, r.stderr)
		}
	}
	if b, err := os.ReadFile(h.journalPath()); err != nil || !bytes.Equal(b, damaged) {
		t.Fatalf("a reading command changed the damaged journal (%v)", err)
	}

	a := h.start(t)
	a.WaitText(0, "The journal file was damaged")
	a.Signal(syscall.SIGTERM)
	if code := a.Wait(); code != exitOK {
		t.Errorf("exit status %d, want 0", code)
	}
	kept, _ := filepath.Glob(h.journalPath() + ".damaged-*")
	var found bool
	for _, k := range kept {
		if b, err := os.ReadFile(k); err == nil && bytes.Equal(b, damaged) {
			found = true
		}
	}
	if !found {
		t.Errorf("the damaged journal was not kept byte for byte; beside the journal: %v", kept)
	}
	if r := h.run(t, "history"); r.code != exitOK {
		t.Errorf("history on the new journal: exit status %d: %s", r.code, r.stderr)
	}
	if r := integrity(h.journalPath()); r != "ok" {
		t.Errorf("the new journal: integrity_check %s", r)
	}
}

// A journal whose pages are overwritten in the middle (a torn disk write):
// history and export either read it or say it is damaged, never exit 0
// with garbage or crash; the app keeps it aside if it cannot use it.
func TestJournalWithDamagedPages(t *testing.T) {
	t.Parallel()
	h := newHome(t)
	must(t, os.MkdirAll(h.data, 0o700))
	seed(t, h)
	b, err := os.ReadFile(h.journalPath())
	must(t, err)
	if len(b) < 3*4096 {
		t.Skipf("the journal has only %d bytes", len(b))
	}
	copy(b[4096:], randomBytes(14, len(b)-4096)) // every page after the first
	must(t, os.WriteFile(h.journalPath(), b, 0o600))

	for _, args := range [][]string{{"history"}, {"status"}, {"export", "--format", "json"}} {
		r := h.run(t, args...)
		switch {
		case r.code == exitFailure && strings.Contains(r.stderr, "damaged"):
		case r.code == exitOK:
			t.Logf("%v read a journal with damaged pages: %.200q", args, r.stdout)
		default:
			t.Errorf("%v: exit status %d, stderr %q", args, r.code, r.stderr)
		}
		if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine ") {
			t.Errorf("%v crashed: %s", args, r.stderr)
		}
	}
	a := h.start(t)
	a.WaitText(0, "The journal file was damaged")
	a.Signal(syscall.SIGTERM)
	if code := a.Wait(); code != exitOK {
		t.Errorf("exit status %d, want 0", code)
	}
	if r := integrity(h.journalPath()); r != "ok" {
		t.Errorf("the new journal: integrity_check %s", r)
	}
}

// A damaged config file: the app names the mistake with its place and
// does not start (exit 2); the reading commands warn and go on (exit 0).
func TestDamagedConfig(t *testing.T) {
	t.Parallel()
	configs := map[string]string{
		"random bytes": string(randomBytes(15, 4096)),
		"broken TOML":  "lang = \"da\nsound = true\n",
		"wrong type":   "sound = 7\n",
		"unknown key":  "lnag = \"da\"\n",
		"bad value":    "tempo = 9.5\n",
	}
	for name, content := range configs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := newHome(t)
			h.write(t, "config/rygtimer/config.toml", content)
			a := h.start(t)
			if code := a.Wait(); code != exitBadUse {
				t.Errorf("start: exit status %d, want 2", code)
			}
			a.WaitText(0, "config.toml:") // the place of the mistake

			for _, args := range [][]string{{"history"}, {"status"}, {"export", "--format", "json"}, {"routines", "list"}} {
				r := h.run(t, args...)
				if r.code != exitOK || !strings.Contains(r.stderr, "config.toml:") {
					t.Errorf("%v: exit status %d, want 0 and a warning naming config.toml; stderr %q", args, r.code, r.stderr)
				}
			}
		})
	}
}

// corpus is every file of the routine fuzz corpus: the seeds as they are,
// and any `go test fuzz v1` file decoded to the routine text it holds.
func corpus(t *testing.T) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("../routines/testdata/fuzz/*/*")
	must(t, err)
	if len(files) == 0 {
		t.Fatal("no fuzz corpus at routines/testdata/fuzz")
	}
	out := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		must(t, err)
		if rest, ok := bytes.CutPrefix(b, []byte("go test fuzz v1\n")); ok {
			for _, line := range strings.Split(string(rest), "\n") {
				for _, pre := range []string{"string(", "[]byte("} {
					if lit, ok := strings.CutPrefix(line, pre); ok {
						if s, err := strconv.Unquote(strings.TrimSuffix(lit, ")")); err == nil {
							b = []byte(s)
						}
					}
				}
			}
		}
		out[f] = b
	}
	return out
}

// Every file of the routine fuzz corpus: validate exits 0 or 2 (never 1,
// never a crash) with every mistake at file:line:column; --routine agrees
// with validate: an invalid file is refused before the screen opens.
func TestRoutineFuzzCorpus(t *testing.T) {
	t.Parallel()
	for path, content := range corpus(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			h := newHome(t)
			file := h.write(t, "routine.toml", string(content))
			v := h.run(t, "routines", "validate", file)
			switch v.code {
			case exitOK:
				if !strings.Contains(v.stdout, "ok") {
					t.Errorf("validate exit 0 without saying ok: %q", v.stdout)
				}
			case exitBadUse:
				for _, line := range strings.Split(strings.TrimSpace(v.stderr), "\n") {
					if !strings.HasPrefix(line, file+":") && !strings.HasPrefix(line, "rygtimer:") && !strings.HasPrefix(line, "(") {
						t.Errorf("a validate message without its place: %q", line)
					}
				}
			default:
				t.Fatalf("validate: exit status %d, want 0 or 2; stderr %q", v.code, v.stderr)
			}
			if s := h.run(t, "routines", "show", file); s.code != v.code {
				t.Errorf("routines show: exit status %d, validate said %d; stderr %q", s.code, v.code, s.stderr)
			}

			a := h.start(t, "--routine", file)
			if v.code == exitBadUse {
				if code := a.Wait(); code != exitBadUse {
					t.Errorf("--routine with an invalid file: exit status %d, want 2", code)
				}
				// What it wrote may still be on its way from the pty.
				a.WaitText(0, file+":")
				return
			}
			// The first screen: the precautions of a new journal, or the
			// check-in once the journal has said they were read.
			a.WaitFor("the first screen", func() bool {
				text := a.Text(0)
				return strings.Contains(text, squeeze(checkInAnswers[0].marker)) ||
					strings.Contains(text, squeeze(checkInAnswers[1].marker))
			})
			a.Signal(syscall.SIGTERM)
			if code := a.Wait(); code != exitOK {
				t.Errorf("--routine with a valid file, then SIGTERM: exit status %d, want 0", code)
			}
		})
	}
}
