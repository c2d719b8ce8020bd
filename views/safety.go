package views

import (
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// The safety screens: precautions, the red flags at check-in, the
// seek-help guidance and the pain stop. They are read by someone who may
// be frightened and in pain, so each screen says one thing, in short
// lines, and the most urgent part always comes first: when a window is
// too small, what is cut is spacing and then the bottom, never the box
// that says whom to call.

// safetyMaxText is the widest a paragraph gets on a wide window, so lines stay
// easy to follow.
const safetyMaxText = 76

// safetyTextWidth is the width safety texts wrap to: the window less the
// frame's margins, capped at safetyMaxText.
func safetyTextWidth(c Ctx) int {
	w := c.Width - 4
	if w > safetyMaxText {
		w = safetyMaxText
	}
	if w < 20 {
		w = 20
	}
	return w
}

// safetyRoom is how many lines frame leaves for the body: the window less
// the help bar, the save-error lines and (withTitle) the title and the
// blank line under it.
func safetyRoom(c Ctx, withTitle bool) int {
	// Measured, not counted: the save-error line wraps on a narrow window.
	r := c.Height - len(c.frameBottom(true))
	if withTitle {
		r -= 2
	}
	return max(r, 0)
}

// boxLines draws inner lines in a box style exactly w cells wide.
func boxLines(st lipgloss.Style, w int, inner []string) []string {
	return strings.Split(st.Width(w).Render(strings.Join(inner, "\n")), "\n")
}

// fitBody builds a screen's body at the most spacious level that fits in
// room lines (level 0 is the most spacious; each level up is tighter).
// If even the tightest does not fit, blank lines go, from the bottom up;
// frame then cuts what is left at the bottom.
func fitBody(room, levels int, build func(level int) []string) []string {
	var lines []string
	for level := 0; level < levels; level++ {
		lines = build(level)
		if len(lines) <= room {
			return lines
		}
	}
	for i := len(lines) - 1; i >= 0 && len(lines) > room; i-- {
		if lines[i] == "" {
			lines = append(lines[:i], lines[i+1:]...)
		}
	}
	return lines
}

// helpNumbers fills a blank emergency number with 112, the emergency number
// across the EU, so an urgent screen never says "call  now". The model
// supplies the configured numbers or the language defaults.
func helpNumbers(n Numbers) []any {
	if strings.TrimSpace(n.Emergency) == "" {
		n.Emergency = "112"
	}
	return []any{"Emergency", n.Emergency, "Doctor", n.Doctor, "OutOfHours", n.OutOfHours}
}

// bigNumber reports whether s is a short phone number the big font can
// draw.
func bigNumber(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) || r > '9' {
			return false
		}
	}
	return true
}

// urgentHeading is an urgent heading: a warning sign and capitals, so it reads
// as urgent without colour.
func urgentHeading(s string) string { return "⚠ " + strings.ToUpper(s) }

// urgentBlock is the top-tier box ("now" or "emergency"): whom to call,
// the numbers, and "do not wait until tomorrow". Tight drops the spacing
// and the big digits. Unsure adds the emergency line for someone who
// could not say which sign they have.
func (c Ctx) urgentBlock(tier string, n Numbers, unsure, tight bool) []string {
	w := safetyTextWidth(c)
	iw := w - 4 // border and padding
	kv := helpNumbers(n)
	emergency := kv[1].(string)
	var in []string
	add := func(s string) { in = append(in, wrapPara(lipgloss.NewStyle(), s, iw)...) }
	space := func() {
		if !tight {
			in = append(in, "")
		}
	}
	if tier == TierEmergency {
		add(urgentHeading(c.Cat.T("seekhelp.emergency.heading", kv...)))
		if !tight && bigNumber(emergency) && c.Height >= 24 {
			in = append(in, "")
			in = append(in, strings.Split(Big(emergency), "\n")...)
		}
		space()
		add(c.Cat.T("seekhelp.emergency.why", kv...))
	} else {
		add(urgentHeading(c.Cat.T("seekhelp.now.heading", kv...)))
		space()
		add(c.Cat.T("seekhelp.now.doctor", kv...))
		add(c.Cat.T("seekhelp.now.out_of_hours", kv...))
		add(c.Cat.T("seekhelp.now.emergency", kv...))
		if unsure {
			add(c.Cat.T("seekhelp.now.unsure", kv...))
		}
	}
	space()
	add(c.Cat.T("seekhelp.do_not_wait"))
	return boxLines(c.St.UrgentBox, w, in)
}

