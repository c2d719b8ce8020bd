package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func (m Model) onPrecautionsKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Select):
		ack := m.acknowledgePrecautions()
		return m, tea.Batch(ack, m.setState(StateCheckIn))
	case key.Matches(msg, m.keys.Esc):
		return m, m.setState(StateHome)
	}
	return m, nil
}

// scoreKey updates a 0–10 pain score from digits or arrows; "1" then "0"
// makes 10. It reports whether the key was a score key.
func (m *Model) scoreKey(msg tea.KeyPressMsg) bool {
	s := msg.String()
	switch {
	case key.Matches(msg, m.keys.Digits):
		if s == "0" && m.lastDigit == "1" {
			m.painInput = 10
		} else {
			m.painInput = int(s[0] - '0')
		}
		m.lastDigit = s
		return true
	case s == "right" || s == "up" || s == "l" || s == "k":
		if m.painInput < 10 {
			m.painInput++
		}
	case s == "left" || s == "down" || s == "h" || s == "j":
		if m.painInput > 0 {
			m.painInput--
		}
	default:
		return false
	}
	m.lastDigit = ""
	return true
}

func (m Model) onCheckInKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.scoreKey(msg) {
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Select):
		m.painBefore = intPtr(m.painInput)
		return m, m.setState(StateRedFlags)
	case key.Matches(msg, m.keys.Esc):
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

func (m Model) onRedFlagsKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.No):
		if !m.historyReady && !m.saveErr {
			// Doses and the precautions depend on the journal, which
			// has not answered yet (a slow disk, a locked file): start
			// as soon as it does.
			m.startWhenReady = true
			return m, nil
		}
		return m, m.startAfterCheckIn()
	case key.Matches(msg, m.keys.Yes):
		return m, m.setState(StateRedFlagWhich)
	case key.Matches(msg, m.keys.Esc):
		// esc on the check-in passes the pain question, so the way
		// back out of starting a session is here.
		return m, tea.Batch(m.setState(StateHome), m.loadHistory())
	}
	return m, nil
}

// onRedFlagWhichKey picks which sign it is; the last choice, "more than
// one or not sure", takes the most urgent tier of all. The session never
// starts from here.
func (m Model) onRedFlagWhichKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	n := len(RedFlags) + 1
	if m.menuMove(msg, n) {
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Select):
		flag, tier := "unsure", TierNow
		if m.cursor < len(RedFlags) {
			flag, tier = RedFlags[m.cursor].ID, RedFlags[m.cursor].Tier
		}
		m.redFlag, m.seekTier = flag, tier
		return m, tea.Batch(m.saveRedFlag(flag), m.setState(StateSeekHelp))
	case key.Matches(msg, m.keys.Esc):
		return m, m.setState(StateRedFlags)
	}
	return m, nil
}
