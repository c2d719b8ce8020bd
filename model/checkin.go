package model

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/routines"
)

// checkIn is the sub-model of the way into a session: the precautions,
// pain now, the warning signs and, when one applies, which one.
type checkIn struct {
	routine    routines.Routine
	score      scoreInput
	painBefore *int
	// reach is how far the pain reaches, asked after the score when
	// askReach is set; ReachUnknown when passed.
	reach    journal.Reach
	askReach bool
	cursor   int // which warning sign, in RedFlagWhich
	seek     seekHelp
}

// seekHelp is the verdict of a red flag at check-in.
type seekHelp struct {
	flag string
	tier Tier
}

// update handles a key in one of the check-in's states. journalReady
// says the journal has answered (or failed), so doses are known.
func (c checkIn) update(msg tea.KeyPressMsg, k KeyMap, s State, now time.Time, journalReady bool) (checkIn, transition) {
	switch s {
	case StatePrecautions:
		return c, precautionsUpdate(msg, k, now)
	case StateCheckIn:
		if c.askReach {
			return c.reachNow(msg, k)
		}
		return c.painNow(msg, k)
	case StateRedFlags:
		return c, redFlagsUpdate(msg, k, journalReady)
	case StateRedFlagWhich:
		return c.whichSign(msg, k, now)
	}
	return c, stay
}

func precautionsUpdate(msg tea.KeyPressMsg, k KeyMap, now time.Time) transition {
	switch {
	case key.Matches(msg, k.Select):
		t := goTo(StateCheckIn, write(jqueue.SetSetting{Key: settingPrecautions, Value: now.Format(time.RFC3339)}))
		t.acknowledged = true
		return t
	case key.Matches(msg, k.Esc):
		return goTo(StateHome)
	}
	return stay
}

func (c checkIn) painNow(msg tea.KeyPressMsg, k KeyMap) (checkIn, transition) {
	var ok bool
	if c.score, ok = c.score.update(msg, k); ok {
		return c, stay
	}
	switch {
	case key.Matches(msg, k.Select):
		if !c.score.chosen {
			c.score.nudged = true // nothing was chosen: never record a guess
			return c, stay
		}
		c.painBefore = intPtr(c.score.value)
	case key.Matches(msg, k.Pass):
		c.painBefore = nil // not given, never 0
	default:
		return c, stay
	}
	c.askReach, c.reach = true, journal.ReachUnknown
	return c, stay
}

// reachNow asks how far the pain reaches, after the score and before the
// warning signs.
func (c checkIn) reachNow(msg tea.KeyPressMsg, k KeyMap) (checkIn, transition) {
	r, done := reachAnswer(msg, k)
	if !done {
		return c, stay
	}
	c.reach, c.askReach = r, false
	return c, goTo(StateRedFlags)
}

func redFlagsUpdate(msg tea.KeyPressMsg, k KeyMap, journalReady bool) transition {
	switch {
	case key.Matches(msg, k.No):
		if !journalReady {
			// Doses and the precautions depend on the journal, which
			// has not answered yet (a slow disk, a locked file): start
			// as soon as it does.
			return transition{waitForJournal: true}
		}
		return goTo(StateExercise)
	case key.Matches(msg, k.Yes):
		return goTo(StateRedFlagWhich)
	case key.Matches(msg, k.Esc):
		// esc on the check-in passes the pain question, so the way
		// back out of starting a session is here.
		return goTo(StateHome, write(readHistory))
	}
	return stay
}

// whichSign picks which sign it is; the last choice, "more than one or
// not sure", takes the most urgent tier of all. The session never starts
// from here.
func (c checkIn) whichSign(msg tea.KeyPressMsg, k KeyMap, now time.Time) (checkIn, transition) {
	var moved bool
	if c.cursor, moved = menuMove(msg, k, c.cursor, len(RedFlags)+1); moved {
		return c, stay
	}
	switch {
	case key.Matches(msg, k.Select):
		flag, tier := "unsure", TierNow
		if c.cursor < len(RedFlags) {
			flag, tier = RedFlags[c.cursor].ID, RedFlags[c.cursor].Tier
		}
		c.seek = seekHelp{flag: flag, tier: tier}
		start := journal.Start{At: now, Routine: c.routine.ID, Phase: string(c.routine.Phase), PainBefore: c.painBefore, PainReachBefore: c.reach}
		return c, goTo(StateSeekHelp, write(jqueue.RecordRedFlag{Start: start, Flag: flag}))
	case key.Matches(msg, k.Esc):
		return c, goTo(StateRedFlags)
	}
	return c, stay
}