// soonBlock is the "contact your doctor in the next few days" box shown
// after a red flag of that tier: with offer, only the gentle phase today
// (staying active helps); without, no session today.
func (c Ctx) soonBlock(n Numbers, offer, tight bool) []string {
	w := safetyTextWidth(c)
	iw := w - 4
	kv := helpNumbers(n)
	heading, wait := "seekhelp.soon.heading", "seekhelp.soon.wait"
	if offer {
		heading, wait = "seekhelp.soon.heading_gentle", "seekhelp.soon.gentle"
	}
	in := wrapPara(c.St.Warn, urgentHeading(c.Cat.T(heading, kv...)), iw)
	if !tight {
		in = append(in, "")
	}
	in = append(in, wrapPara(c.St.Text, c.Cat.T("seekhelp.soon.doctor", kv...), iw)...)
	in = append(in, wrapPara(c.St.Text, c.Cat.T(wait, kv...), iw)...)
	if !tight {
		in = append(in, "")
	}
	in = append(in, wrapPara(c.St.Text, c.Cat.T("seekhelp.soon.worse", kv...), iw)...)
	return boxLines(c.St.Box.BorderForeground(c.St.Warn.GetForeground()), w, in)
}

// planBlock is the least urgent guidance: book a visit.
func (c Ctx) planBlock(n Numbers) []string {
	w := safetyTextWidth(c)
	kv := helpNumbers(n)
	in := wrapPara(c.St.Subtitle, c.Cat.T("seekhelp.plan.heading", kv...), w-4)
	in = append(in, wrapPara(c.St.Text, c.Cat.T("seekhelp.plan.visit", kv...), w-4)...)
	return boxLines(c.St.Box, w, in)
}

// trafficLight is the 0–10 pain rule of the fact sheet: a dot, the range
// and its meaning in words, so the colour only repeats what the words say.
func (c Ctx) trafficLight(w int) []string {
	out := wrapPara(c.St.Text, c.Cat.T("painstop.back.scale"), w)
	rows := []struct {
		st    lipgloss.Style
		rng   string
		label string
	}{
		{c.St.Good, "0–3 ", c.Cat.T("painstop.back.green")},
		{c.St.Warn, "4–5 ", c.Cat.T("painstop.back.amber")},
		{c.St.Urgent, "6–10", c.Cat.T("painstop.back.red")},
	}
	for _, r := range rows {
		prefix := "  ● " + r.rng + "  "
		lines := wrapPara(c.St.Text, r.label, w-ansi.StringWidth(prefix))
		for i := range lines {
			if i == 0 {
				lines[i] = "  " + r.st.Render("●") + " " + c.St.Subtitle.Render(r.rng) + "  " + lines[i]
			} else {
				lines[i] = strings.Repeat(" ", ansi.StringWidth(prefix)) + lines[i]
			}
		}
		out = append(out, lines...)
	}
	return out
}

// precautionLines is the text of the precautions, shared by the
// first-run screen and the Info page.
func (c Ctx) precautionLines(spaced bool) []string {
	w := safetyTextWidth(c)
	out := wrapPara(c.St.Text, c.Cat.T("precautions.intro"), w)
	out = append(out, "")
	for i, id := range []string{"precautions.consult", "precautions.gentle", "precautions.stop"} {
		if i > 0 && spaced {
			out = append(out, "")
		}
		out = append(out, hangPara(c.St.Accent, "• ", c.St.Text, c.Cat.T(id), w)...)
	}
	out = append(out, "")
	out = append(out, wrapPara(c.St.Subtitle, c.Cat.T("precautions.not_advice"), w)...)
	return out
}

// PrecautionsScreen is shown before the first session (FirstRun: enter
// acknowledges) and from Home.
func PrecautionsScreen(c Ctx, v Precautions) string {
	title := c.Cat.T("precautions.title")
	if v.FirstRun {
		title = c.Cat.T("precautions.title_first")
	}
	w := safetyTextWidth(c)
	body := fitBody(safetyRoom(c, true), 2, func(level int) []string {
		lines := c.precautionLines(level == 0)
		lines = append(lines, "")
		if v.FirstRun {
			lines = append(lines, wrapPara(c.St.Selected, "► "+c.Cat.T("precautions.ack"), w)...)
		} else {
			lines = append(lines, wrapPara(c.St.Muted, c.Cat.T("precautions.back"), w)...)
		}
		return lines
	})
	return frame(c, title, strings.Join(body, "\n"), true)
}

// redFlagText is the plain-words text of a red flag id, or of "unsure".
func (c Ctx) redFlagText(id string) string {
	if id == "unsure" || id == "" {
		return c.Cat.T("redflag.unsure")
	}
	return c.Cat.T("redflag." + id)
}

