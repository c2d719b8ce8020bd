package tomlx

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/rygtimer/rygtimer/internal/termtext"
)

// Error is one problem in a file, at a position.
type Error struct {
	File      string
	Line, Col int
	Msg       string
	// Omitted, when above 0, makes this entry stand for that many more
	// problems in File that were counted but not kept (see MaxErrors).
	Omitted int
}

// MaxErrors is how many problems an Errors keeps; past it, they are only
// counted. A screenful is enough to start fixing, and a hostile file with
// a million mistakes must not cost a million messages of memory.
const MaxErrors = 20

// Error formats the error as file:line:col: message, the form editors and
// terminals recognise; without a position (Line 0) it is file: message.
// File names and messages may quote the file, so control characters are
// made harmless before they reach a terminal.
func (e Error) Error() string {
	var s string
	switch {
	case e.Omitted > 0:
		s = fmt.Sprintf("%s: and %d more %s not shown; fix the ones above and check again", e.File, e.Omitted, plural(e.Omitted, "mistake", "mistakes"))
	case e.Line <= 0:
		s = fmt.Sprintf("%s: %s", e.File, e.Msg)
	default:
		s = fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return termtext.Clean(s)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Errors is every problem found in one or more files, at most MaxErrors
// of them and a count of the rest. Reporting them all at once saves the
// author a round trip per mistake.
type Errors []Error

// Error prints one error per line, sorted by file and position.
func (es Errors) Error() string {
	sorted := slices.Clone(es)
	sorted.sort()
	lines := make([]string, len(sorted))
	for i, e := range sorted {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// sort orders the errors by file, line and column (the count of omitted
// ones last in each file), keeping the order in
// which errors at the same place were found.
func (es Errors) sort() {
	slices.SortStableFunc(es, func(a, b Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(min(a.Omitted, 1), min(b.Omitted, 1)),
			cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}

// Err returns es sorted as an error, or nil when it is empty, so a function
// can end with `return errs.Err()` without returning a typed nil.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	out := slices.Clone(es)
	out.sort()
	return out
}

// Append adds err to es: the entries of an Errors (or of an Error) keep
// their positions; any other error is recorded for file without one.
func (es Errors) Append(file string, err error) Errors {
	if err == nil {
		return es
	}
	var list Errors
	if errors.As(err, &list) {
		for _, e := range list {
			es = es.add(e)
		}
		return es
	}
	var one Error
	if errors.As(err, &one) {
		return es.add(one)
	}
	return es.add(Error{File: file, Msg: err.Error()})
}

// add appends e while fewer than MaxErrors are kept, and otherwise counts
// it in its file's Omitted entry, so that collecting stays bounded.
func (es Errors) add(e Error) Errors {
	if e.Omitted == 0 && es.kept() < MaxErrors {
		return append(es, e)
	}
	n := max(e.Omitted, 1)
	for i := range es {
		if es[i].Omitted > 0 && es[i].File == e.File {
			es[i].Omitted += n
			return es
		}
	}
	return append(es, Error{File: e.File, Omitted: n})
}

// kept is the number of problems kept, not counting Omitted entries.
func (es Errors) kept() int {
	n := 0
	for _, e := range es {
		if e.Omitted == 0 {
			n++
		}
	}
	return n
}

func sprintf(format string, args ...any) string {
	if len(args) == 0 {
		return format
	}
	return fmt.Sprintf(format, args...)
}
