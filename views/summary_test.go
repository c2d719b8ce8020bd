package views

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
)

// At the minimum window, a five-exercise summary with a long judgement
// and a note on how far the pain moved keeps every result whole and its
// last line (saved, press enter) on screen. (Five results that all wrap
// still do not fit: that needs a summary that scrolls.)
func TestSummaryFitsTheMinimum(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{i18n.EN, i18n.DA} {
		c := histCtx(lang, 60, 20)
		v := SummaryView{Routine: "Mobility", Minutes: 1, Streak: 1, PainBefore: "3", PainAfter: "5",
			Judgement: c.Cat.N("summary.pain_rose", 2, "Before", 3, "After", 5) + " " + c.Cat.T("summary.easier_phase"), Tone: ToneWarn,
			ReachTone: ToneWarn}
		v.Reach = c.Cat.T("reach.summary.spreading")
		// The session seen in tmux: one exercise cut short, four skipped.
		for _, name := range []string{"Pelvic tilt", "Seated lower-back stretch", "Knee-to-chest stretch", "Piriformis stretch", "Cobra (press-up)"} {
			v.Lines = append(v.Lines, SummaryLine{Name: name, Done: c.Cat.T("summary.skipped")})
		}
		v.Lines[1].Done = c.Cat.T("summary.hold_done", "Count", 1, "Secs", 5) + " · " + c.Cat.T("summary.cut_short")
		out := ansi.Strip(SummaryScreen(c, v))
		if !strings.Contains(out, c.Cat.T("summary.cut_short")) {
			t.Errorf("%s: a result lost its end:\n%s", lang, out)
		}
		if !strings.Contains(out, c.Cat.T("summary.saved")) {
			t.Errorf("%s: the last line is off screen:\n%s", lang, out)
		}
		for i, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > 60 {
				t.Errorf("%s: line %d is %d wide", lang, i+1, w)
			}
		}
	}
}
