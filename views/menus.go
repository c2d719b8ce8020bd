package views

import (
	"strings"
)

// HomeView is the Home screen.
type HomeView struct {
	Today       string // the date, in words
	DoneToday   bool
	Streak      int
	Week        int
	Recommended string // the phase's name
	Reason      string // why, in words
	Suggest     string // a gentle suggestion to move phase, or ""
	// Warning stands in place of the recommendation while the journal
	// says to see a doctor first; Urgent when that is today. Recommended
	// is "" when no phase is suggested at all.
	Warning string
	Urgent  bool
	Last    string // the last session in words, or ""
	Items   []string
	Cursor  int
	Notices []string
	Ready   bool // the journal has answered
}

// PickItem is one routine on the PhasePick screen.
type PickItem struct {
	Name        string
	Exercises   []string
	Minutes     int
	Custom      bool
	Recommended bool
	// Description is shown under the selected routine (the pain-relief
	// routine says there which direction to skip).
	Description string
}

// PickView is the PhasePick screen.
type PickView struct {
	Items  []PickItem
	Cursor int
}

// menu draws items with a marker on the selected one (bold and marked, so
// it reads without colour).
func menu(c Ctx, items []string, cursor int) string {
	var b strings.Builder
	for i, it := range items {
		if i == cursor {
			b.WriteString(c.St.Selected.Render("► " + it))
		} else {
			b.WriteString(c.St.Text.Render("  " + it))
		}
		b.WriteString("\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// HomeScreen draws Home.
func HomeScreen(c Ctx, v HomeView) string {
	var b strings.Builder
	b.WriteString(c.St.Muted.Render(v.Today) + "\n\n")
	for _, n := range v.Notices {
		b.WriteString(c.St.Warn.Render(hangBlock("! ", n, c.blockTextWidth())) + "\n")
	}
	if len(v.Notices) > 0 {
		b.WriteString("\n")
	}
	if v.Ready {
		if v.DoneToday {
			b.WriteString(c.St.Good.Render("✓ "+c.Cat.T("home.done_today")) + "\n")
		} else {
			b.WriteString(c.St.Text.Render("○ "+c.Cat.T("home.not_done_today")) + "\n")
		}
		b.WriteString(c.St.Text.Render(c.Cat.N("home.streak", v.Streak)+" · "+c.Cat.N("home.week", v.Week)) + "\n")
		if v.Last != "" {
			b.WriteString(c.St.Muted.Render(c.Cat.T("home.last", "What", v.Last)) + "\n")
		}
		b.WriteString("\n")
	}
	if v.Warning != "" {
		st := c.St.Warn
		if v.Urgent {
			st = c.St.Urgent
		}
		b.WriteString(st.Render(hangBlock("⚠ ", v.Warning, c.blockTextWidth())) + "\n")
	}
	if v.Recommended != "" {
		b.WriteString(c.St.Subtitle.Render(c.Cat.T("home.recommended", "Phase", v.Recommended)) + "\n")
	}
	if v.Reason != "" {
		b.WriteString(c.St.Muted.Render(wrapBlock(v.Reason, c.blockTextWidth())) + "\n")
	}
	if v.Suggest != "" {
		b.WriteString(c.St.Good.Render(hangBlock("↗ ", v.Suggest, c.blockTextWidth())) + "\n")
	}
	b.WriteString("\n" + menu(c, v.Items, v.Cursor))
	return frame(c, c.Cat.T("home.title"), b.String(), true)
}

// PickScreen draws PhasePick: the routines with their exercises and
// length; the selected one shows its exercise list.
func PickScreen(c Ctx, v PickView) string {
	var b strings.Builder
	// Wrapped: at 60 columns the question is wider than the window.
	b.WriteString(strings.Join(wrapPara(c.St.Text, c.Cat.T("pick.question"), c.blockTextWidth()), "\n") + "\n\n")
	for i, it := range v.Items {
		line := it.Name + "  " + c.St.Muted.Render(c.Cat.N("pick.minutes", it.Minutes))
		if it.Recommended {
			line += "  " + c.St.Good.Render("★ "+c.Cat.T("pick.recommended"))
		}
		if it.Custom {
			line += "  " + c.St.Muted.Render("("+c.Cat.T("pick.custom")+")")
		}
		if i == v.Cursor {
			b.WriteString(c.St.Selected.Render("► ") + c.St.Selected.Render(line) + "\n")
			for _, e := range it.Exercises {
				b.WriteString(c.St.Muted.Render("     · "+e) + "\n")
			}
			if it.Description != "" {
				b.WriteString(c.St.Text.Render(hangBlock("     ", it.Description, c.blockTextWidth())) + "\n")
			}
		} else {
			b.WriteString("  " + c.St.Text.Render(line) + "\n")
		}
	}
	return frame(c, c.Cat.T("pick.title"), b.String(), true)
}
