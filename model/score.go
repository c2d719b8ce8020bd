package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// scoreInput is a 0–10 pain score being entered. Nothing is chosen until
// a digit or an arrow is pressed, so a quick enter can never record a
// number nobody picked; enter before that only nudges.
type scoreInput struct {
	value     int
	chosen    bool
	nudged    bool   // enter was pressed with nothing chosen
	lastDigit string // "1" then "0" makes 10
}

// update moves a 0–10 pain score from digits or arrows; "1" then "0"
// makes 10; the first arrow picks 0. It reports whether the key was a
// score key.
func (sc scoreInput) update(msg tea.KeyPressMsg, k KeyMap) (scoreInput, bool) {
	switch {
	case key.Matches(msg, k.Digits):
		d := msg.String()
		if d == "0" && sc.lastDigit == "1" {
			sc.value = 10
		} else {
			sc.value = int(d[0] - '0')
		}
		sc.chosen, sc.nudged, sc.lastDigit = true, false, d
		return sc, true
	case !sc.chosen && key.Matches(msg, k.Higher, k.Lower):
		sc.value = 0
	case key.Matches(msg, k.Higher):
		sc.value = min(sc.value+1, 10)
	case key.Matches(msg, k.Lower):
		sc.value = max(sc.value-1, 0)
	default:
		return sc, false
	}
	sc.chosen, sc.nudged, sc.lastDigit = true, false, ""
	return sc, true
}
