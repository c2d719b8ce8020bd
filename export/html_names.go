package export

import (
	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/routines"
)

// The plain… names are the Markdown report's names without its Markdown
// escaping: the HTML page is escaped by html/template instead, and
// cleaned of control characters here.

func (r *report) plainName(name func(string) string, id string) string {
	if name != nil {
		if n := name(id); n != "" {
			return termtext.Clean(n)
		}
	}
	return termtext.Clean(id)
}

func (r *report) plainRoutine(s journal.Session) string {
	if r.names.Routine != nil {
		if n := r.names.Routine(s.Routine); n != "" {
			return termtext.Clean(n)
		}
	}
	if p := routines.Phase(s.Routine); p.Valid() {
		return r.phase(p)
	}
	return termtext.Clean(s.Routine)
}

func (r *report) plainExercise(id string) string { return r.plainName(r.names.Exercise, id) }

func (r *report) plainWhere(w string) string {
	switch w {
	case journal.PainBack, journal.PainLeg, journal.PainNerve, "":
		return r.where(w)
	}
	return termtext.Clean(w)
}

// plainReach is how far the pain reached, before → after with its
// movement, "" when not answered.
func (r *report) plainReach(s journal.Session) string { return r.reachFact(s) }
