package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/views"
)

// painStop is the sub-model of the screen after x: two optional
// questions, where it hurts and then how far the pain reaches, each under
// the guidance it needs.
type painStop struct {
	where PainWhere
	// askingReach: enter on the first question brought the second, how
	// far the pain reaches (the check-out's question: a stopped session
	// has no check-out, and the physiotherapist reads the answer beside
	// the check-in's).
	askingReach bool
}

// update takes the answers and leaves for Home. Where it hurts (1, 2, 3)
// can be changed until enter goes on to how far it reaches (1–4), whose
// answer or pass (enter, esc) leaves; esc on the first question leaves at
// once. session names the stopped session for the journal.
func (p painStop) update(msg tea.KeyPressMsg, k KeyMap, session string) (painStop, transition) {
	if p.askingReach {
		r, done := reachAnswer(msg, k)
		switch {
		case !done:
			return p, stay
		case r == journal.ReachUnknown:
			return p, backHome()
		}
		return p, goTo(StateHome, write(jqueue.SetPainReachAfter{Session: session, Reach: r}), write(readHistory))
	}
	if key.Matches(msg, k.Answer) {
		if i := int(msg.String()[0] - '1'); i >= 0 && i < len(PainWhereChoices) {
			p.where = PainWhereChoices[i]
			return p, transition{writes: []entry{write(jqueue.SetPainWhere{Session: session, Where: string(p.where)})}}
		}
	}
	switch {
	case key.Matches(msg, k.Select):
		p.askingReach = true
		return p, stay
	case key.Matches(msg, k.Esc):
		return p, backHome()
	}
	return p, stay
}

// painStopKeys are the keys of the question on screen.
func painStopKeys(p painStop) []binding {
	if p.askingReach {
		return []binding{bReach, bReachPass, bHelp, bQuit}
	}
	return []binding{bAnswer, bSelect, bEsc, bHelp, bQuit}
}

// painStopView is the pain-stop screen: the guidance first, then the
// question on screen.
func (m Model) painStopView() views.PainStop {
	v := views.PainStop{Exercise: m.stoppedExercise(), Answer: string(m.stop.where),
		Tier: TierFor(m.stop.where).String(), Numbers: m.numbers()}
	if m.stop.askingReach {
		q := m.reachView("")
		q.Hint = m.cat.T("painstop.reach_hint")
		v.Reach = &q
	}
	return v
}
