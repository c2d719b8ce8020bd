package main

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/parser"
)

// textStream turns the raw bytes a program writes to its terminal into the
// text it shows, one chunk at a time. It is ansi.Strip with its state kept
// between chunks, because a pty read may end in the middle of an escape
// sequence or a multi-byte rune and a marker must still be found the moment
// its last byte arrives.
type textStream struct {
	state    parser.State
	runeLen  int // bytes of the current multi-byte rune
	runeSeen int // of which this many are collected
	pending  []byte
}

// write returns the printable text in chunk, given everything before it.
func (s *textStream) write(chunk []byte) string {
	var out []byte
	for _, b := range chunk {
		if s.state == parser.Utf8State {
			s.pending = append(s.pending, b)
			s.runeSeen++
			if s.runeSeen < s.runeLen {
				continue
			}
			out = append(out, s.pending...)
			s.pending, s.state, s.runeSeen, s.runeLen = s.pending[:0], parser.GroundState, 0, 0
			continue
		}
		next, action := parser.Table.Transition(s.state, b)
		switch action {
		case parser.CollectAction:
			if next == parser.Utf8State {
				s.runeLen = utf8ByteLen(b)
				s.pending = append(s.pending[:0], b)
				s.runeSeen = 1
			}
		case parser.PrintAction, parser.ExecuteAction:
			out = append(out, b)
		}
		s.state = next
	}
	return string(out)
}

// utf8ByteLen is the length of the UTF-8 sequence that starts with b.
func utf8ByteLen(b byte) int {
	switch {
	case b >= 0xF0:
		return 4
	case b >= 0xE0:
		return 3
	case b >= 0xC0:
		return 2
	}
	return 1
}

// squeeze drops every space and control character. Bubble Tea's renderer
// writes only the cells that changed and skips runs of blanks with cursor
// moves, so the words of a line reach the terminal without the spaces
// between them; markers are therefore compared squeezed.
func squeeze(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return -1
		}
		return r
	}, text)
}

// visibleText is the squeezed text of a complete byte stream; the tests use
// it to check textStream against ansi.Strip.
func visibleText(raw string) string { return squeeze(ansi.Strip(raw)) }
