//go:build linux

package faults

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite" // PRAGMA integrity_check, independently of package journal
)

// slow reports whether the slow fault tests were asked for.
func slow(t *testing.T) {
	t.Helper()
	if os.Getenv("RYGTIMER_SLOW_TESTS") != "1" {
		t.Skip("slow (a real session per run); run with RYGTIMER_SLOW_TESTS=1 or scripts/faults.sh")
	}
}

// saveGrace is how long after the screen shows a step finished its save
// may still be on its way: the screen and the journal write come from the
// same update, but the write runs on the journal's own goroutine. A kill
// inside this window may lose that step (DESIGN §4: "at most the step in
// progress"); such losses are counted apart, not as failures.
const saveGrace = 250 * time.Millisecond

// killRun is what one kill -9 left behind.
type killRun struct {
	seed        uint64
	after       time.Duration // from start to the kill
	shown       int           // exercises the screen showed finished before the kill
	inGrace     int           // of those, finished less than saveGrace before the kill
	journaled   int           // completed steps in the journal
	missing     []string      // shown finished (outside the grace) but not in the journal
	missingNew  []string      // shown finished within the grace, not in the journal
	unexpected  []string      // in the journal but never shown finished nor in progress
	integrity   string
	historyCode int
}

// TestKillAtRandomMoments kills the binary with SIGKILL at a random moment
// of a session, RYGTIMER_KILL_RUNS times (default 5), and checks that the
// journal opens, passes SQLite's integrity check and holds every step the
// screen had shown finished.
func TestKillAtRandomMoments(t *testing.T) {
	slow(t)
	runs := 5
	if n, err := strconv.Atoi(os.Getenv("RYGTIMER_KILL_RUNS")); err == nil && n > 0 {
		runs = n
	}
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("RYGTIMER_KILL_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (RYGTIMER_KILL_SEED repeats it)", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	var lost, lostInGrace, failed, totalShown, totalJournaled int
	begin := time.Now()
	for i := range runs {
		r := killOnce(t, rng.Uint64())
		totalShown += r.shown
		totalJournaled += r.journaled
		lostInGrace += len(r.missingNew)
		bad := len(r.missing) > 0 || len(r.unexpected) > 0 || r.integrity != "ok" || r.historyCode != exitOK
		if bad {
			failed++
			lost += len(r.missing)
			t.Errorf("run %d: %+v", i, r)
		} else if testing.Verbose() {
			t.Logf("run %d: killed after %v, %d shown finished (%d within %v), %d in the journal, missing within grace %v",
				i, r.after.Round(time.Millisecond), r.shown, r.inGrace, saveGrace, r.journaled, r.missingNew)
		}
	}
	t.Logf("RESULT kill -9: %d runs in %v, %d failed; %d steps shown finished, %d in the journal, %d lost, %d lost within %v of being shown",
		runs, time.Since(begin).Round(time.Second), failed, totalShown, totalJournaled, lost, lostInGrace, saveGrace)
}

// killOnce runs one session and kills it at a moment drawn from seed,
// between the start and a little after the routine's expected end.
func killOnce(t *testing.T, seed uint64) killRun {
	t.Helper()
	r := killRun{seed: seed}
	h := newHome(t)
	routine := h.write(t, "fault.toml", faultRoutine)
	rng := rand.New(rand.NewPCG(seed, 1))
	r.after = time.Duration(rng.Int64N(int64(16 * time.Second)))
	a := h.start(t, "--routine", routine)
	d := newDriver(a)
	start := time.Now()
	d.driveUntil("the moment to kill", func() bool { return time.Since(start) >= r.after })
	killedAt := time.Now()
	must(t, syscall.Kill(a.Cmd.Process.Pid, syscall.SIGKILL))
	a.Wait()
	d.step() // titles that arrived before the kill

	inProgress := -1
	for i, at := range d.finishedAt {
		if at.IsZero() {
			if inProgress < 0 && d.inSession {
				inProgress = i
			}
			continue
		}
		r.shown++
		if killedAt.Sub(at) < saveGrace {
			r.inGrace++
		}
	}

	res := h.run(t, "history")
	r.historyCode = res.code
	r.integrity = integrity(h.journalPath())
	journaled := map[string]bool{}
	if res.code == exitOK {
		for _, s := range h.sessions(t) {
			for _, st := range s.Steps {
				if st.Completed {
					journaled[st.Exercise] = true
					r.journaled++
				}
			}
		}
	}
	for i, e := range faultExercises {
		at := d.finishedAt[i]
		switch {
		case !at.IsZero() && !journaled[e.id] && killedAt.Sub(at) >= saveGrace:
			r.missing = append(r.missing, e.id)
		case !at.IsZero() && !journaled[e.id]:
			r.missingNew = append(r.missingNew, e.id)
		case at.IsZero() && journaled[e.id] && i != inProgress:
			r.unexpected = append(r.unexpected, e.id)
		}
	}
	return r
}

// integrity runs PRAGMA integrity_check on the journal, read-only; a
// journal that was never created (killed before it was) is "ok".
func integrity(path string) string {
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return "ok"
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return err.Error()
	}
	defer db.Close()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Sprintf("integrity_check: %v", err)
	}
	return res
}
