package model

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/views"
)

// noteLimit keeps the note to one line.
const noteLimit = 120

// The check-out's questions, in the order asked.
const (
	askPain = iota
	askReach
	askNote
)

// checkOut is the sub-model of the way out of a session: pain now, how
// far it reaches, then an optional note. Its answers go into the session's end (finishOp).
type checkOut struct {
	asking    int // askPain, askReach, askNote
	score     scoreInput
	painAfter *int
	reach     journal.Reach
	// leaving: the patient quit the session (q, y); the check-out is
	// offered before the app ends, and esc leaves at once.
	leaving bool
	note    textinput.Model
}

// newCheckOut starts the check-out with no score chosen: the pain before
// is not offered, so enter cannot record it by accident.
func newCheckOut(width int) checkOut {
	return checkOut{note: newNoteInput(width)}
}

// newNoteInput is the one-line note field: a bubbles textinput with a
// steady cursor (no blink timer to schedule), scrolling within its width,
// taking pastes.
func newNoteInput(width int) textinput.Model {
	ti := textinput.New()
	ti.Prompt = ""
	ti.CharLimit = noteLimit
	st := ti.Styles()
	st.Cursor.Blink = false
	ti.SetStyles(st)
	ti.SetWidth(noteFieldWidth(width))
	return ti
}

// noteFieldWidth is the text field's width inside the note's box. The
// bubbles textinput draws one cell more than its width (the cursor after
// the last letter, or one letter more once it scrolls back to the start),
// so it gets one less than the box holds: the box never wraps to two lines.
func noteFieldWidth(window int) int {
	return max(views.NoteWidth(window)-1, 1)
}

// update asks pain now and then the note; a paste goes to the note.
func (c checkOut) update(msg tea.Msg, k KeyMap) (checkOut, transition) {
	kp, isKey := msg.(tea.KeyPressMsg)
	switch {
	case c.leaving && isKey && key.Matches(kp, k.Pass):
		c.note.Reset()
		return c, c.done()
	case c.asking == askPain && isKey:
		return c.painNow(kp, k)
	case c.asking == askReach && isKey:
		return c.reachNow(kp, k)
	case isKey && key.Matches(kp, k.Select):
		return c, c.done()
	case isKey && key.Matches(kp, k.Pass):
		c.note.Reset()
		return c, c.done()
	case c.asking == askNote:
		var cmd tea.Cmd
		c.note, cmd = c.note.Update(msg)
		return c, transition{cmd: cmd}
	}
	return c, stay
}

func (c checkOut) painNow(msg tea.KeyPressMsg, k KeyMap) (checkOut, transition) {
	var ok bool
	if c.score, ok = c.score.update(msg, k); ok {
		return c, stay
	}
	switch {
	case key.Matches(msg, k.Select):
		if !c.score.chosen {
			c.score.nudged = true
			return c, stay
		}
		c.painAfter = intPtr(c.score.value)
	case key.Matches(msg, k.Pass):
		c.painAfter = nil
	default:
		return c, stay
	}
	c.asking = askReach
	return c, stay
}

func (c checkOut) reachNow(msg tea.KeyPressMsg, k KeyMap) (checkOut, transition) {
	r, done := reachAnswer(msg, k)
	if !done {
		return c, stay
	}
	c.reach, c.asking = r, askNote
	return c, transition{cmd: c.note.Focus()}
}

// checkOutTitle praises only a session in which something was done: one
// with every exercise skipped is asked about the back plainly.
func (m Model) checkOutTitle() string {
	if m.sess.didSomething() && !m.out.leaving {
		return m.cat.T("checkout.title")
	}
	return m.cat.T("checkout.title_plain")
}

// done saves the answers: on to the summary, or out of the app when the
// patient was quitting.
func (c checkOut) done() transition {
	if c.leaving {
		return transition{writes: []entry{saveAnswers()}, quit: true}
	}
	return toSummary()
}

// toSummary saves pain after and the note with the session's end, then
// reloads the history so the summary's streak counts today.
func toSummary() transition {
	return goTo(StateSummary, saveAnswers(), write(readHistory))
}

// summaryUpdate leaves the summary for Home.
func summaryUpdate(msg tea.KeyPressMsg, k KeyMap) transition {
	if key.Matches(msg, k.Select, k.Esc) {
		return goTo(StateHome)
	}
	return stay
}

// leavingCheckOutKeys are the check-out's keys after quitting a session:
// esc leaves at once from every question, so enter alone passes one.
func (m Model) leavingCheckOutKeys() KeyMap {
	k := m.keys
	k.Pass.SetHelp("esc", m.cat.T("key.quit"))
	k.ReachPass.SetKeys("enter")
	k.ReachPass.SetHelp("enter", m.cat.T("key.pass"))
	switch m.out.asking {
	case askPain:
		return k.only(bDigits, bScore, bSelect, bPass)
	case askReach:
		return k.only(bReach, bReachPass, bPass)
	}
	return k.only(bSelect, bPass)
}
