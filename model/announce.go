package model

import (
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/speech"
)

// A patient lying on the mat cannot watch the screen, so every change
// that matters is also announced: spoken by a speech program, marked by a
// chime, and in accessible mode printed as a plain line for a screen
// reader. The model only decides what to announce; an Announcer (the
// speech engine and the printer, made in package cli) carries it out.

// Announcer receives the announcements in the order the model made them:
// seq counts up by one per announcement, and commands may run in any
// order, so the announcer puts them back in seq order (an older cue must
// never cut off a newer one). Announce must return at once.
type Announcer interface {
	Announce(seq uint64, a Announcement)
}

// Announcement is what one change makes heard and printed.
type Announcement struct {
	// Lang is the language of Say, "en" or "da".
	Lang string
	// Say is the sentence for the ear; "" says nothing new.
	Say string
	// Chime, when HasChime, is the tone for this moment.
	Chime    speech.Chime
	HasChime bool
	// Lines are printed, in order, in accessible mode.
	Lines []string
	// Mute and Unmute switch speech and chimes off or on (m), before
	// anything else in this announcement happens.
	Mute, Unmute bool
}

func (a Announcement) empty() bool {
	return a.Say == "" && !a.HasChime && len(a.Lines) == 0 && !a.Mute && !a.Unmute
}

// chime sets the announcement's tone; a more telling tone wins over a
// plainer one falling on the same moment (the session's end over a
// hold's end).
func (a *Announcement) chime(c speech.Chime) {
	if !a.HasChime || chimeRank(c) > chimeRank(a.Chime) {
		a.Chime, a.HasChime = c, true
	}
}

func chimeRank(c speech.Chime) int {
	switch c {
	case speech.SessionEnd:
		return 3
	case speech.SideSwitch:
		return 2
	case speech.RestEnd:
		return 1
	}
	return 0
}

// announce turns a into a command for the announcer. Without an
// announcer (tests, or a build without sound) a chime still rings the
// terminal bell while the sound is on, as it always did.
func (m *Model) announce(a Announcement) tea.Cmd {
	if a.empty() {
		return nil
	}
	if m.opts.Announcer == nil {
		if a.HasChime && m.sound {
			return bell()
		}
		return nil
	}
	a.Lang = m.cat.Lang()
	m.heardSeq++
	seq, to := m.heardSeq, m.opts.Announcer
	return func() tea.Msg {
		to.Announce(seq, a)
		return nil
	}
}

func bell() tea.Cmd { return tea.Raw("\a") }

// noticeChanges compares the model before a message (prev) with the one
// after it and announces what changed that a patient must hear or a
// screen reader must read. Deriving the announcements from the change,
// rather than from each key and tick that causes it, keeps one place that
// knows what is said, whatever path the state machine took.
func (m *Model) noticeChanges(prev Model) tea.Cmd {
	var a Announcement
	switch {
	case m.sound != prev.sound:
		a = m.soundChanged()
	case m.state != prev.state:
		a = m.stateChanged(prev)
	case m.overlay.help != prev.overlay.help || m.overlay.quit != prev.overlay.quit:
		// The help or the quit prompt opened: print it. The prompt
		// stands over a screen already read, so only its own lines are
		// printed. Closing either prints nothing here; a clock going on
		// again says so below.
		switch {
		case m.overlay.help:
			a.Lines = m.screenLines()
		case m.overlay.quit:
			a.Lines = m.newLines(prev)
		case m.state == StateExercise:
			a = m.sessionChanged(prev)
		}
	case m.state == StateExercise:
		a = m.sessionChanged(prev)
	case m.state == StatePainStop && m.stop.where != prev.stop.where:
		a = m.painAnswered(prev)
	default:
		a.Lines = m.screenChanged(prev)
	}
	return m.announce(a)
}

// soundChanged: m mutes at once, in silence; unmuting says so, so the
// patient knows the voice is back.
func (m *Model) soundChanged() Announcement {
	if !m.sound {
		return Announcement{Mute: true, Lines: m.lines(m.cat.T("line.sound_off"))}
	}
	return Announcement{Unmute: true, Say: m.cat.T("speech.unmuted"), Lines: m.lines(m.cat.T("line.sound_on"))}
}

// stateChanged announces a new screen: the session's first step, its
// end, the pain stop; in accessible mode every new screen is printed.
func (m *Model) stateChanged(prev Model) Announcement {
	var a Announcement
	switch {
	case m.state == StateExercise:
		a = m.stepAnnouncement(nil)
	case prev.state == StateExercise && m.state == StateCheckOut && m.sess.idx >= len(m.sess.plan):
		a = m.sessionEnded(prev)
		a.Lines = append(a.Lines, m.screenLines()...)
	case m.state == StatePainStop:
		a.Say = m.cat.T("speech.stopped") + " " + m.cat.T("painstop.guide.now")
		a.Lines = m.screenLines()
	default:
		a.Lines = m.screenLines()
	}
	return a
}

// sessionEnded is the end of the last step and of the session.
func (m *Model) sessionEnded(prev Model) Announcement {
	var a Announcement
	if m.sess.endedFull {
		st := prev.step()
		a = m.endOf(st, nil)
	}
	// Praise only what was done: a session of skipped exercises ends
	// "Nothing done this time" on the summary, and the voice agrees.
	done := "speech.session_done"
	if len(m.sess.records) == 0 || progress.NothingDone(journal.Session{Steps: m.sess.records}) {
		done = "speech.session_nothing"
	}
	a.Say = joinSaid(a.Say, m.cat.T(done))
	a.Lines = append(a.Lines, m.lines(m.cat.T("line.session_done"))...)
	a.chime(speech.SessionEnd)
	return a
}

// painAnswered says the first line of the advice for the answer given on
// the pain-stop screen; it cuts off the guidance still being said, which
// is right: the answer is the patient's own case.
func (m *Model) painAnswered(prev Model) Announcement {
	a := Announcement{Lines: m.screenChanged(prev)}
	switch TierFor(m.stop.where) {
	case TierNow, TierEmergency:
		a.Say = m.cat.T("seekhelp.now.heading") + ". " + m.cat.T("seekhelp.do_not_wait")
	case TierSoon:
		a.Say = m.cat.T("painstop.leg.no_repeat")
	default:
		a.Say = m.cat.T("painstop.back.rest")
	}
	return a
}
