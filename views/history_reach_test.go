package views

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
)

// History marks how far the pain moved beside the pain, explains the
// marks once, and says how many exercises were skipped.
func TestHistoryShowsReachAndSkips(t *testing.T) {
	t.Parallel()
	p := journal.Pain
	up := histSession(3, 0, 8, 5, "mobility", journal.Completed, 14, p(5), p(3), "")
	up.PainReachBefore, up.PainReachAfter = journal.ReachBelowKnee, journal.ReachBack
	down := histSession(2, 1, 8, 5, "mobility", journal.Completed, 14, p(3), p(4), "")
	down.PainReachBefore, down.PainReachAfter = journal.ReachBack, journal.ReachFoot
	down.Steps = []journal.Step{{Exercise: "bridge", Skipped: true}, {Exercise: "tilt", Done: 10, Completed: true}}
	plain := histSession(1, 2, 8, 5, "mobility", journal.Completed, 14, p(3), p(2), "")
	for _, lang := range []string{i18n.EN, i18n.DA} {
		for _, w := range []int{80, 120} {
			c := histCtx(lang, w, 40)
			doc := ansi.Strip(strings.Join(HistoryDocument(c, History{Ready: true, Sessions: []journal.Session{up, down, plain}, Names: histNames(lang), Now: histNow}), "\n"))
			skipped := map[string]string{i18n.EN: "1 skipped", i18n.DA: "1 sprunget over"}[lang]
			for _, want := range []string{"5 → 3 ↑", "3 → 4 ↓", skipped, "↑ ", "↓ "} {
				if !strings.Contains(doc, want) {
					t.Errorf("%s %d: history lacks %q:\n%s", lang, w, want, doc)
				}
			}
			if strings.Contains(doc, "3 → 2 ↑") || strings.Contains(doc, "3 → 2 ↓") {
				t.Errorf("%s: a session without reach is marked", lang)
			}
			checkFits(t, strings.Join(HistoryDocument(c, History{Ready: true, Sessions: []journal.Session{up, down, plain}, Names: histNames(lang), Now: histNow}), "\n"), w, 1000)
		}
	}
}
