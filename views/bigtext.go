package views

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// bigLetters extend the countdown's block font (bigGlyphs) to the words
// seen from the mat: the routines' movement cues and the sides, in English
// and Danish (Æ Ø Å). Five rows like the digits, most letters four columns
// wide so a seven-letter cue and a drawing fit side by side at 80
// columns; M N T V W X Y Æ Ø need five to stay readable. Only full and
// half blocks are used, so scaling and halving stay exact.
var bigLetters = map[rune][]string{
	'A':  {" ██ ", "█  █", "████", "█  █", "█  █"},
	'B':  {"███ ", "█  █", "███ ", "█  █", "███ "},
	'C':  {" ███", "█   ", "█   ", "█   ", " ███"},
	'D':  {"███ ", "█  █", "█  █", "█  █", "███ "},
	'E':  {"████", "█   ", "███ ", "█   ", "████"},
	'F':  {"████", "█   ", "███ ", "█   ", "█   "},
	'G':  {" ███", "█   ", "█ ██", "█  █", " ███"},
	'H':  {"█  █", "█  █", "████", "█  █", "█  █"},
	'I':  {"███", " █ ", " █ ", " █ ", "███"},
	'J':  {"  ██", "   █", "   █", "█  █", " ██ "},
	'K':  {"█  █", "█ █ ", "██  ", "█ █ ", "█  █"},
	'L':  {"█   ", "█   ", "█   ", "█   ", "████"},
	'M':  {"█   █", "██ ██", "█ █ █", "█   █", "█   █"},
	'N':  {"█   █", "██  █", "█ █ █", "█  ██", "█   █"},
	'O':  {" ██ ", "█  █", "█  █", "█  █", " ██ "},
	'P':  {"███ ", "█  █", "███ ", "█   ", "█   "},
	'Q':  {" ██ ", "█  █", "█  █", "█ █ ", " █ █"},
	'R':  {"███ ", "█  █", "███ ", "█ █ ", "█  █"},
	'S':  {" ███", "█   ", " ██ ", "   █", "███ "},
	'T':  {"█████", "  █  ", "  █  ", "  █  ", "  █  "},
	'U':  {"█  █", "█  █", "█  █", "█  █", " ██ "},
	'V':  {"█   █", "█   █", "█   █", " █ █ ", "  █  "},
	'W':  {"█   █", "█   █", "█ █ █", "██ ██", "█   █"},
	'X':  {"█   █", " █ █ ", "  █  ", " █ █ ", "█   █"},
	'Y':  {"█   █", " █ █ ", "  █  ", "  █  ", "  █  "},
	'Z':  {"████", "   █", " ██ ", "█   ", "████"},
	'Æ':  {" ████", "█ █  ", "█████", "█ █  ", "█ ███"},
	'Ø':  {" ███ ", "█  ██", "█ █ █", "██  █", " ███ "},
	'Å':  {" ▀▀ ", " ██ ", "█  █", "████", "█  █"},
	' ':  {"  ", "  ", "  ", "  ", "  "},
	'-':  {"   ", "   ", "███", "   ", "   "},
	'.':  {" ", " ", " ", " ", "█"},
	'!':  {"█", "█", "█", " ", "█"},
	'?':  {"███", "  █", " ██", "   ", " █ "},
	'\'': {"█", "█", " ", " ", " "},
}

// bigGlyph is the block-font glyph of r for words: a letter, or a digit
// of the countdown's font.
func bigGlyph(r rune) ([]string, bool) {
	if g, ok := bigLetters[r]; ok {
		return g, true
	}
	if g, ok := bigGlyphs[r]; ok && r != ':' {
		return g[:], true
	}
	return nil, false
}

// BigWord draws s upper-cased in the block font at a whole scale, one
// column between glyphs. ok is false when a character has no glyph: a
// word is drawn whole or not at all, never with letters left out.
func BigWord(s string, scale int) (lines []string, ok bool) {
	var rows [BigHeight]strings.Builder
	for i, r := range []rune(strings.ToUpper(s)) {
		g, ok := bigGlyph(r)
		if !ok {
			return nil, false
		}
		for j := range rows {
			if i > 0 {
				rows[j].WriteByte(' ')
			}
			rows[j].WriteString(g[j])
		}
	}
	lines = make([]string, BigHeight)
	for i := range rows {
		lines[i] = rows[i].String()
	}
	return scaleBlock(lines, scale), true
}

// bigWordWidth is how wide BigWord draws s at scale, 0 when it cannot.
func bigWordWidth(s string, scale int) int {
	lines, ok := BigWord(s, scale)
	if !ok {
		return 0
	}
	return lipgloss.Width(lines[0])
}

// Each text row of the font is two pixel rows: ▀ the upper, ▄ the lower,
// █ both. Scaling and halving work on those pixels, so a glyph with a
// half block (the ring of Å) scales as cleanly as a full one.
func pixels(lines []string) [][]bool {
	var px [][]bool
	for _, l := range lines {
		top, bottom := []bool{}, []bool{}
		for _, r := range l {
			top = append(top, r == '█' || r == '▀')
			bottom = append(bottom, r == '█' || r == '▄')
		}
		px = append(px, top, bottom)
	}
	return px
}

// blocks encodes pixel rows two to a text row.
func blocks(px [][]bool) []string {
	var out []string
	for i := 0; i < len(px); i += 2 {
		top := px[i]
		bottom := make([]bool, len(top))
		if i+1 < len(px) {
			bottom = px[i+1]
		}
		var b strings.Builder
		for j := range top {
			switch {
			case top[j] && bottom[j]:
				b.WriteRune('█')
			case top[j]:
				b.WriteRune('▀')
			case bottom[j]:
				b.WriteRune('▄')
			default:
				b.WriteByte(' ')
			}
		}
		out = append(out, b.String())
	}
	return out
}

// scaleBlock enlarges block-font lines by a whole factor across and down.
func scaleBlock(lines []string, scale int) []string {
	if scale <= 1 {
		return lines
	}
	var out [][]bool
	for _, row := range pixels(lines) {
		wide := make([]bool, 0, len(row)*scale)
		for _, p := range row {
			for range scale {
				wide = append(wide, p)
			}
		}
		for range scale {
			out = append(out, wide)
		}
	}
	return blocks(out)
}

// halfBlock draws full-block lines at half their height, two rows to a
// row in half blocks: five-row digits become three, smaller than a word
// beside them yet still readable from the mat.
func halfBlock(lines []string) []string {
	var px [][]bool
	for i, row := range pixels(lines) {
		if i%2 == 0 { // each text row once: its upper pixel row
			px = append(px, row)
		}
	}
	return blocks(px)
}
