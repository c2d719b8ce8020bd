package views

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
)

// Score is a pain score screen (CheckIn, CheckOut).
type Score struct {
	Title    string
	Question string
	Value    int
	// Chosen is false until a digit or an arrow picks a value: nothing
	// is marked then. Nudge: enter was pressed with nothing chosen.
	Chosen, Nudge bool
	// Note is shown (with NoteActive, as the field being typed) on
	// CheckOut after the score.
	ShowNote   bool
	NoteActive bool
	NoteField  string // the note's text field, drawn by the model's textinput
	Given      string // the score already given, shown while typing the note
}

// ScoreScreen draws a 0–10 scale with words for its ends and the chosen
// value marked with brackets as well as colour.
func ScoreScreen(c Ctx, v Score) string {
	var b strings.Builder
	b.WriteString(c.St.Text.Render(v.Question) + "\n\n")
	if v.NoteActive {
		b.WriteString(c.St.Muted.Render(c.Cat.T("score.given", "Value", v.Given)) + "\n\n")
	} else {
		var cells []string
		for i := 0; i <= 10; i++ {
			s := fmt.Sprintf(" %d ", i)
			if v.Chosen && i == v.Value {
				cells = append(cells, c.St.Selected.Reverse(true).Render("["+fmt.Sprint(i)+"]"))
			} else {
				cells = append(cells, painStyle(c, i).Render(s))
			}
		}
		scale := strings.Join(cells, "")
		b.WriteString(scale + "\n")
		b.WriteString(c.St.Muted.Render(c.Cat.T("score.low")) + "   …   " + c.St.Muted.Render(c.Cat.T("score.high")) + "\n\n")
		if v.Chosen {
			b.WriteString(c.St.Digits.Render(Big(fmt.Sprint(v.Value))) + "\n\n")
		} else {
			// The same room as the digits, so nothing jumps when one is chosen.
			b.WriteString(strings.Repeat("\n", strings.Count(Big("0"), "\n")+1) + "\n")
		}
		if v.Nudge {
			b.WriteString(c.St.Warn.Render(wrapBlock(c.Cat.T("score.choose_first"), c.Width-6)) + "\n")
		} else {
			b.WriteString(c.St.Muted.Render(wrapBlock(c.Cat.T("score.hint"), c.Width-6)) + "\n")
		}
	}
	if v.ShowNote && v.NoteActive {
		b.WriteString(c.St.Text.Render(c.Cat.T("score.note_question")) + "\n")
		b.WriteString(c.St.Box.Width(NoteWidth(c.Width)+c.St.Box.GetHorizontalFrameSize()).Render(v.NoteField) + "\n")
		b.WriteString(c.St.Muted.Render(c.Cat.T("score.note_hint")) + "\n")
	}
	return frame(c, v.Title, b.String(), true)
}

// NoteWidth is how many cells of the note the field shows at a window
// width; longer notes scroll inside it.
func NoteWidth(width int) int {
	return max(width-12, 10)
}

// painStyle colours the scale by the fact sheet's traffic light (0–3,
// 4–5, 6–10); the numbers themselves carry the meaning.
func painStyle(c Ctx, v int) lipgloss.Style {
	switch {
	case v <= 3:
		return c.St.Good
	case v <= 5:
		return c.St.Warn
	default:
		return c.St.Urgent
	}
}
