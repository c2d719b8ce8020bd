// Package termtext keeps text that comes from outside rygtimer (routine
// files, file names, notes, config) from acting on the terminal. A routine
// file is written by someone else; a control character in it (ESC, BEL, the
// C1 range U+0080–U+009F) could retitle the window, write the clipboard,
// clear the screen or leave the alternate screen if printed raw.
//
// Loaders refuse such text with a position (see FirstControl); whatever
// reaches a terminal anyway goes through Clean.
package termtext

import (
	"strings"
	"unicode"
)

// IsControl reports whether r is a control character: C0 (including ESC,
// BEL, tab and newlines), DEL, or C1 (U+0080–U+009F, which some terminals
// take as CSI, OSC and DCS on their own).
func IsControl(r rune) bool { return unicode.IsControl(r) }

// FirstControl returns the index, counted in runes, of the first control
// character in s, or -1 when there is none. Loaders turn it into a column.
func FirstControl(s string) int {
	i := 0
	for _, r := range s {
		if IsControl(r) {
			return i
		}
		i++
	}
	return -1
}

// Clean returns s with every control character replaced by U+FFFD, so the
// text still shows where something was taken out but nothing reaches the
// terminal as a command. Text without control characters comes back as it
// is, without allocating.
func Clean(s string) string {
	if FirstControl(s) < 0 && strings.ToValidUTF8(s, "") == s {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if IsControl(r) {
			b.WriteRune('\uFFFD')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// CleanLines is Clean for text that may keep its line breaks (a note shown
// over several lines): "\n" stays, every other control character goes.
func CleanLines(s string) string {
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = Clean(p)
	}
	return strings.Join(parts, "\n")
}
