package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// HomeItem is one choice of the Home menu.
type HomeItem int

const (
	HomeStart HomeItem = iota
	HomeHistory
	HomeFAQ
	HomeSeekHelp
	HomePrecautions
	HomeAbout
	HomeQuit
)

// HomeItems in menu order.
var HomeItems = []HomeItem{HomeStart, HomeHistory, HomeFAQ, HomeSeekHelp, HomePrecautions, HomeAbout, HomeQuit}

// InfoPage is a read-only page reached from Home.
type InfoPage int

const (
	InfoFAQ InfoPage = iota
	InfoSeekHelp
	InfoPrecautions
	InfoAbout
)

func (m Model) onHomeKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	m.notices = nil // read: they were on this screen
	if m.menuMove(msg, k, len(HomeItems)) {
		return m, nil
	}
	if !key.Matches(msg, k.Select) {
		return m, nil
	}
	switch HomeItems[m.cursor] {
	case HomeStart:
		cmd := m.setState(StatePhasePick)
		m.cursor = m.recommendedIndex()
		return m, cmd
	case HomeHistory:
		return m, tea.Batch(m.setState(StateHistory), m.loadHistory())
	case HomeFAQ:
		return m.openInfo(InfoFAQ)
	case HomeSeekHelp:
		return m.openInfo(InfoSeekHelp)
	case HomePrecautions:
		return m.openInfo(InfoPrecautions)
	case HomeAbout:
		return m.openInfo(InfoAbout)
	case HomeQuit:
		return m, tea.Quit
	}
	return m, nil
}

func (m Model) openInfo(p InfoPage) (tea.Model, tea.Cmd) {
	m.page.info = p
	return m, m.setState(StateInfo)
}

// recommendedIndex puts the PhasePick cursor on the recommended routine.
func (m Model) recommendedIndex() int {
	rec := m.recommendation()
	want := rec.Phase
	if rec.Suggest != "" {
		want = rec.Suggest
	}
	for i, r := range m.opts.Routines {
		if r.Phase == want {
			return i
		}
	}
	return 0
}

func (m Model) onPickKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	if m.menuMove(msg, k, len(m.opts.Routines)) {
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Esc):
		return m, m.setState(StateHome)
	case key.Matches(msg, k.Select) && len(m.opts.Routines) > 0:
		m.sess.routine = m.opts.Routines[m.cursor]
		return m, m.toCheckIn()
	}
	return m, nil
}

// toCheckIn shows the precautions first until they were acknowledged once.
func (m *Model) toCheckIn() tea.Cmd {
	m.sess.painBefore = nil
	m.score.startAt(nil)
	if !m.jr.acknowledged {
		return m.setState(StatePrecautions)
	}
	return m.setState(StateCheckIn)
}

// onPageKey scrolls a read-only page and leaves it with esc or enter.
func (m Model) onPageKey(msg tea.KeyPressMsg, k KeyMap) (tea.Model, tea.Cmd) {
	if m.scrollKey(msg, k) {
		return m, nil
	}
	if key.Matches(msg, k.Leave) {
		return m, m.setState(StateHome)
	}
	return m, nil
}

// scrollKey moves the scroll offset of the page on screen, never past its
// end, so extra presses at the end do not pile up unseen.
func (m *Model) scrollKey(msg tea.KeyPressMsg, k KeyMap) bool {
	page := max(m.height-8, 1)
	switch {
	case key.Matches(msg, k.LineUp):
		m.page.scroll--
	case key.Matches(msg, k.LineDown):
		m.page.scroll++
	case key.Matches(msg, k.PageUp):
		m.page.scroll -= page
	case key.Matches(msg, k.PageDown):
		m.page.scroll += page
	default:
		return false
	}
	m.page.scroll = min(max(m.page.scroll, 0), m.maxScroll())
	return true
}
