package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func (m Model) onPrecautionsKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, k.Select):
		ack := m.acknowledgePrecautions()
		return m, tea.Batch(ack, m.setState(StateCheckIn))
	case key.Matches(msg, k.Esc):
		return m, m.setState(StateHome)
	}
	return m, nil
}

// scoreKey updates a 0–10 pain score from digits or arrows; "1" then "0"
// makes 10. It reports whether the key was a score key.
func (m *Model) scoreKey(msg tea.KeyPressMsg, k KeyMap) bool {
	switch {
	case key.Matches(msg, k.Digits):
		d := msg.String()
		if d == "0" && m.lastDigit == "1" {
			m.painInput = 10
		} else {
			m.painInput = int(d[0] - '0')
		}
		m.lastDigit = d
		return true
	case key.Matches(msg, k.Higher):
		m.painInput = min(m.painInput+1, 10)
	case key.Matches(msg, k.Lower):
		m.painInput = max(m.painInput-1, 0)
	default:
		return false
	}
	m.lastDigit = ""
	return true
}

func (m Model) onCheckInKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	if m.scoreKey(msg, k) {
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Select):
		m.painBefore = intPtr(m.painInput)
		return m, m.setState(StateRedFlags)
	case key.Matches(msg, k.Pass):
		m.painBefore = nil // not given, never 0
		return m, m.setState(StateRedFlags)
	}
	return m, nil
}

// startAfterCheckIn starts the session, unless the precautions were never
// acknowledged (the journal said so only now).
func (m *Model) startAfterCheckIn() tea.Cmd {
	m.startWhenReady = false
	if !m.acknowledged {
		return m.setState(StatePrecautions)
	}
	return m.beginSession()
}

func (m Model) onRedFlagsKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, k.No):
		if !m.historyReady && !m.saveErr {
			// Doses and the precautions depend on the journal, which
			// has not answered yet (a slow disk, a locked file): start
			// as soon as it does.
			m.startWhenReady = true
			return m, nil
		}
		return m, m.startAfterCheckIn()
	case key.Matches(msg, k.Yes):
		return m, m.setState(StateRedFlagWhich)
	case key.Matches(msg, k.Esc):
		// esc on the check-in passes the pain question, so the way
		// back out of starting a session is here.
		return m, tea.Batch(m.setState(StateHome), m.loadHistory())
	}
	return m, nil
}

// onRedFlagWhichKey picks which sign it is; the last choice, "more than
// one or not sure", takes the most urgent tier of all. The session never
// starts from here.
func (m Model) onRedFlagWhichKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	n := len(RedFlags) + 1
	if m.menuMove(msg, k, n) {
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Select):
		flag, tier := "unsure", TierNow
		if m.cursor < len(RedFlags) {
			flag, tier = RedFlags[m.cursor].ID, RedFlags[m.cursor].Tier
		}
		m.redFlag, m.seekTier = flag, tier
		return m, tea.Batch(m.saveRedFlag(flag), m.setState(StateSeekHelp))
	case key.Matches(msg, k.Esc):
		return m, m.setState(StateRedFlags)
	}
	return m, nil
}
