// Package tomlx reads rygtimer's hand-written TOML files (routines,
// settings) and reports every mistake in them at once, each at its
// file:line:column and in plain words for an author who is not a
// programmer: "line 12: unknown field hodl (did you mean hold?)" is the
// difference between a fix and a support call.
//
// go-toml/v2 does the TOML: its public decoder decides what is valid TOML
// (syntax, keys and tables defined twice, number ranges, dates). This
// package keeps only what that decoder cannot give:
//
//   - every mistake at once: go-toml stops at the first wrong type, and
//     its DisallowUnknownFields reports only unknown keys, so the checks of
//     types, ranges, missing and unknown fields are done here on a tree;
//   - positions for those checks: go-toml's DecodeError has one, but a
//     decoded value has none, so the tree records where each key and value
//     starts (read from go-toml's parser, once the document is known to be
//     valid; that parser is in its unstable package, which is why nothing
//     else of it is used and the tests pin the positions);
//   - columns that count characters rather than bytes, as editors do;
//   - plain words: "sets must be from 1 to 10, not 11", with a did-you-mean
//     for a misspelt field and a line to copy for a missing one;
//   - reading a file safely (ReadFile: regular files only, size limit) and
//     a cap on the errors kept (MaxErrors).
package tomlx

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Pos is a position in a file. Line and Col start at 1; Col counts
// characters, not bytes, so it matches what an editor shows on a line with
// Danish letters. The zero Pos means "no position".
type Pos struct {
	Line, Col int
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Kind is the type of a value.
type Kind uint8

const (
	Invalid Kind = iota
	String
	Integer
	Float
	Bool
	// DateTime is any of TOML's four date and time types; the raw text is
	// kept in Value.Str. Nothing in rygtimer takes a date, so decoders only
	// need to recognise one to reject it.
	DateTime
	Array
	Table
)

// String names the kind the way an error message for a file's author says
// what was found ("…, not a number").
func (k Kind) String() string {
	switch k {
	case String:
		return "text in quotes"
	case Integer, Float:
		return "a number"
	case Bool:
		return "true or false"
	case DateTime:
		return "a date or time"
	case Array:
		return "a list in [ ]"
	case Table:
		return "a table"
	}
	return "nothing"
}

// Value is one TOML value with the position where it starts: the first
// character of a scalar, the "[" of an array, the "[" of a table header,
// the "{" of an inline table, the first key of a table made by a dotted
// key, and 1:1 for the whole document.
type Value struct {
	Kind Kind
	Pos  Pos

	Str   string  // String; the raw text of a DateTime
	Int   int64   // Integer
	Float float64 // Float
	Bool  bool    // Bool
	// Items are the elements of an Array, including an array of tables.
	Items []*Value
	// Fields are the key/value pairs of a Table in the order they were
	// first written.
	Fields []*Field

	index map[string]*Field // Fields by key, so big tables stay fast
	// quoted is a String as written in the file, quotes and escapes
	// included, to find the column of one of its characters.
	quoted []byte
}

// charPos returns the position in the file of the character at index i
// (counted in characters) of a String's text. An escape such as \u001b
// is one character of the text but several of the file.
func (v *Value) charPos(i int) Pos {
	src, quotes := v.quoted, 1
	if len(src) >= 3 && (src[0] == src[1] && src[1] == src[2]) {
		quotes = 3
	}
	if len(src) < quotes {
		return v.Pos
	}
	literal := src[0] == '\''
	line, col, rest := v.Pos.Line, v.Pos.Col+quotes, src[quotes:]
	if quotes == 3 {
		// TOML drops a line break right after the opening quotes.
		if after, ok := bytes.CutPrefix(rest, []byte("\r\n")); ok {
			rest, line, col = after, line+1, 1
		} else if after, ok := bytes.CutPrefix(rest, []byte("\n")); ok {
			rest, line, col = after, line+1, 1
		}
	}
	for ; i > 0 && len(rest) > 0; i-- {
		size := escapeLen(rest, literal)
		if rest[0] == '\n' {
			line, col = line+1, 0
		}
		col += utf8.RuneCount(rest[:size])
		rest = rest[size:]
	}
	return Pos{Line: line, Col: col}
}

// escapeLen is the length in bytes of the character or escape that src
// starts with.
func escapeLen(src []byte, literal bool) int {
	if literal || src[0] != '\\' || len(src) < 2 {
		_, size := utf8.DecodeRune(src)
		return size
	}
	switch src[1] {
	case 'u':
		return min(6, len(src))
	case 'U':
		return min(10, len(src))
	case 'x':
		return min(4, len(src))
	}
	return 2
}

// Field is one key of a table with the position of the key itself (for
// "unknown field" errors) and its value.
type Field struct {
	Key   string
	Pos   Pos
	Value *Value
}

// Get returns the value of key in a table, or nil.
func (v *Value) Get(key string) *Value {
	if f := v.Field(key); f != nil {
		return f.Value
	}
	return nil
}

// Field returns the field key of a table, or nil.
func (v *Value) Field(key string) *Field {
	if v == nil || v.Kind != Table {
		return nil
	}
	if v.index != nil {
		return v.index[key]
	}
	for _, f := range v.Fields {
		if f.Key == key {
			return f
		}
	}
	return nil
}

// add appends a field to a table.
func (v *Value) add(f *Field) {
	if v.index == nil {
		v.index = make(map[string]*Field, len(v.Fields)+1)
		for _, g := range v.Fields {
			v.index[g.Key] = g
		}
	}
	v.Fields = append(v.Fields, f)
	v.index[f.Key] = f
}

// IsNumber reports whether v is an integer or a float.
func (v *Value) IsNumber() bool { return v.Kind == Integer || v.Kind == Float }
