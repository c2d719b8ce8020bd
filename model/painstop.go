package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// onPainStopKey takes the one optional answer (1, 2, 3) and leaves with
// enter or esc. The answer can be changed until the screen is left.
func (m Model) onPainStopKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	if key.Matches(msg, k.Answer) {
		if i := int(msg.String()[0] - '1'); i >= 0 && i < len(PainWhereChoices) {
			m.sess.painWhere = PainWhereChoices[i]
			return m, m.savePainWhere()
		}
	}
	switch {
	case key.Matches(msg, k.Select), key.Matches(msg, k.Esc):
		return m, tea.Batch(m.setState(StateHome), m.loadHistory())
	}
	return m, nil
}
