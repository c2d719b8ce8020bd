package views

import (
	"strings"
)

// SummaryLine is one exercise of the finished session.
type SummaryLine struct {
	Name string
	Done string // "3 × 10 reps", "6 × 20 s", "skipped"
	Full bool
}

// SummaryView is the screen after CheckOut.
type SummaryView struct {
	Routine    string
	Lines      []SummaryLine
	PainBefore string
	PainAfter  string
	Minutes    int
	Streak     int
	// Light is the traffic-light verdict: "green", "amber", "red", or ""
	// when pain after was not given.
	Light string
	// Save says how far the session is in the journal. When a save was
	// given up the frame's footer says so (Ctx.SaveErr) and this screen
	// claims nothing.
	Save SaveState
}

// SaveState is how far a finished session is in the journal.
type SaveState int

const (
	// Saved: the journal has confirmed every write of the session.
	Saved SaveState = iota
	// Saving: the last writes are on their way.
	Saving
	// SaveRetrying: a write failed and is being tried again.
	SaveRetrying
)

// SummaryScreen draws the summary.
func SummaryScreen(c Ctx, v SummaryView) string {
	var b strings.Builder
	b.WriteString(c.St.Subtitle.Render(v.Routine) + c.St.Muted.Render(" · "+c.Cat.N("summary.minutes", v.Minutes)) + "\n\n")
	for _, l := range v.Lines {
		mark := c.St.Good.Render("✓ ")
		if !l.Full {
			mark = c.St.Muted.Render("– ")
		}
		b.WriteString(mark + c.St.Text.Render(l.Name) + c.St.Muted.Render("  "+l.Done) + "\n")
	}
	b.WriteString("\n" + c.St.Subtitle.Render(c.Cat.T("summary.pain", "Before", v.PainBefore, "After", v.PainAfter)) + "\n")
	switch v.Light {
	case "green":
		b.WriteString(c.St.Good.Render(wrapBlock(c.Cat.T("summary.light_green"), c.Width-6)) + "\n")
	case "amber":
		b.WriteString(c.St.Warn.Render(wrapBlock(c.Cat.T("summary.light_amber"), c.Width-6)) + "\n")
	case "red":
		b.WriteString(c.St.Urgent.Render(wrapBlock("! "+c.Cat.T("summary.light_red"), c.Width-6)) + "\n")
	}
	b.WriteString("\n" + c.St.Text.Render(c.Cat.N("summary.streak", v.Streak)) + "\n")
	// Say only what is true: saved, still being saved, or (beside the
	// footer's "could not be saved") nothing about saving at all.
	saved := "summary.saved"
	switch {
	case c.SaveErr:
		saved = "summary.not_saved"
	case v.Save == SaveRetrying:
		saved = "summary.retrying"
	case v.Save == Saving:
		saved = "summary.saving"
	}
	b.WriteString(c.St.Muted.Render(wrapBlock(c.Cat.T(saved), c.Width-6)))
	return frame(c, c.Cat.T("summary.title"), b.String(), true)
}
