package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/jqueue"
)

// painStop is the sub-model of the screen after x: the one optional
// question, where it hurts.
type painStop struct{ where PainWhere }

// update takes the answer (1, 2, 3) and leaves with enter or esc. The
// answer can be changed until the screen is left; session names the
// stopped session for the journal.
func (p painStop) update(msg tea.KeyPressMsg, k KeyMap, session string) (painStop, transition) {
	if key.Matches(msg, k.Answer) {
		if i := int(msg.String()[0] - '1'); i >= 0 && i < len(PainWhereChoices) {
			p.where = PainWhereChoices[i]
			return p, transition{writes: []entry{write(jqueue.SetPainWhere{Session: session, Where: string(p.where)})}}
		}
	}
	if key.Matches(msg, k.Select, k.Esc) {
		return p, goTo(StateHome, write(readHistory))
	}
	return p, stay
}
