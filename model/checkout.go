package model

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/views"
)

// noteLimit keeps the note to one line.
const noteLimit = 120

// newNoteInput is the one-line note field: a bubbles textinput with a
// steady cursor (no blink timer to schedule), scrolling within its width,
// taking pastes.
func newNoteInput(width int) textinput.Model {
	ti := textinput.New()
	ti.Prompt = ""
	ti.CharLimit = noteLimit
	st := ti.Styles()
	st.Cursor.Blink = false
	ti.SetStyles(st)
	ti.SetWidth(views.NoteWidth(width))
	return ti
}

// CheckOut asks pain now (cursor 0) and then an optional note (cursor 1).
func (m Model) onCheckOutKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	if m.cursor == 0 {
		if m.score.update(msg, k) {
			return m, nil
		}
		switch {
		case key.Matches(msg, k.Select):
			m.sess.painAfter = intPtr(m.score.value)
			m.cursor = 1
			return m, m.sess.note.Focus()
		case key.Matches(msg, k.Pass):
			m.sess.painAfter = nil
			m.cursor = 1
			return m, m.sess.note.Focus()
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Select):
		return m.toSummary()
	case key.Matches(msg, k.Pass):
		m.sess.note.Reset()
		return m.toSummary()
	}
	return m.onNoteInput(msg)
}

// onNoteInput hands a key or a paste to the note field.
func (m Model) onNoteInput(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	m.sess.note, cmd = m.sess.note.Update(msg)
	return m, cmd
}

// toSummary saves pain after and the note, then reloads the history so
// the summary's streak counts today.
func (m Model) toSummary() (tea.Model, tea.Cmd) {
	save := m.finishSession(m.sess.outcome)
	read := m.loadHistory()
	m.sess.savedBy = m.jr.seq // the read answers after every write before it
	return m, tea.Batch(save, m.setState(StateSummary), read)
}

func (m Model) onSummaryKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	if key.Matches(msg, k.Select, k.Esc) {
		return m, m.setState(StateHome)
	}
	return m, nil
}
