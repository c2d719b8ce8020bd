package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Accessible mode (--accessible) is another view of the same state
// machine: nothing is drawn in place. Every change is printed once, in
// order, as plain lines above an empty frame, so a screen reader reads the
// session as it happens. The exercise loop prints its own short lines
// (announce_session.go); other screens are printed as their plain text
// when they appear, and afterwards only the lines that changed (the
// choice the cursor moved to, an answer given).

// accessibleView is the frame in accessible mode: empty, in the normal
// screen, so nothing is redrawn for a screen reader to read again.
func (m Model) accessibleView() tea.View {
	return tea.NewView("")
}

// The size screens are laid out at in accessible mode: wide enough that
// a sentence is rarely broken, tall enough that nothing is cut.
const (
	accessibleWidth  = 100
	accessibleHeight = 200
)

// selectedMark is how every screen marks the chosen line.
const selectedMark = "► "

// screenLines is the current screen as plain lines, in accessible mode
// only (drawing a screen just to throw it away is not free).
func (m *Model) screenLines() []string {
	if !m.opts.Accessible {
		return nil
	}
	if m.overlay.help {
		return m.accessibleHelp()
	}
	return plainLines(m.render())
}

// accessibleHelp is the help as one key a line ("x: stop: it hurts"):
// drawn in columns, a screen reader would read two keys run together.
func (m *Model) accessibleHelp() []string {
	lines := []string{m.cat.T("help.title")}
	for _, col := range m.helpKeys().FullHelp() {
		for _, b := range col {
			if b.Enabled() {
				lines = append(lines, b.Help().Key+": "+b.Help().Desc)
			}
		}
	}
	if m.opts.Hearing != nil {
		lines = append(lines, m.opts.Hearing())
	}
	return append(lines, m.cat.T("help.close"))
}

// screenChanged is what changed on a screen other than the exercise
// loop's: lines that are new, and the line the cursor moved to. A note
// being typed is left to the screen reader, which echoes the keys.
func (m *Model) screenChanged(prev Model) []string {
	if m.state == StateCheckOut && m.out.asking == askNote {
		return nil
	}
	return m.newLines(prev)
}

// newLines are the lines of the screen that were not on prev's, and the
// line the cursor moved to; in accessible mode only.
func (m *Model) newLines(prev Model) []string {
	if !m.opts.Accessible {
		return nil
	}
	before := map[string]bool{}
	for _, l := range plainLines(prev.render()) {
		before[l] = true
		before[strings.TrimPrefix(l, selectedMark)] = true
	}
	var out []string
	for _, l := range plainLines(m.render()) {
		moved := strings.HasPrefix(l, selectedMark) && !before[l]
		if moved || !before[strings.TrimPrefix(l, selectedMark)] {
			out = append(out, l)
		}
	}
	return out
}

// plainLines strips a drawn screen to its words: no colours, no
// indentation, no empty lines, no lines of only rules, bars or frames.
func plainLines(screen string) []string {
	var out []string
	for _, l := range strings.Split(ansi.Strip(screen), "\n") {
		// A frame's sides ("┃ Quit this session? ┃") are read aloud as
		// "heavy vertical line": only the words are kept.
		l = strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || isFrame(r) })
		if l == "" || onlyDrawing(l) {
			continue
		}
		l = strings.Join(strings.Fields(l), " ")
		if n := len(out); n > 0 && continues(out[n-1], l) {
			out[n-1] += " " + l // a sentence the screen wrapped
			continue
		}
		out = append(out, l)
	}
	return out
}

// continues: next is the rest of a sentence the screen wrapped after
// prev. Only a long line is wrapped; it ends without a full stop, and
// the next goes on with a word in lower case (not a key such as "n").
func continues(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	word, _, _ := strings.Cut(next, " ")
	return utf8.RuneCountInString(prev) >= wrappedAt && utf8.RuneCountInString(word) > 1 &&
		unicode.IsLower(first) && (unicode.IsLetter(last) || last == ',' || last == ';')
}

// wrappedAt: a line this long may have been wrapped (the screens'
// text is at most 80 wide, and a wrapped line is rarely much shorter).
const wrappedAt = 50

// onlyDrawing: the line has no letter or digit, only rules, frames and
// bars.
func onlyDrawing(l string) bool {
	for _, r := range l {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && !isBoxOrBlock(r) {
			return false
		}
	}
	return true
}

// isBoxOrBlock: box drawing, block elements and geometric shapes.
func isBoxOrBlock(r rune) bool { return r >= 0x2500 && r <= 0x25FF }

// isFrame: box drawing and block elements, without the geometric shapes
// that mark a choice ("► ") or a list ("● ").
func isFrame(r rune) bool { return r >= 0x2500 && r <= 0x259F }
