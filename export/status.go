package export

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/progress"
)

// StatusLine is the one line `rygtimer status` prints (without a line
// break), in the catalog's language:
//
//	back: done today ✓ · 4 days in a row
//	back: not done today · 3 days in a row · suggested: mobility
//	back: ⚠ see a doctor before exercising
//	back: ⚠ talk to a doctor soon · only gentle pain relief
//
// A doctor warning replaces everything else, worded by its tier (a sign to
// talk to a doctor about within days still allows the gentle phase, as
// Home says); a spreading trend adds "talk
// to your physiotherapist". The streak is left out at 0.
func StatusLine(st progress.Status, c *i18n.Catalog) string {
	parts := []string{}
	switch {
	case st.Warning != nil && st.Warning.Urgency == progress.UrgencySoon:
		return c.T("status.prefix") + ": " + c.T("status.see_doctor_soon")
	case st.Warning != nil:
		return c.T("status.prefix") + ": " + c.T("status.see_doctor")
	case st.DoneToday:
		parts = append(parts, c.T("status.done_today"))
	default:
		parts = append(parts, c.T("status.not_done"))
	}
	if st.Streak > 0 {
		parts = append(parts, c.N("status.streak", st.Streak))
	}
	if !st.DoneToday && st.SuggestedPhase != "" {
		phase := c.T("status.phase_" + strings.ReplaceAll(st.SuggestedPhase, "-", "_"))
		if strings.HasPrefix(phase, "!") {
			phase = st.SuggestedPhase
		}
		parts = append(parts, c.T("status.suggested", "Phase", phase))
	}
	if st.PainSpreading {
		parts = append(parts, c.T("status.spreading"))
	}
	return c.T("status.prefix") + ": " + strings.Join(parts, " · ")
}

// WriteStatusJSON writes `status --json`: one object with DESIGN §8's
// fields (done_today, sessions_today, streak, suggested_phase, warning —
// null or {"reason", "at", "red_flag", "urgency"}) and pain_spreading, on one line.
func WriteStatusJSON(w io.Writer, st progress.Status) error {
	return json.NewEncoder(w).Encode(st)
}
