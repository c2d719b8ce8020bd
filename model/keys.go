package model

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"

	"github.com/rygtimer/rygtimer/i18n"
)

// KeyMap holds every binding of the app. It is built per model from the
// catalog (help texts are translated); activeKeys enables, per state, the
// bindings that work there. Handlers match only against that active map,
// so a key works exactly when the help bar shows it.
type KeyMap struct {
	Pain   key.Binding // x: stop for pain, matched before anything else
	Pause  key.Binding
	Next   key.Binding
	Finish key.Binding // → ends a hand-counted set early (enter counts)
	Back   key.Binding
	Skip   key.Binding
	Sound  key.Binding
	Help   key.Binding
	Quit   key.Binding
	// Interrupt is ctrl+c: quits (asking first in a session) wherever
	// the app is, even over the help or in the note.
	Interrupt key.Binding
	// Suspend is ctrl+z: pauses a running step and hands the terminal
	// back to the shell (fg returns); it works wherever the app is.
	Suspend  key.Binding
	Up       key.Binding
	Down     key.Binding
	Scroll   key.Binding // the scroll keys of a page, shown as one entry
	LineUp   key.Binding
	LineDown key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Select   key.Binding
	Esc      key.Binding
	Leave    key.Binding // esc or enter leaves a read-only page
	Yes      key.Binding
	No       key.Binding
	Digits   key.Binding
	Score    key.Binding // the arrows move a pain score
	Lower    key.Binding
	Higher   key.Binding
	Answer   key.Binding // 1–3: where the pain is, after a pain stop
	Count    key.Binding // enter counts a rep when the pace is manual
	// Reach answers how far the pain reaches (1–4); ReachPass (enter or
	// esc) leaves it unanswered.
	Reach, ReachPass key.Binding
	// Pass is esc on a question that may be left unanswered (pain
	// scores, the note): saved as not given, never as 0.
	Pass key.Binding
	// Pager is the key map of History's viewport; its Up binding stands
	// for all of them in the help bar.
	Pager viewport.KeyMap
}

func newKeyMap(c *i18n.Catalog) KeyMap {
	b := func(keys []string, shown, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(shown, help))
	}
	return KeyMap{
		Pain:      b([]string{"x", "X"}, "x", c.T("key.pain")),
		Pause:     b([]string{"space"}, c.T("key.space"), c.T("key.pause")),
		Next:      b([]string{"enter", "right"}, "enter/→", c.T("key.next")),
		Finish:    b([]string{"right"}, "→", c.T("key.finish")),
		Back:      b([]string{"left"}, "←", c.T("key.repeat")),
		Skip:      b([]string{"s", "S"}, "s", c.T("key.skip")),
		Sound:     b([]string{"m", "M"}, "m", c.T("key.sound")),
		Help:      b([]string{"?"}, "?", c.T("key.help")),
		Quit:      b([]string{"q", "Q"}, "q", c.T("key.quit")),
		Interrupt: b([]string{"ctrl+c"}, "ctrl+c", c.T("key.quit")),
		Suspend:   b([]string{"ctrl+z"}, "ctrl+z", c.T("key.suspend")),
		Up:        b([]string{"up", "k"}, "↑/k", c.T("key.up")),
		Down:      b([]string{"down", "j"}, "↓/j", c.T("key.down")),
		Scroll:    b([]string{"up", "down", "k", "j", "pgup", "pgdown"}, "↑/↓", c.T("key.scroll")),
		LineUp:    b([]string{"up", "k"}, "↑/k", c.T("key.scroll")),
		LineDown:  b([]string{"down", "j"}, "↓/j", c.T("key.scroll")),
		PageUp:    b([]string{"pgup"}, "pgup", c.T("key.scroll")),
		PageDown:  b([]string{"pgdown", "space"}, "pgdown", c.T("key.scroll")),
		Select:    b([]string{"enter"}, "enter", c.T("key.select")),
		Esc:       b([]string{"esc"}, "esc", c.T("key.back")),
		Leave:     b([]string{"esc", "enter"}, "esc", c.T("key.back")),
		Yes:       b([]string{"y", "Y", "j", "J"}, c.T("redflag.key_yes"), c.T("key.yes")), // shown as the screens offer it: da "j/y"
		No:        b([]string{"n", "N"}, "n", c.T("key.no")),
		Digits:    b([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, "0–9", c.T("key.digits")),
		Score:     b([]string{"left", "right", "up", "down", "h", "j", "k", "l"}, "←/→", c.T("key.score")),
		Lower:     b([]string{"left", "down", "h", "j"}, "←", c.T("key.score")),
		Higher:    b([]string{"right", "up", "l", "k"}, "→", c.T("key.score")),
		Answer:    b([]string{"1", "2", "3"}, "1–3", c.T("key.answer")),
		Count:     b([]string{"enter"}, "enter", c.T("key.count")),
		Reach:     b([]string{"1", "2", "3", "4"}, "1–4", c.T("key.answer")),
		ReachPass: b([]string{"enter", "esc"}, "enter/esc", c.T("key.pass")),
		Pass:      b([]string{"esc"}, "esc", c.T("key.pass")),
		Pager: viewport.KeyMap{
			Up:       b([]string{"up", "k"}, "↑/↓", c.T("key.scroll")),
			Down:     key.NewBinding(key.WithKeys("down", "j")),
			PageUp:   key.NewBinding(key.WithKeys("pgup")),
			PageDown: key.NewBinding(key.WithKeys("pgdown", "space")),
		},
	}
}

