package model

import (
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// noteLimit keeps the note to one line.
const noteLimit = 120

// CheckOut asks pain now (cursor 0) and then an optional note (cursor 1).
func (m Model) onCheckOutKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.cursor == 0 {
		if m.scoreKey(msg) {
			return m, nil
		}
		switch {
		case key.Matches(msg, m.keys.Select):
			m.painAfter = intPtr(m.painInput)
			m.cursor = 1
		case key.Matches(msg, m.keys.Esc):
			m.painAfter = nil
			m.cursor = 1
		}
		return m, nil
	}
	switch msg.String() {
	case "enter":
		return m.toSummary()
	case "esc":
		m.note = ""
		return m.toSummary()
	case "backspace":
		if m.note != "" {
			_, size := utf8.DecodeLastRuneInString(m.note)
			m.note = m.note[:len(m.note)-size]
		}
		return m, nil
	}
	if t := msg.Text; t != "" && utf8.RuneCountInString(m.note) < noteLimit {
		m.note += t
	}
	return m, nil
}

// toSummary saves pain after and the note, then reloads the history so
// the summary's streak counts today.
func (m Model) toSummary() (tea.Model, tea.Cmd) {
	save := m.finishSession(m.outcome)
	return m, tea.Batch(save, m.setState(StateSummary), m.loadHistory())
}

func (m Model) onSummaryKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Select) || key.Matches(msg, m.keys.Esc) {
		return m, m.setState(StateHome)
	}
	return m, nil
}
