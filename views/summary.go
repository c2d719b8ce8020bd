package views

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// SummaryLine is one exercise of the finished session.
type SummaryLine struct {
	Name string
	Done string // "3 × 10 reps", "6 × 20 s", "skipped"
	Full bool
}

// SummaryView is the screen after CheckOut.
type SummaryView struct {
	// Title is the heading; "" is "Session finished".
	Title      string
	Routine    string
	Lines      []SummaryLine
	PainBefore string
	PainAfter  string
	Minutes    int
	Streak     int
	// Judgement is what the change in pain means, drawn in Tone (one of
	// the Tone constants); empty when pain after was not given.
	Judgement, Tone string
	// Reach says how far the pain moved (up towards the back, down the
	// leg), drawn in ReachTone; empty when not known.
	Reach, ReachTone string
	// Save says how far the session is in the journal. When a save was
	// given up the frame's footer says so (Ctx.SaveErr) and this screen
	// claims nothing.
	Save SaveState
}

// Tones of a judgement: the fact sheet's traffic light.
const (
	ToneGood   = "good"
	ToneWarn   = "warn"
	ToneUrgent = "urgent"
)

// toneStyle is the style of a judgement's tone; plain text for none.
func toneStyle(c Ctx, tone string) lipgloss.Style {
	switch tone {
	case ToneGood:
		return c.St.Good
	case ToneWarn:
		return c.St.Warn
	case ToneUrgent:
		return c.St.Urgent
	}
	return c.St.Text
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

// SummaryScreen draws the summary. At the minimum window a long session
// and a long judgement do not fit: each exercise's result goes under its
// name when the line is too wide, and blank lines go before any text, so
// the last line (saved, press enter) stays on screen.
func SummaryScreen(c Ctx, v SummaryView) string {
	var b strings.Builder
	b.WriteString(c.St.Subtitle.Render(v.Routine) + c.St.Muted.Render(" · "+c.Cat.N("summary.minutes", v.Minutes)) + "\n\n")
	for _, l := range v.Lines {
		mark := c.St.Good.Render("✓ ")
		if !l.Full {
			mark = c.St.Muted.Render("– ")
		}
		sep := "  "
		if lipgloss.Width("– "+l.Name+"  "+l.Done) > c.blockTextWidth() {
			sep = "\n    "
		}
		b.WriteString(mark + c.St.Text.Render(l.Name) + c.St.Muted.Render(sep+l.Done) + "\n")
	}
	b.WriteString("\n" + c.St.Subtitle.Render(c.Cat.T("summary.pain", "Before", v.PainBefore, "After", v.PainAfter)) + "\n")
	for _, j := range [][2]string{{v.Judgement, v.Tone}, {v.Reach, v.ReachTone}} {
		if j[0] != "" {
			b.WriteString(toneStyle(c, j[1]).Render(wrapBlock(j[0], c.Width-6)) + "\n")
		}
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
	room := c.Height - len(c.frameBottom(true)) - 2 // the title and its blank line
	title := v.Title
	if title == "" {
		title = c.Cat.T("summary.title")
	}
	return frame(c, title, dropBlankLines(b.String(), room), true)
}

// dropBlankLines removes blank lines, from the bottom up, until body fits
// in room lines (or has none left to remove).
func dropBlankLines(body string, room int) string {
	lines := strings.Split(body, "\n")
	for i := len(lines) - 1; i >= 0 && len(lines) > room; i-- {
		if strings.TrimSpace(lines[i]) == "" {
			lines = append(lines[:i], lines[i+1:]...)
		}
	}
	return strings.Join(lines, "\n")
}
