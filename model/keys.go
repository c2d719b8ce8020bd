package model

import (
	"charm.land/bubbles/v2/key"

	"github.com/rygtimer/rygtimer/i18n"
)

// KeyMap holds every binding of the app. It is built per model from the
// catalog (help texts are translated) and its bindings are enabled per
// state, so the help bar only ever shows keys that work right now.
type KeyMap struct {
	Pain   key.Binding // x: stop for pain, matched before anything else
	Pause  key.Binding
	Next   key.Binding
	Back   key.Binding
	Skip   key.Binding
	Sound  key.Binding
	Help   key.Binding
	Quit   key.Binding
	Up     key.Binding
	Down   key.Binding
	Select key.Binding
	Esc    key.Binding
	Yes    key.Binding
	No     key.Binding
	Digits key.Binding
	Count  key.Binding // enter counts a rep when the pace is manual
	// Pass is esc on a question that may be left unanswered (pain
	// scores, the note): saved as not given, never as 0.
	Pass key.Binding
}

func newKeyMap(c *i18n.Catalog) KeyMap {
	b := func(keys []string, shown, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(shown, help))
	}
	return KeyMap{
		Pain:   b([]string{"x", "X"}, "x", c.T("key.pain")),
		Pause:  b([]string{"space"}, c.T("key.space"), c.T("key.pause")),
		Next:   b([]string{"enter", "right"}, "enter/→", c.T("key.next")),
		Back:   b([]string{"left"}, "←", c.T("key.repeat")),
		Skip:   b([]string{"s", "S"}, "s", c.T("key.skip")),
		Sound:  b([]string{"m", "M"}, "m", c.T("key.sound")),
		Help:   b([]string{"?"}, "?", c.T("key.help")),
		Quit:   b([]string{"q", "Q", "ctrl+c"}, "q", c.T("key.quit")),
		Up:     b([]string{"up", "k"}, "↑/k", c.T("key.up")),
		Down:   b([]string{"down", "j"}, "↓/j", c.T("key.down")),
		Select: b([]string{"enter"}, "enter", c.T("key.select")),
		Esc:    b([]string{"esc"}, "esc", c.T("key.back")),
		Yes:    b([]string{"y", "Y", "j", "J"}, "y", c.T("key.yes")),
		No:     b([]string{"n", "N"}, "n", c.T("key.no")),
		Digits: b([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, "0–9", c.T("key.digits")),
		Count:  b([]string{"enter"}, "enter", c.T("key.count")),
		Pass:   b([]string{"esc"}, "esc", c.T("key.pass")),
	}
}

// binding names one binding of the KeyMap, so a state can list the keys
// that work in it.
type binding int

const (
	bPain binding = iota
	bPause
	bNext
	bBack
	bSkip
	bSound
	bHelp
	bQuit
	bUp
	bDown
	bSelect
	bEsc
	bYes
	bNo
	bDigits
	bCount
	bPass
	bindingCount
)

func (k *KeyMap) ptr(b binding) *key.Binding {
	return [...]*key.Binding{&k.Pain, &k.Pause, &k.Next, &k.Back, &k.Skip, &k.Sound, &k.Help, &k.Quit,
		&k.Up, &k.Down, &k.Select, &k.Esc, &k.Yes, &k.No, &k.Digits, &k.Count, &k.Pass}[b]
}

// only returns a copy of the key map with just the given bindings enabled.
func (k KeyMap) only(enabled ...binding) KeyMap {
	for b := binding(0); b < bindingCount; b++ {
		k.ptr(b).SetEnabled(false)
	}
	for _, b := range enabled {
		k.ptr(b).SetEnabled(true)
	}
	return k
}

// ShortHelp is the one-line help bar: the pain key first, so it is always
// the easiest to find.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Pain, k.Pause, k.Next, k.Count, k.Back, k.Skip, k.Digits, k.Yes, k.No,
		k.Up, k.Down, k.Select, k.Pass, k.Esc, k.Help, k.Quit}
}

// FullHelp is the help screen behind ?.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Pain, k.Pause, k.Next, k.Count, k.Back, k.Skip},
		{k.Up, k.Down, k.Select, k.Esc, k.Digits, k.Pass, k.Yes, k.No},
		{k.Sound, k.Help, k.Quit},
	}
}
