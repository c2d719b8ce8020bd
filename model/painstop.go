package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// onPainStopKey takes the one optional answer (1, 2, 3) and leaves with
// enter or esc. The answer can be changed until the screen is left.
func (m Model) onPainStopKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	s := msg.String()
	if len(s) == 1 && s[0] >= '1' && int(s[0]-'1') < len(PainWhereChoices) {
		m.painWhere = PainWhereChoices[s[0]-'1']
		return m, m.savePainWhere()
	}
	switch {
	case key.Matches(msg, m.keys.Select), key.Matches(msg, m.keys.Esc):
		return m, tea.Batch(m.setState(StateHome), m.loadHistory())
	}
	return m, nil
}
