package views

import "strings"

// PainHigh is the screen after a check-in pain of 7 or more.
type PainHigh struct {
	Pain int
	// Suggest: another phase than pain relief was picked, and Choices[0]
	// is pain relief instead.
	Suggest bool
	Choices []string
	Cursor  int
}

// PainHighScreen says the pain is high before a session starts: the
// traffic light's rule, pain relief suggested when a harder phase was
// picked, and the choice; the patient may go on.
func PainHighScreen(c Ctx, v PainHigh) string {
	w := safetyTextWidth(c)
	body := fitBody(safetyRoom(c, true), 2, func(level int) []string {
		lines := wrapPara(c.St.Text, c.Cat.T("painhigh.said", "Pain", v.Pain), w)
		lines = append(lines, hangPara(c.St.Urgent, "● ", c.St.Text, c.Cat.T("painhigh.rule"), w)...)
		if level == 0 {
			lines = append(lines, "")
		}
		if v.Suggest {
			lines = append(lines, wrapPara(c.St.Subtitle, c.Cat.T("painhigh.suggest"), w)...)
		} else {
			lines = append(lines, wrapPara(c.St.Subtitle, c.Cat.T("painhigh.gently"), w)...)
		}
		lines = append(lines, "")
		for i, ch := range v.Choices {
			if i == v.Cursor {
				lines = append(lines, hangPara(c.St.Selected, "► ", c.St.Selected, ch, w)...)
			} else {
				lines = append(lines, hangPara(c.St.Text, "  ", c.St.Text, ch, w)...)
			}
		}
		return lines
	})
	return frame(c, c.Cat.T("painhigh.title"), strings.Join(body, "\n"), true)
}
