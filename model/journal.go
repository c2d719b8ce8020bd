package model

import (
	"errors"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
)

// Journal is where the model's journal operations go: *jqueue.Queue, the
// one actor that applies them in number order and retries failed saves.
// The model only numbers and describes operations; nothing happens until
// the command Update returned runs.
type Journal interface {
	Submit(seq uint64, op jqueue.Op)
}

// settingPrecautions is the journal setting that remembers the
// precautions were read and acknowledged.
const settingPrecautions = "precautions_acknowledged"

// firstSeq is the number of Init's history read. New reserves it, since
// Init cannot keep a number it hands out (its model value is thrown away).
const firstSeq = 1

// write numbers op and returns the command that hands it to the journal
// actor. Numbers follow the order Update decided the writes in, so the
// actor applies them in that order whichever command runs first.
func (m *Model) write(op jqueue.Op) tea.Cmd {
	if m.opts.Journal == nil {
		return nil
	}
	m.jr.seq++
	m.jr.pending = append(m.jr.pending, numberedOp{seq: m.jr.seq, op: op})
	return submit(m.opts.Journal, m.jr.seq, op)
}

// numberedOp is an operation handed to the journal and not yet confirmed.
type numberedOp struct {
	seq uint64
	op  jqueue.Op
}

// Resubmit returns a command that hands the journal again every operation
// it has not confirmed: main runs it once the program has stopped. Bubble
// Tea runs commands on goroutines of their own and may stop before the
// last of them ran (a key pressed just before q), which would leave a gap
// the journal waits for in vain and lose the answer. The journal counts
// an operation it already has only once.
func (m Model) Resubmit() tea.Cmd {
	if m.opts.Journal == nil || len(m.jr.pending) == 0 {
		return nil
	}
	j, ops := m.opts.Journal, m.jr.pending
	return func() tea.Msg {
		for _, p := range ops {
			j.Submit(p.seq, p.op)
		}
		return nil
	}
}

func submit(j Journal, seq uint64, op jqueue.Op) tea.Cmd {
	return func() tea.Msg {
		j.Submit(seq, op)
		return nil
	}
}

// name is the key the journal actor knows the session by.
func (s session) name() string { return "session-" + strconv.Itoa(s.key) }

func (m *Model) startSessionOp() jqueue.Op {
	return jqueue.StartSession{Session: m.sess.name(),
		Start: journal.Start{At: m.sess.startedAt, Routine: m.sess.routine.ID, Phase: string(m.sess.routine.Phase), PainBefore: m.in.painBefore, PainReachBefore: m.in.reach}}
}

// finishOp ends the session row with an outcome and every answer given so
// far. CheckOut sends it again to add pain after and the note; the write
// is an update.
func (m *Model) finishOp(o journal.Outcome) jqueue.Op {
	m.sess.outcome = o
	at := m.now()
	if !m.sess.endedAt.IsZero() {
		at = m.sess.endedAt // CheckOut adds to a session that ended before it
	}
	return jqueue.FinishSession{Session: m.sess.name(),
		Finish: journal.Finish{At: at, Outcome: o, PainAfter: m.out.painAfter, Note: m.out.note.Value(), PainWhere: string(m.stop.where),
			PainReachAfter: m.out.reach}}
}

var readHistory = jqueue.ReadHistory{Settings: []string{settingPrecautions}}

// loadHistory reads every session and the settings the model needs; it
// runs after every write numbered before it.
func (m *Model) loadHistory() tea.Cmd { return m.write(readHistory) }

// onJournal takes the actor's news: a history read, a save that failed
// and is being retried, a retried save that landed, a save given up.
func (m Model) onJournal(e jqueue.Event) (tea.Model, tea.Cmd) {
	if e.Kind == jqueue.Saved {
		m.jr.confirmed = max(m.jr.confirmed, e.Seq)
		m.jr.pending = unconfirmed(m.jr.pending, m.jr.confirmed)
	}
	switch {
	case e.Kind == jqueue.Saved && e.History != nil:
		m.jr.behind = false
		return m.onHistory(*e.History)
	case e.Kind == jqueue.Saved:
		m.jr.behind = false // ops land in order: everything before this one is in
		return m, nil
	case e.Kind == jqueue.GaveUp:
		if _, read := e.Op.(jqueue.ReadHistory); !read {
			m.jr.saveErr = true
		}
	default:
		m.jr.behind = true
	}
	// The journal does not answer for now: what waited for it goes on
	// without it (the retried read brings the history when it can).
	cmd := m.goOnWithoutHistory()
	if errors.Is(e.Err, journal.ErrUnavailable) && !m.jr.unavailableShown {
		m.jr.unavailableShown = true
		m.notices = append(m.notices, m.cat.T("journal.unavailable", "Reason", e.Err.Error()))
	}
	return m, cmd
}

// unconfirmed is what of pending is numbered after confirmed; operations
// are applied in order, so everything up to confirmed is in. A new slice:
// older model values keep theirs.
func unconfirmed(pending []numberedOp, confirmed uint64) []numberedOp {
	i := 0
	for i < len(pending) && pending[i].seq <= confirmed {
		i++
	}
	return append([]numberedOp(nil), pending[i:]...)
}

// journalAnswered says the journal has said what it knows, or that it
// cannot say it now: the history is read, a save failed, or the journal is
// being retried (a journal that cannot be opened is retried for as long as
// the program runs, and a session must not wait for it).
func (m Model) journalAnswered() bool {
	return m.jr.historyReady || m.jr.saveErr || m.jr.behind
}

func (m *Model) goOnWithoutHistory() tea.Cmd {
	// Without a journal nobody knows the precautions were read: they
	// stay on screen.
	m.jr.checkPrecautions = false
	if m.jr.startWhenReady && m.state.startsWhenReady() {
		return m.setState(StateExercise)
	}
	return nil
}

func (m Model) onHistory(h jqueue.History) (tea.Model, tea.Cmd) {
	m.jr.history, m.jr.historyReady = h.Sessions, true
	_, ack := h.Settings[settingPrecautions]
	m.jr.acknowledged = m.jr.acknowledged || ack
	if m.jr.startWhenReady && m.state.startsWhenReady() {
		return m, m.setState(StateExercise)
	}
	if m.jr.checkPrecautions {
		m.jr.checkPrecautions = false
		if m.jr.acknowledged && m.state == StatePrecautions {
			return m, m.setState(StateCheckIn)
		}
	}
	if d := h.Damaged; d != nil && !m.jr.damagedShown {
		m.jr.damagedShown = true
		m.notices = append(m.notices, m.cat.T("journal.damaged", "Path", d.Path, "KeptAt", d.KeptAt))
	}
	return m, nil
}

// intPtr returns a pointer to a copy of v.
func intPtr(v int) *int { return &v }

// formatPain shows a pain score or a dash when it was not given.
func formatPain(p *int) string {
	if p == nil {
		return "–"
	}
	return strconv.Itoa(*p)
}
