package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/routines"
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

// menu is the sub-model of a menu screen (Home, PhasePick): its cursor.
type menu struct{ cursor int }

// homeUpdate moves over Home's items and opens the chosen one.
func (mn menu) homeUpdate(msg tea.KeyPressMsg, k KeyMap) (menu, transition) {
	var moved bool
	if mn.cursor, moved = menuMove(msg, k, mn.cursor, len(HomeItems)); moved || !key.Matches(msg, k.Select) {
		return mn, stay
	}
	info := func(p InfoPage) transition {
		t := goTo(StateInfo)
		t.page = p
		return t
	}
	switch HomeItems[mn.cursor] {
	case HomeStart:
		return mn, goTo(StatePhasePick)
	case HomeHistory:
		return mn, goTo(StateHistory, write(readHistory))
	case HomeFAQ:
		return mn, info(InfoFAQ)
	case HomeSeekHelp:
		return mn, info(InfoSeekHelp)
	case HomePrecautions:
		return mn, info(InfoPrecautions)
	case HomeAbout:
		return mn, info(InfoAbout)
	case HomeQuit:
		return mn, transition{quit: true}
	}
	return mn, stay
}

// pickUpdate chooses the routine; the check-in comes next (after the
// precautions until they were acknowledged once).
func (mn menu) pickUpdate(msg tea.KeyPressMsg, k KeyMap, rs []routines.Routine) (menu, transition) {
	var moved bool
	if mn.cursor, moved = menuMove(msg, k, mn.cursor, len(rs)); moved {
		return mn, stay
	}
	switch {
	case key.Matches(msg, k.Esc):
		return mn, goTo(StateHome)
	case key.Matches(msg, k.Select) && len(rs) > 0:
		t := goTo(StateCheckIn)
		t.chose = &rs[mn.cursor]
		return mn, t
	}
	return mn, stay
}

// menuMove moves a cursor over n items with the arrow keys.
func menuMove(msg tea.KeyPressMsg, k KeyMap, cursor, n int) (int, bool) {
	switch {
	case key.Matches(msg, k.Up):
		return max(cursor-1, 0), true
	case key.Matches(msg, k.Down):
		return max(min(cursor+1, n-1), 0), true
	}
	return cursor, false
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

// pageState is the read-only page on screen and how far it is scrolled
// (info pages, History, a long intro).
type pageState struct {
	info   InfoPage
	scroll int
}

// update scrolls a read-only page and leaves it with esc or enter.
func (p pageState) update(msg tea.KeyPressMsg, k KeyMap, maxScroll, rows int) (pageState, transition) {
	var scrolled bool
	if p, scrolled = p.scrollBy(msg, k, maxScroll, rows); scrolled {
		return p, stay
	}
	if key.Matches(msg, k.Leave) {
		return p, goTo(StateHome)
	}
	return p, stay
}

// scrollBy moves the scroll offset, never past the end, so extra presses
// at the end do not pile up unseen; rows is a page.
func (p pageState) scrollBy(msg tea.KeyPressMsg, k KeyMap, maxScroll, rows int) (pageState, bool) {
	switch {
	case key.Matches(msg, k.LineUp):
		p.scroll--
	case key.Matches(msg, k.LineDown):
		p.scroll++
	case key.Matches(msg, k.PageUp):
		p.scroll -= rows
	case key.Matches(msg, k.PageDown):
		p.scroll += rows
	default:
		return p, false
	}
	p.scroll = min(max(p.scroll, 0), maxScroll)
	return p, true
}
