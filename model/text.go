package model

import (
	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/routines"
)

// Text from outside rygtimer (a routine file, the journal, an error about
// a file) reaches the screen and the window title only through these
// builders, cleaned of control characters. The loaders refuse such text
// already; this is the second line, for a routine built some other way
// or a journal written by something else.

// said is a routine text in the routine's language, cleaned.
func (m Model) said(t routines.Text) string { return termtext.Clean(t.In(m.routineLang())) }

// saidLines is a routine's list of texts (steps) in its language, cleaned.
func (m Model) saidLines(t routines.TextList) []string { return cleanAll(t.In(m.routineLang())) }

func cleanAll(in []string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = termtext.Clean(s)
	}
	return out
}
