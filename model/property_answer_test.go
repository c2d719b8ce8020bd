package model

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
)

// workingKeys are the keys the current screen answers to, read from the
// model's own key map (activeKeys), so every state — including ones added
// after this driver was written — can be answered. The keys every state
// has (quit, ctrl+c, ctrl+z, help, sound, the pain stop) are left out:
// the random keys press them often enough, and an "answer" should move
// the screen on. Any key closes the help, and the quit prompt takes y, n
// or esc.
func workingKeys(m Model) []string {
	if m.overlay.help {
		return []string{"esc"}
	}
	k := m.activeKeys()
	skip := map[binding]bool{bQuit: true, bInterrupt: true, bHelp: true, bSound: true, bPain: true}
	var out []string
	for b := binding(0); b < bindingCount; b++ {
		if skip[b] {
			continue
		}
		for _, p := range k.ptrs(b) {
			if p.Enabled() {
				out = append(out, p.Keys()...)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// answerings: how a walk answers the way into a session. Pain is the
// check-in's score (−1 passes it; 7 and more lead to the high-pain
// screen), Reach the key that answers how far it reaches (1–4, or enter
// or esc to pass).
type answerings struct {
	Pain  int
	Reach string
}

// forwardKey is the key that takes the way into a session, and the
// session itself when skip is set, one screen further; false where the
// walk ends (in the session, or on a screen that does not lead into one).
func forwardKey(m Model, a answerings, skip bool) (string, bool) {
	switch {
	case m.overlay.quit:
		return "n", true
	case m.overlay.help:
		return "esc", true
	}
	switch m.state {
	case StateHome:
		if m.home.cursor != 0 {
			return "up", true
		}
		return "enter", true
	case StatePhasePick, StatePrecautions, StatePainHigh:
		return "enter", true
	case StateCheckIn:
		return checkInKey(m, a), true
	case StateRedFlags:
		return "n", true
	case StateRedFlagWhich:
		return "esc", true
	case StateSeekHelp:
		return "enter", m.in.offersGentle(m.opts.Routines)
	case StateExercise:
		return "s", skip && key.Matches(keyPress("s"), m.activeKeys().Skip)
	}
	return "", false
}

// checkInKey answers the check-in: the pain score (a digit, or "1" then
// "0" for 10), enter once chosen, then the reach question.
func checkInKey(m Model, a answerings) string {
	sc := m.in.score
	switch {
	case m.in.askReach:
		return a.Reach
	case a.Pain < 0:
		return "esc"
	case sc.chosen && sc.value == a.Pain:
		return "enter"
	case a.Pain == 10 && sc.lastDigit == "1":
		return "0"
	case a.Pain == 10:
		return "1"
	}
	return fmt.Sprint(a.Pain)
}
