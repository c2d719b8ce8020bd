package model

import (
	"context"
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
)

// settingPrecautions is the journal setting that remembers the
// precautions were read and acknowledged.
const settingPrecautions = "precautions_acknowledged"

// beginSession opens the journal row and starts the exercise loop.
func (m *Model) beginSession() tea.Cmd {
	m.doses, m.changes = progress.Doses(m.history, m.routine)
	m.plan = routines.Plan(m.routine, m.doses, m.opts.Tempo)
	m.idx = 0
	m.records = nil
	m.skipped = nil
	m.outcome = ""
	m.painAfter = nil
	m.note = ""
	m.painWhere = WhereUnanswered
	m.startedAt = m.now()
	m.endedAt = time.Time{}
	m.sessionKey++
	key := m.sessionKey
	start := journal.Start{At: m.startedAt, Routine: m.routine.ID, Phase: string(m.routine.Phase), PainBefore: m.painBefore}
	write := m.opts.Writer.do(func(ctx context.Context, j Journal, ids map[int]int64) (tea.Msg, error) {
		id, err := j.StartSession(ctx, start)
		if err != nil {
			return nil, err
		}
		ids[key] = id
		return journalOKMsg{}, nil
	})
	return tea.Batch(write, m.setState(StateExercise))
}

// saveStep writes one finished step.
func (m *Model) saveStep(rec journal.Step) tea.Cmd {
	key := m.sessionKey
	return m.opts.Writer.do(func(ctx context.Context, j Journal, ids map[int]int64) (tea.Msg, error) {
		id, ok := ids[key]
		if !ok {
			return nil, ErrNoJournal
		}
		return journalOKMsg{}, j.AddStep(ctx, id, rec)
	})
}

// finishSession ends the session row with an outcome. CheckOut calls it
// again to add pain after and the note; the write is an update.
func (m *Model) finishSession(o journal.Outcome) tea.Cmd {
	m.outcome = o
	key := m.sessionKey
	at := m.now()
	if !m.endedAt.IsZero() {
		at = m.endedAt // CheckOut adds to a session that ended before it
	}
	f := journal.Finish{At: at, Outcome: o, PainAfter: m.painAfter, Note: m.note, PainWhere: string(m.painWhere)}
	return m.opts.Writer.do(func(ctx context.Context, j Journal, ids map[int]int64) (tea.Msg, error) {
		id, ok := ids[key]
		if !ok {
			return nil, ErrNoJournal
		}
		return journalOKMsg{}, j.FinishSession(ctx, id, f)
	})
}

// savePainWhere stores the answer to the pain-stop question.
func (m *Model) savePainWhere() tea.Cmd {
	key, where := m.sessionKey, string(m.painWhere)
	return m.opts.Writer.do(func(ctx context.Context, j Journal, ids map[int]int64) (tea.Msg, error) {
		id, ok := ids[key]
		if !ok {
			return nil, ErrNoJournal
		}
		return journalOKMsg{}, j.SetPainWhere(ctx, id, where)
	})
}

// saveRedFlag records a check-in that ended in a red flag; no session runs.
func (m *Model) saveRedFlag(flag string) tea.Cmd {
	start := journal.Start{At: m.now(), Routine: m.routine.ID, Phase: string(m.routine.Phase), PainBefore: m.painBefore}
	return m.opts.Writer.do(func(ctx context.Context, j Journal, _ map[int]int64) (tea.Msg, error) {
		_, err := j.RecordRedFlag(ctx, start, flag)
		return journalOKMsg{}, err
	})
}

// acknowledgePrecautions remembers that the precautions were read.
func (m *Model) acknowledgePrecautions() tea.Cmd {
	m.acknowledged = true
	at := m.now().Format(time.RFC3339)
	return m.opts.Writer.do(func(ctx context.Context, j Journal, _ map[int]int64) (tea.Msg, error) {
		return journalOKMsg{}, j.SetSetting(ctx, settingPrecautions, at)
	})
}

// loadHistory reads every session and the settings the model needs.
func (m Model) loadHistory() tea.Cmd {
	return m.opts.Writer.do(func(ctx context.Context, j Journal, _ map[int]int64) (tea.Msg, error) {
		ss, err := j.Sessions(ctx, time.Time{})
		if err != nil {
			return nil, err
		}
		_, ack, err := j.Setting(ctx, settingPrecautions)
		return historyMsg{sessions: ss, acknowledged: ack, damaged: j.Notice()}, err
	})
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
