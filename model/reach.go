package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/views"
)

// reachAnswer reads the one key of "How far does the pain reach?", asked
// at check-in and at check-out: 1–4 from the back down to the foot (the
// order of journal.Reaches); enter or esc passes, saved as not answered.
// done reports whether the question is answered or passed.
func reachAnswer(msg tea.KeyPressMsg, k KeyMap) (r journal.Reach, done bool) {
	switch {
	case key.Matches(msg, k.Reach):
		i := int(msg.String()[0] - '1')
		if i >= 0 && i < len(journal.Reaches) {
			return journal.Reaches[i], true
		}
	case key.Matches(msg, k.ReachPass):
		return journal.ReachUnknown, true
	}
	return journal.ReachUnknown, false
}

// reachView is the reach question under the given title.
func (m Model) reachView(title string) views.ReachQuestion {
	v := views.ReachQuestion{Title: title, Question: m.cat.T("reach.question"), Hint: m.cat.T("reach.hint")}
	for _, r := range journal.Reaches {
		v.Choices = append(v.Choices, m.cat.T("reach."+string(r)))
	}
	return v
}