// binding names one binding of the KeyMap, so a state can list the keys
// that work in it.
type binding int

const (
	bPain binding = iota
	bPause
	bNext
	bFinish
	bBack
	bSkip
	bSound
	bHelp
	bQuit
	bInterrupt
	bUp
	bDown
	bScroll
	bSelect
	bEsc
	bLeave
	bYes
	bNo
	bDigits
	bScore
	bAnswer
	bCount
	bPass
	bPager
	bReach
	bReachPass
	bindingCount
)

func (k *KeyMap) ptrs(b binding) []*key.Binding {
	switch b {
	case bScore: // shown as one entry, matched as two
		return []*key.Binding{&k.Score, &k.Lower, &k.Higher}
	case bScroll:
		return []*key.Binding{&k.Scroll, &k.LineUp, &k.LineDown, &k.PageUp, &k.PageDown}
	case bPager:
		return []*key.Binding{&k.Pager.Up, &k.Pager.Down, &k.Pager.PageUp, &k.Pager.PageDown}
	}
	return []*key.Binding{[...]*key.Binding{&k.Pain, &k.Pause, &k.Next, &k.Finish, &k.Back, &k.Skip, &k.Sound, &k.Help,
		&k.Quit, &k.Interrupt, &k.Up, &k.Down, &k.Scroll, &k.Select, &k.Esc, &k.Leave, &k.Yes, &k.No, &k.Digits, nil,
		&k.Answer, &k.Count, &k.Pass, nil, &k.Reach, &k.ReachPass}[b]}
}

// saying returns k with enter (Select) and esc (Esc) described as the
// screen describes them, where "choose" and "back" would say otherwise.
func (k KeyMap) saying(enter, esc string) KeyMap {
	k.Select.SetHelp(k.Select.Help().Key, enter)
	k.Esc.SetHelp(k.Esc.Help().Key, esc)
	return k
}

// only returns a copy of the key map with just the given bindings enabled
// (and ctrl+c and ctrl+z, which always work).
func (k KeyMap) only(enabled ...binding) KeyMap {
	for b := binding(0); b < bindingCount; b++ {
		for _, p := range k.ptrs(b) {
			p.SetEnabled(false)
		}
	}
	for _, b := range enabled {
		for _, p := range k.ptrs(b) {
			p.SetEnabled(true)
		}
	}
	k.Interrupt.SetEnabled(true)
	k.Suspend.SetEnabled(true)
	return k
}

// Urgent is the key the help bar puts first, in its own style: the pain
// stop, so it is always the easiest to find.
func (k KeyMap) Urgent() key.Binding { return k.Pain }

// ShortHelp is the one-line help bar, after the urgent key.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Pause, k.Next, k.Count, k.Finish, k.Back, k.Skip, k.Digits, k.Score, k.Answer, k.Reach,
		k.Yes, k.No, k.Up, k.Down, k.Scroll, k.Pager.Up, k.Select, k.Pass, k.ReachPass, k.Esc, k.Leave, k.Help, k.Quit}
}

// FullHelp is the help screen behind ?: the keys of a session, then the
// keys of menus and questions. Two columns fit the smallest window the
// app draws in (60 columns) in both languages, where three did not.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Pain, k.Pause, k.Next, k.Count, k.Back, k.Skip, k.Sound, k.Help, k.Quit, k.Interrupt, k.Suspend},
		{k.Up, k.Down, k.Select, k.Esc, k.Digits, k.Pass, k.Yes, k.No},
	}
}