// RedFlagsScreen lists the signs that mean the session must not start:
// first with y/n, then (Choosing) as a menu to say which one it is.
func RedFlagsScreen(c Ctx, v RedFlags) string {
	w := safetyTextWidth(c)
	body := fitBody(safetyRoom(c, true), 2, func(level int) []string {
		spaced := level == 0
		var lines []string
		if v.Choosing {
			lines = wrapPara(c.St.Subtitle, c.Cat.T("redflag.which"), w)
		} else {
			lines = wrapPara(c.St.Subtitle, c.Cat.T("redflag.question"), w)
		}
		lines = append(lines, "")
		items := append([]string{}, v.IDs...)
		if v.Choosing {
			items = append(items, "unsure")
		}
		for i, id := range items {
			if i > 0 && spaced {
				lines = append(lines, "")
			}
			text := c.redFlagText(id)
			switch {
			case !v.Choosing:
				lines = append(lines, hangPara(c.St.Accent, "• ", c.St.Text, text, w)...)
			case i == v.Cursor:
				lines = append(lines, hangPara(c.St.Selected, "► ", c.St.Selected, text, w)...)
			default:
				lines = append(lines, hangPara(c.St.Text, "  ", c.St.Text, text, w)...)
			}
		}
		if !v.Choosing {
			lines = append(lines, "")
			kw := max(ansi.StringWidth(c.Cat.T("redflag.key_no")), ansi.StringWidth(c.Cat.T("redflag.key_yes")))
			for _, k := range [][2]string{
				{c.Cat.T("redflag.key_no"), c.Cat.T("redflag.answer_no")},
				{c.Cat.T("redflag.key_yes"), c.Cat.T("redflag.answer_yes")},
			} {
				prefix := k[0] + strings.Repeat(" ", kw-ansi.StringWidth(k[0])) + "  "
				lines = append(lines, hangPara(c.St.HelpKey, prefix, c.St.Text, k[1], w)...)
			}
		}
		return lines
	})
	return frame(c, c.Cat.T("redflag.title"), strings.Join(body, "\n"), true)
}

// SeekHelpScreen is the guidance after a red flag at check-in: for the
// top tiers a box at the very top with whom to call, then why the session
// did not start.
func SeekHelpScreen(c Ctx, v SeekHelp) string {
	w := safetyTextWidth(c)
	body := fitBody(safetyRoom(c, false), 2, func(level int) []string {
		tight := level > 0
		var lines []string
		switch v.Tier {
		case TierSoon:
			lines = c.soonBlock(v.Numbers, v.Offer != "", tight)
		case TierPlan, TierSelfCare:
			lines = c.planBlock(v.Numbers)
		case TierEmergency:
			lines = c.urgentBlock(TierEmergency, v.Numbers, false, tight)
		default: // TierNow, and anything unknown: the cautious choice
			lines = c.urgentBlock(TierNow, v.Numbers, v.RedFlag == "unsure", tight)
		}
		lines = append(lines, "")
		if v.Tier == TierSoon && v.Offer != "" {
			return append(lines, c.gentleOffer(v, w)...)
		}
		lines = append(lines, wrapPara(c.St.Text, c.Cat.T("seekhelp.not_started"), w)...)
		lines = append(lines, hangPara(c.St.Subtitle, "  • ", c.St.Subtitle, c.redFlagText(v.RedFlag), w)...)
		lines = append(lines, "")
		lines = append(lines, wrapPara(c.St.Muted, c.Cat.T("seekhelp.back_later"), w)...)
		return lines
	})
	return frame(c, "", strings.Join(body, "\n"), true)
}

// gentleOffer is the clear choice after a sign of the soon tier: the
// answer it follows, then enter for the gentle routine or esc for not
// today.
func (c Ctx) gentleOffer(v SeekHelp, w int) []string {
	out := wrapPara(c.St.Text, c.Cat.T("seekhelp.your_answer"), w)
	out = append(out, hangPara(c.St.Subtitle, "  • ", c.St.Subtitle, c.redFlagText(v.RedFlag), w)...)
	out = append(out, "")
	start, not := c.Cat.T("seekhelp.offer.key_start"), c.Cat.T("seekhelp.offer.key_not_today")
	kw := max(ansi.StringWidth(start), ansi.StringWidth(not))
	pad := func(k string) string { return k + strings.Repeat(" ", kw-ansi.StringWidth(k)) + "  " }
	out = append(out, hangPara(c.St.Selected, "► "+pad(start), c.St.Selected, c.Cat.T("seekhelp.offer.start", "Routine", v.Offer), w)...)
	return append(out, hangPara(c.St.HelpKey, "  "+pad(not), c.St.Text, c.Cat.T("seekhelp.offer.not_today"), w)...)
}
