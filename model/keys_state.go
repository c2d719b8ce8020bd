package model

import "github.com/rygtimer/rygtimer/routines"

// activeKeys is the key map of the current state: the bindings that work
// here, and only those. The help bar draws it and every handler matches
// against it, so the two cannot disagree.
func (m Model) activeKeys() KeyMap {
	k := m.keys
	if m.overlay.quit {
		return k.only(bPain, bYes, bNo, bEsc)
	}
	switch m.state {
	case StateHome:
		return k.only(bUp, bDown, bSelect, bHelp, bQuit)
	case StatePhasePick, StateRedFlagWhich, StatePainHigh:
		return k.only(bUp, bDown, bSelect, bEsc, bHelp, bQuit)
	case StatePrecautions:
		return k.only(bSelect, bEsc, bHelp, bQuit)
	case StateCheckIn:
		if m.in.askReach {
			return k.only(bReach, bReachPass, bHelp, bQuit)
		}
		return k.only(bDigits, bScore, bSelect, bPass, bHelp, bQuit)
	case StateRedFlags:
		return k.only(bNo, bYes, bEsc, bHelp, bQuit)
	case StateHistory:
		if m.hist.scrolls() {
			return k.only(bPager, bLeave, bHelp, bQuit)
		}
		return k.only(bLeave, bHelp, bQuit)
	case StateSeekHelp, StateInfo:
		if m.state == StateSeekHelp && m.in.offersGentle(m.opts.Routines) {
			// The bar says what the screen offers: start pain relief
			// now, or not today.
			return k.only(bSelect, bEsc, bHelp, bQuit).saying(m.cat.T("key.start_now"), m.cat.T("key.not_today"))
		}
		if m.maxScroll() > 0 {
			return k.only(pageScrollKeys...)
		}
		return k.only(bLeave, bHelp, bQuit)
	case StatePainStop:
		k = k.only(painStopKeys(m.stop)...)
		if !m.stop.askingReach {
			// As the screen says: enter goes on to the next question,
			// esc leaves.
			k = k.saying(m.cat.T("key.go_on"), m.cat.T("key.leave"))
		}
		return k
	case StateSummary:
		return k.only(bSelect, bEsc, bHelp, bQuit)
	case StateCheckOut:
		// No q and no ? here: the note takes every letter.
		if m.out.leaving {
			return m.leavingCheckOutKeys()
		}
		switch m.out.asking {
		case askPain:
			return k.only(bDigits, bScore, bSelect, bPass)
		case askReach:
			return k.only(bReach, bReachPass)
		}
		return k.only(bSelect, bPass)
	case StateExercise:
		return m.exerciseKeys()
	}
	return k.only(bHelp, bQuit)
}

// The key maps of a page and an intro that scroll; maxScroll measures the
// room with them.
var (
	pageScrollKeys  = []binding{bScroll, bLeave, bHelp, bQuit}
	introScrollKeys = []binding{bPain, bNext, bScroll, bSkip, bSound, bHelp, bQuit}
)

func (m Model) exerciseKeys() KeyMap {
	k := m.keys
	st := m.sess.step()
	switch {
	case m.ctx0().TooSmall():
		// Nothing of the step is on screen: only stopping and quitting
		// work, so space cannot start the clock unseen.
		return k.only(bPain, bQuit)
	case m.sess.clock.paused:
		return k.only(bPain, bPause, bSkip, bSound, bHelp, bQuit)
	case st.Kind == routines.StepIntro && m.maxScroll() > 0:
		// A long intro scrolls; enter to go on stays on screen.
		return k.only(introScrollKeys...)
	case st.Kind == routines.StepIntro:
		return k.only(bPain, bNext, bSkip, bSound, bHelp, bQuit)
	case st.Kind == routines.StepReps && len(st.Pace) == 0:
		// No ←: a set counted by hand has nothing to repeat beyond its count.
		return k.only(bPain, bCount, bFinish, bSkip, bSound, bHelp, bQuit)
	}
	return k.only(bPain, bPause, bNext, bBack, bSkip, bSound, bHelp, bQuit)
}

// helpKeys is the full help: every key of the app, so ? tells the whole
// story wherever it is pressed.
func (m Model) helpKeys() KeyMap {
	return m.keys.only(bPain, bPause, bNext, bCount, bBack, bSkip, bSound, bHelp, bQuit,
		bUp, bDown, bSelect, bEsc, bYes, bNo, bDigits, bPass)
}
