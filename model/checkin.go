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

// update moves a 0–10 pain score from digits or arrows; "1" then "0"
// makes 10. It reports whether the key was a score key.
func (sc *scoreInput) update(msg tea.KeyPressMsg, k KeyMap) bool {
	switch {
	case key.Matches(msg, k.Digits):
		d := msg.String()
		if d == "0" && sc.lastDigit == "1" {
			sc.value = 10
		} else {
			sc.value = int(d[0] - '0')
		}
		sc.lastDigit = d
		return true
	case key.Matches(msg, k.Higher):
		sc.value = min(sc.value+1, 10)
	case key.Matches(msg, k.Lower):
		sc.value = max(sc.value-1, 0)
	default:
		return false
	}
	sc.lastDigit = ""
	return true
}

// startAt starts a new score at a given one (the pain before, for the
// pain after) or at 0.
func (sc *scoreInput) startAt(p *int) {
	*sc = scoreInput{}
	if p != nil {
		sc.value = *p
	}
}

func (m Model) onCheckInKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	if m.score.update(msg, k) {
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Select):
		m.sess.painBefore = intPtr(m.score.value)
		return m, m.setState(StateRedFlags)
	case key.Matches(msg, k.Pass):
		m.sess.painBefore = nil // not given, never 0
		return m, m.setState(StateRedFlags)
	}
	return m, nil
}

// startAfterCheckIn starts the session, unless the precautions were never
// acknowledged (the journal said so only now).
func (m *Model) startAfterCheckIn() tea.Cmd {
	m.jr.startWhenReady = false
	if !m.jr.acknowledged {
		return m.setState(StatePrecautions)
	}
	return m.beginSession()
}

func (m Model) onRedFlagsKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, k.No):
		if !m.jr.historyReady && !m.jr.saveErr {
			// Doses and the precautions depend on the journal, which
			// has not answered yet (a slow disk, a locked file): start
			// as soon as it does.
			m.jr.startWhenReady = true
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
		m.seek.flag, m.seek.tier = flag, tier
		return m, tea.Batch(m.saveRedFlag(flag), m.setState(StateSeekHelp))
	case key.Matches(msg, k.Esc):
		return m, m.setState(StateRedFlags)
	}
	return m, nil
}
