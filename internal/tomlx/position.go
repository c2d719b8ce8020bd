package tomlx

import "sort"

// lines maps byte offsets of a document to line:column positions. A column
// counts characters, so counting from the start of the line for every value
// made a long line quadratic (a 349 KB file took seconds). Instead the
// number of characters before every chunk of the document is counted once,
// and a position counts at most one chunk.
type lines struct {
	data   []byte
	starts []int   // byte offset of the start of each line
	chars  []int32 // characters before each chunk of chunkSize bytes
}

const chunkSize = 64

func newLines(data []byte) lines {
	l := lines{data: data, starts: []int{0}, chars: make([]int32, 0, len(data)/chunkSize+1)}
	var n int32
	for i, c := range data {
		if i%chunkSize == 0 {
			l.chars = append(l.chars, n)
		}
		if c == '\n' {
			l.starts = append(l.starts, i+1)
		}
		if isCharStart(c) {
			n++
		}
	}
	return l
}

// isCharStart reports whether c begins a UTF-8 character rather than
// continuing one; a stray byte in invalid UTF-8 counts as a character, as
// utf8.RuneCount counts it.
func isCharStart(c byte) bool { return c&0xC0 != 0x80 }

// charsBefore returns the number of characters before offset.
func (l lines) charsBefore(offset int) int {
	c := offset / chunkSize
	if c >= len(l.chars) {
		c = len(l.chars) - 1
	}
	if c < 0 {
		return 0
	}
	n := int(l.chars[c])
	for _, b := range l.data[c*chunkSize : offset] {
		if isCharStart(b) {
			n++
		}
	}
	return n
}

// pos returns the position of the byte at offset; offsets past the end
// clamp to the end of the document.
func (l lines) pos(offset int) Pos {
	offset = max(0, min(offset, len(l.data)))
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > offset }) - 1
	return Pos{Line: i + 1, Col: l.charsBefore(offset) - l.charsBefore(l.starts[i]) + 1}
}

// at converts a line and a byte column, as go-toml reports them, to a
// position whose column counts characters.
func (l lines) at(line, byteCol int) Pos {
	if line < 1 || line > len(l.starts) {
		return Pos{Line: max(line, 1), Col: max(byteCol, 1)}
	}
	return l.pos(l.starts[line-1] + byteCol - 1)
}

// skipTrivia returns the offset of the next byte at or after off that is not
// whitespace, a newline, a separator ("=" or ",") or part of a comment. The
// parser has already checked the syntax, so this only finds where the next
// value starts or where a bracket closes; go-toml's AST does not record the
// position of arrays.
func skipTrivia(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',', '=':
			off++
		case '#':
			for off < len(data) && data[off] != '\n' {
				off++
			}
		default:
			return off
		}
	}
	return off
}

// headerStart walks back from the first key of a [table] or [[table]]
// header to its opening bracket.
func headerStart(data []byte, keyOff int) int {
	off := keyOff
	for off > 0 && (data[off-1] == ' ' || data[off-1] == '\t') {
		off--
	}
	for n := 0; n < 2 && off > 0 && data[off-1] == '['; n++ {
		off--
	}
	return off
}
