package tomlx

import (
	"sort"
	"unicode/utf8"
)

// lines maps byte offsets of a document to line:column positions.
type lines struct {
	data   []byte
	starts []int // byte offset of the start of each line
}

func newLines(data []byte) lines {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lines{data: data, starts: starts}
}

// pos returns the position of the byte at offset; offsets past the end
// clamp to the end of the document.
func (l lines) pos(offset int) Pos {
	offset = max(0, min(offset, len(l.data)))
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > offset }) - 1
	return Pos{Line: i + 1, Col: utf8.RuneCount(l.data[l.starts[i]:offset]) + 1}
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
