package views

import (
	"strconv"
	"strings"

	"github.com/rygtimer/rygtimer/journal"
)

// The pain stop: what follows the x key. Its first screen says when to get
// help before it asks anything, so a patient who leaves at once has read it.

// painStopGuide is the short when-to-get-help of the pain stop, shown
// before any answer: the three tiers, most urgent first, with the numbers.
func (c Ctx) painStopGuide(n Numbers) []string {
	w := safetyTextWidth(c)
	kv := helpNumbers(n)
	out := hangPara(c.St.Urgent, "⚠ ", c.St.Urgent, c.Cat.T("painstop.guide.now", kv...), w)
	out = append(out, hangPara(c.St.Text, "  ", c.St.Subtitle, c.Cat.T("painstop.guide.now_call", kv...), w)...)
	out = append(out, hangPara(c.St.Warn, "• ", c.St.Text, c.Cat.T("painstop.guide.soon", kv...), w)...)
	return append(out, hangPara(c.St.Accent, "• ", c.St.Text, c.Cat.T("painstop.guide.rest"), w)...)
}

// PainStopScreen follows the pain key: stopped and saved, the short
// guidance, the optional question where it hurts and the guidance for the
// answer; then, below that guidance, how far the pain reaches.
func PainStopScreen(c Ctx, v PainStop) string {
	w := safetyTextWidth(c)
	body := fitBody(safetyRoom(c, true), 4, func(level int) []string {
		tight := level > 0
		var lines []string
		switch {
		case level > 2:
			// The smallest window keeps the guidance whole: the
			// title already says stopped.
		case level > 1 || v.Exercise == "":
			lines = wrapPara(c.St.Text, c.Cat.T("painstop.stopped"), w)
		default:
			lines = wrapPara(c.St.Text, c.Cat.T("painstop.stopped_during", "Exercise", v.Exercise), w)
		}
		if v.Answer == "" {
			// Before any answer, the whole of when to get help: a
			// patient who leaves at once has still read it.
			if !tight {
				lines = append(lines, "")
			}
			lines = append(lines, c.painStopGuide(v.Numbers)...)
		}
		if v.Reach != nil {
			if v.Answer != "" {
				lines = append(lines, "")
				lines = append(lines, c.painStopAdvice(v, tight)...)
			}
			return append(lines, c.painStopReach(*v.Reach, tight, w)...)
		}
		return append(lines, c.painStopWhere(v, level, w)...)
	})
	return frame(c, c.Cat.T("painstop.title"), strings.Join(body, "\n"), true)
}

// painStopWhere is the question where it hurts, and once answered the
// guidance for the answer.
func (c Ctx) painStopWhere(v PainStop, level, w int) []string {
	tight := level > 0
	var lines []string
	if !tight || v.Answer != "" {
		lines = append(lines, "")
	}
	lines = append(lines, wrapPara(c.St.Subtitle, c.Cat.T("painstop.question"), w)...)
	for i, a := range []struct{ id, key string }{
		{journal.PainBack, "painstop.where_back"},
		{journal.PainLeg, "painstop.where_leg"},
		{journal.PainNerve, "painstop.where_nerve"},
	} {
		num := string(rune('1' + i))
		switch {
		case a.id == v.Answer:
			lines = append(lines, hangPara(c.St.Selected, "► "+num+"  ", c.St.Selected, c.Cat.T(a.key), w)...)
		case level >= 2 && v.Answer != "":
			// On a small window only the chosen answer stays.
		default:
			lines = append(lines, hangPara(c.St.Text, "  "+num+"  ", c.St.Text, c.Cat.T(a.key), w)...)
		}
	}
	if v.Answer == "" {
		if !tight {
			lines = append(lines, "")
		}
		choose := "painstop.choose"
		if level > 2 {
			choose = "painstop.choose_short"
		}
		return append(lines, wrapPara(c.St.Muted, c.Cat.T(choose), w)...)
	}
	lines = append(lines, "")
	lines = append(lines, c.painStopAdvice(v, tight)...)
	if !tight {
		lines = append(lines, "")
		lines = append(lines, wrapPara(c.St.Muted, c.Cat.T("painstop.change"), w)...)
	}
	return lines
}

// painStopReach is the second question, how far the pain reaches, below
// the guidance.
func (c Ctx) painStopReach(q ReachQuestion, tight bool, w int) []string {
	lines := []string{""}
	lines = append(lines, wrapPara(c.St.Subtitle, q.Question, w)...)
	for i, ch := range q.Choices {
		lines = append(lines, hangPara(c.St.Text, "  "+strconv.Itoa(i+1)+"  ", c.St.Text, ch, w)...)
	}
	if !tight {
		lines = append(lines, "")
	}
	return append(lines, wrapPara(c.St.Muted, q.Hint, w)...)
}

// painStopAdvice is the guidance for the answer given at the pain stop;
// the model's tier for the answer decides it.
func (c Ctx) painStopAdvice(v PainStop, tight bool) []string {
	w := safetyTextWidth(c)
	var out []string
	kv := helpNumbers(v.Numbers)
	switch v.Tier {
	case TierNow, TierEmergency:
		out = append(out, c.urgentBlock(TierNow, v.Numbers, false, tight)...)
	case TierSoon:
		out = append(out, wrapPara(c.St.Text, c.Cat.T("painstop.leg.sign"), w)...)
		if v.Exercise != "" {
			out = append(out, wrapPara(c.St.Text, c.Cat.T("painstop.leg.no_repeat_named", "Exercise", v.Exercise), w)...)
		} else {
			out = append(out, wrapPara(c.St.Text, c.Cat.T("painstop.leg.no_repeat"), w)...)
		}
		out = append(out, wrapPara(c.St.Subtitle, c.Cat.T("painstop.leg.contact", kv...), w)...)
		out = append(out, "")
		out = append(out, hangPara(c.St.Warn, "⚠ ", c.St.Warn, c.Cat.T("painstop.leg.worse", kv...), w)...)
	default: // back only: self-care
		out = append(out, wrapPara(c.St.Text, c.Cat.T("painstop.back.rest"), w)...)
		out = append(out, "")
		out = append(out, c.trafficLight(w)...)
		out = append(out, "")
		out = append(out, wrapPara(c.St.Text, c.Cat.T("painstop.back.contact", kv...), w)...)
	}
	return out
}
