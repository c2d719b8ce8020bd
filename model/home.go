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

func (m Model) onHomeKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.notices = nil // read: they were on this screen
	if m.menuMove(msg, len(HomeItems)) {
		return m, nil
	}
	if !key.Matches(msg, m.keys.Select) {
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
	m.infoPage = p
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

func (m Model) onPickKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.menuMove(msg, len(m.opts.Routines)) {
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Esc):
		return m, m.setState(StateHome)
	case key.Matches(msg, m.keys.Select) && len(m.opts.Routines) > 0:
		m.routine = m.opts.Routines[m.cursor]
		return m, m.toCheckIn()
	}
	return m, nil
}

// toCheckIn shows the precautions first until they were acknowledged once.
func (m *Model) toCheckIn() tea.Cmd {
	m.painBefore = nil
	m.painInput = 0
	m.lastDigit = ""
	if !m.acknowledged {
		return m.setState(StatePrecautions)
	}
	return m.setState(StateCheckIn)
}

// onPageKey scrolls a read-only page and leaves it with esc or enter.
func (m Model) onPageKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Up):
		if m.scroll > 0 {
			m.scroll--
		}
	case key.Matches(msg, m.keys.Down):
		if m.scroll < m.maxScroll() {
			m.scroll++
		}
	case key.Matches(msg, m.keys.Esc), key.Matches(msg, m.keys.Select):
		return m, m.setState(StateHome)
	}
	return m, nil
}

func (m Model) onHistoryKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	return m.onPageKey(msg)
}
