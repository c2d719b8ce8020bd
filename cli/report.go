package cli

import (
	"github.com/rygtimer/rygtimer/export"
	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

// htmlReport assembles the physiotherapist's page: the period's sessions
// ss, and the routines used in them with their doses now, replayed from
// the whole journal all (the period alone would start the progression
// from its middle). The doses are worded as the app and `routines show`
// word them.
func htmlReport(e env, o exportOptions, ss, all []journal.Session) export.HTMLReport {
	custom := e.customRoutines()
	cat := i18n.New(o.lang)
	var rds []export.RoutineDoses
	for _, r := range routinesUsed(ss, custom) {
		doses, _ := progress.Doses(all, r)
		rds = append(rds, export.RoutineDoses{Routine: r, Doses: doses})
	}
	return export.HTMLReport{
		Sessions: ss,
		Now:      e.now(),
		From:     o.since,
		Lang:     o.lang,
		Names:    exportNames(o.lang, custom),
		Routines: rds,
		DoseText: func(ex routines.Exercise, d routines.Doses) string { return views.DoseText(cat, ex, d) },
	}
}

// routinesUsed is every known routine used in ss, the most recently used
// first. A routine that is no longer known (a custom file since removed)
// has no doses to show and is left out.
func routinesUsed(ss []journal.Session, custom []routines.Routine) []routines.Routine {
	var out []routines.Routine
	seen := map[string]bool{}
	for _, s := range journal.NewestFirst(ss) {
		if seen[s.Routine] || s.Outcome == journal.RedFlag {
			continue
		}
		seen[s.Routine] = true
		if r, ok := routines.Find(s.Routine, custom); ok {
			out = append(out, r)
		}
	}
	return out
}
