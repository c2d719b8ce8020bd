package model

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
)

// recorder is a Journal that only records what was submitted.
type recorder struct {
	mu  sync.Mutex
	ops []string
}

func (r *recorder) Submit(seq uint64, op jqueue.Op) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ops = append(r.ops, fmt.Sprintf("%d %T", seq, op))
}

// Update only describes journal operations: nothing reaches the journal
// until the command it returned runs, and the numbers follow the order
// the session made the writes in.
func TestUpdateOnlyReturnsJournalOperations(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.tick(7 * time.Second)
	rec := &recorder{}
	m := h.m
	m.opts.Journal = rec
	nm, cmd := m.Update(keyMsg("x"))
	if len(rec.ops) != 0 {
		t.Fatalf("Update itself submitted %v", rec.ops)
	}
	if nm.(Model).state != StatePainStop || cmd == nil {
		t.Fatal("x must stop the session and return its writes")
	}
	h.run(cmd)
	first := m.jr.seq + 1
	want := []string{fmt.Sprintf("%d jqueue.AddStep", first), fmt.Sprintf("%d jqueue.FinishSession", first+1)}
	if fmt.Sprint(rec.ops) != fmt.Sprint(want) {
		t.Fatalf("submitted %v, want %v", rec.ops, want)
	}
	if o := nm.(Model).sess.outcome; o != journal.PainStop {
		t.Fatalf("outcome %q", o)
	}
}

// The summary says "saved" only once the journal actor has confirmed the
// session's last write, never on the strength of having sent it.
func TestSummarySaysSavedOnlyWhenConfirmed(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.startSession()
	h.m.sess.endedAt, h.m.sess.outcome = h.clock.now(), journal.Completed
	h.m.setState(StateCheckOut)
	h.key("esc", "esc", "esc")
	h.wantScreen("Saving in your journal")
	h.flush()
	h.wantScreen("Saved in your journal")
}

// Abandon (run by main when the program stopped some other way) is one
// plain command: running it hands the step in progress and the end of
// the session to the journal, numbered after everything before.
func TestAbandonIsOnePlainCommand(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.tick(7 * time.Second)
	rec := &recorder{}
	m := h.m
	m.opts.Journal = rec
	cmd := m.Abandon()
	if cmd == nil || len(rec.ops) != 0 {
		t.Fatalf("Abandon returned %v and submitted %v before running", cmd, rec.ops)
	}
	if msg := cmd(); msg != nil {
		t.Fatalf("the command returned %T; main runs it directly and needs nothing back", msg)
	}
	want := []string{fmt.Sprintf("%d jqueue.AddStep", m.jr.seq+1), fmt.Sprintf("%d jqueue.FinishSession", m.jr.seq+2)}
	if fmt.Sprint(rec.ops) != fmt.Sprint(want) {
		t.Fatalf("submitted %v, want %v", rec.ops, want)
	}
}
