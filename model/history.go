package model

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/views"
)

// historyPage is the History screen's sub-model: the whole history laid
// out once (views.HistoryDocument) in a bubbles viewport, which scrolls it
// with its own key map.
type historyPage struct {
	vp viewport.Model
	// What the document was built from: it is built again only when the
	// history, its readiness or the width changes, never per frame.
	built []journal.Session
	ready bool
	width int
}

// update scrolls with the viewport's keys and leaves with esc or enter.
func (h historyPage) update(msg tea.KeyPressMsg, k KeyMap) (historyPage, transition) {
	if key.Matches(msg, k.Leave) {
		return h, goTo(StateHome)
	}
	h.vp.KeyMap = k.Pager // only the keys the help bar shows
	var cmd tea.Cmd
	h.vp, cmd = h.vp.Update(msg)
	return h, transition{cmd: cmd}
}

// scrolls reports whether the document is longer than the screen.
func (h historyPage) scrolls() bool { return h.vp.TotalLineCount() > h.vp.Height() }

// syncHistory builds History's document when what it shows has changed,
// and sizes the viewport to the room the screen leaves it.
func (m *Model) syncHistory() {
	h := &m.hist
	c := m.ctx0()
	if h.vp.Height() == 0 || h.width != m.width || h.ready != m.jr.historyReady || !sameSessions(h.built, m.jr.history) {
		doc := views.HistoryDocument(c, m.historyView())
		offset := h.vp.YOffset()
		h.vp = viewport.New(viewport.WithWidth(views.Widest(doc)), viewport.WithHeight(views.HistoryRoom(c)))
		h.vp.SetContentLines(doc)
		h.vp.SetYOffset(offset) // a reread keeps the place
		h.built, h.ready, h.width = m.jr.history, m.jr.historyReady, m.width
	}
	h.vp.SetHeight(views.HistoryRoom(c))
}

// sameSessions reports whether a and b are the same history (the same
// read of the journal), without comparing them session by session.
func sameSessions(a, b []journal.Session) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
