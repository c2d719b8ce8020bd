package tomlx

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Error is one problem in a file, at a position.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

// Error formats the error as file:line:col: message, the form editors and
// terminals recognise; without a position (Line 0) it is file: message.
func (e Error) Error() string {
	switch {
	case e.Line <= 0:
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	default:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
}

// Errors is every problem found in one or more files. Reporting them all
// at once saves the author a round trip per mistake.
type Errors []Error

// Error prints one error per line, sorted by file and position.
func (es Errors) Error() string {
	sorted := slices.Clone(es)
	sorted.Sort()
	lines := make([]string, len(sorted))
	for i, e := range sorted {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Sort orders the errors by file, line and column, keeping the order in
// which errors at the same place were found.
func (es Errors) Sort() {
	slices.SortStableFunc(es, func(a, b Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}

// Err returns es sorted as an error, or nil when it is empty, so a function
// can end with `return errs.Err()` without returning a typed nil.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	out := slices.Clone(es)
	out.Sort()
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
		return append(es, list...)
	}
	var one Error
	if errors.As(err, &one) {
		return append(es, one)
	}
	return append(es, Error{File: file, Msg: err.Error()})
}

func sprintf(format string, args ...any) string {
	if len(args) == 0 {
		return format
	}
	return fmt.Sprintf(format, args...)
}
