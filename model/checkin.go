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
		if key.Matches(msg, k.No) && c.painBefore != nil && *c.painBefore >= highPain {
			return c, goTo(StatePainHigh)
		}
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

// startSession starts the session, or waits for the journal: doses and
// the precautions depend on it, and it may not have answered yet (a slow
// disk, a locked file); the session starts as soon as it does.
func startSession(journalReady bool) transition {
	if !journalReady {
		return transition{waitForJournal: true}
	}
	return goTo(StateExercise)
}

// backHome leaves for Home, which reads the journal again so it shows
// what was just recorded (a red flag, a stop).
func backHome() transition { return goTo(StateHome, write(readHistory)) }

func redFlagsUpdate(msg tea.KeyPressMsg, k KeyMap, journalReady bool) transition {
	switch {
	case key.Matches(msg, k.No):
		return startSession(journalReady)
	case key.Matches(msg, k.Yes):
		return goTo(StateRedFlagWhich)
	case key.Matches(msg, k.Esc):
		// esc on the check-in passes the pain question, so the way
		// back out of starting a session is here.
		return backHome()
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

// highPain is the check-in pain from which the app says so before a
// session: the fact sheet's traffic light says 6–10 means stop or modify.
const highPain = 7

// painHighUpdate is the choice after a high pain at check-in: pain relief
// instead (the first choice, when another phase was picked and one
// exists) or go on as picked; esc goes back to Home.
func (c checkIn) painHighUpdate(msg tea.KeyPressMsg, k KeyMap, rs []routines.Routine, journalReady bool) (checkIn, transition) {
	n := len(c.painHighChoices(rs))
	var moved bool
	if c.cursor, moved = menuMove(msg, k, c.cursor, n); moved {
		return c, stay
	}
	switch {
	case key.Matches(msg, k.Select):
		if n == 2 && c.cursor == 0 {
			c.routine, _ = gentleRoutine(rs)
		}
		return c, startSession(journalReady)
	case key.Matches(msg, k.Esc):
		return c, backHome()
	}
	return c, stay
}

// painHighChoices are the routines the high-pain screen offers, in
// order: pain relief first when another phase was picked, then the pick.
func (c checkIn) painHighChoices(rs []routines.Routine) []routines.Routine {
	if g, ok := gentleRoutine(rs); ok && c.routine.Phase != routines.PainRelief {
		return []routines.Routine{g, c.routine}
	}
	return []routines.Routine{c.routine}
}

// gentleRoutine is the pain-relief routine a sign of the soon tier still
// allows (a built-in before a custom one); false when there is none.
func gentleRoutine(rs []routines.Routine) (routines.Routine, bool) {
	found, ok := routines.Routine{}, false
	for _, r := range rs {
		if r.Phase != routines.PainRelief {
			continue
		}
		if !ok || r.Source == routines.BuiltIn {
			found, ok = r, true
		}
	}
	return found, ok
}

// offersGentle says the seek-help screen offers the gentle routine: the
// sign is of the soon tier, where staying active helps.
func (c checkIn) offersGentle(rs []routines.Routine) bool {
	_, ok := gentleRoutine(rs)
	return ok && c.seek.tier == TierSoon
}

// gentleUpdate is the choice after a sign of the soon tier: enter starts
// the pain-relief routine (the check-in's pain is kept), esc is not
// today.
func (c checkIn) gentleUpdate(msg tea.KeyPressMsg, k KeyMap, rs []routines.Routine, journalReady bool) (checkIn, transition) {
	switch {
	case key.Matches(msg, k.Select):
		c.routine, _ = gentleRoutine(rs)
		return c, startSession(journalReady)
	case key.Matches(msg, k.Esc):
		return c, backHome()
	}
	return c, stay
}
