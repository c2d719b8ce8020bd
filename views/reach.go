package views

import (
	"strconv"
	"strings"
)

// ReachQuestion is "How far does the pain reach?", at check-in and at
// check-out: numbered choices from the back down to the foot.
type ReachQuestion struct {
	Title, Question, Hint string
	Choices               []string
}

// ReachScreen draws the question; one key answers it.
func ReachScreen(c Ctx, v ReachQuestion) string {
	var b strings.Builder
	b.WriteString(c.St.Text.Render(wrapBlock(v.Question, c.Width-6)) + "\n\n")
	for i, ch := range v.Choices {
		b.WriteString(c.St.Subtitle.Render(strconv.Itoa(i+1)) + "  " + c.St.Text.Render(ch) + "\n")
	}
	b.WriteString("\n" + c.St.Muted.Render(wrapBlock(v.Hint, c.Width-6)) + "\n")
	return frame(c, v.Title, b.String(), true)
}
