package views

import (
	"strings"
)

// Info pages are read-only texts reached from Home: questions and
// answers, when to get help, the precautions and about. A page is drawn
// in full and then shown from Scroll on in a viewport, with ↑/↓ marks
// where text is cut.

// InfoScreen draws one Info page at its scroll position.
func InfoScreen(c Ctx, v Info) string {
	title, lines := c.infoPage(v)
	avail := infoAvail(c, len(lines))
	out := []string{c.St.Title.Render(title), ""}
	if len(lines) <= avail {
		out = append(out, lines...)
		return frame(c, "", strings.Join(out, "\n"), true)
	}
	win, top, bottom := scrollWindow(lines, v.Scroll, avail)
	if top {
		out[1] = c.St.Muted.Render(c.Cat.T("info.more_up"))
	}
	out = append(out, splitLines(win)...)
	if bottom {
		// The mark sits on the last body row, right above the help bar.
		for len(out) < safetyRoom(c, false)-1 {
			out = append(out, "")
		}
		out = append(out, c.St.Accent.Render(c.Cat.T("info.more_down")))
	}
	return frame(c, "", strings.Join(out, "\n"), true)
}

// InfoMaxScroll is the largest useful Scroll for the page at this window
// size; the model can clamp its scroll position to it (InfoScreen clamps
// what it shows either way).
func InfoMaxScroll(c Ctx, v Info) int {
	_, lines := c.infoPage(v)
	return scrollMax(lines, infoAvail(c, len(lines)))
}

// infoAvail is how many page lines fit under the title and the ↑ row,
// less the ↓ row when the page is longer than the window.
func infoAvail(c Ctx, total int) int {
	avail := safetyRoom(c, false) - 2
	if total > avail {
		avail--
	}
	return max(avail, 1)
}

// infoPage builds the title and every line of a page.
func (c Ctx) infoPage(v Info) (string, []string) {
	switch v.Page {
	case "seekhelp":
		return c.Cat.T("info.seekhelp.title"), c.seekHelpPage(v.Numbers, v.Signs)
	case "precautions":
		return c.Cat.T("precautions.title"), c.precautionLines(true)
	case "about":
		return c.Cat.T("info.about.title"), c.aboutPage(v.Version)
	default:
		return c.Cat.T("info.faq.title"), c.faqPage()
	}
}

func (c Ctx) faqPage() []string {
	w := safetyTextWidth(c)
	var out []string
	qa := func(q string, answers ...[]string) {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, wrapPara(c.St.Subtitle, c.Cat.T(q), w)...)
		for _, a := range answers {
			out = append(out, a...)
		}
	}
	text := func(id string) []string { return wrapPara(c.St.Text, c.Cat.T(id), w) }
	qa("info.faq.often_q", text("info.faq.often_a"))
	qa("info.faq.cure_q", text("info.faq.cure_a"))
	qa("info.faq.avoid_q", text("info.faq.avoid_a"))
	qa("info.faq.hurt_q", c.trafficLight(w), text("info.faq.hurt_back"), text("info.faq.hurt_leg"))
	qa("info.faq.active_q", text("info.faq.active_a"))
	qa("info.faq.time_q", text("info.faq.time_weeks"), text("info.faq.time_course"))
	qa("info.faq.help_q", text("info.faq.help_a"))
	return out
}

func (c Ctx) seekHelpPage(n Numbers, tiers map[string][]string) []string {
	w := safetyTextWidth(c)
	kv := helpNumbers(n)
	out := wrapPara(c.St.Muted, c.Cat.T("info.seekhelp.intro"), w)
	signs := func(tier string) {
		for _, id := range tiers[tier] {
			out = append(out, hangPara(c.St.Accent, "  • ", c.St.Text, c.redFlagText(id), w)...)
		}
	}
	do := func(s string) {
		out = append(out, hangPara(c.St.Subtitle, "  → ", c.St.Subtitle, s, w)...)
	}

	out = append(out, "")
	out = append(out, wrapPara(c.St.Urgent, urgentHeading(c.Cat.T("info.seekhelp.emergency", kv...)), w)...)
	signs(TierEmergency)

	out = append(out, "")
	out = append(out, wrapPara(c.St.Urgent, urgentHeading(c.Cat.T("info.seekhelp.now", kv...)), w)...)
	signs(TierNow)
	out = append(out, hangPara(c.St.Text, "  ", c.St.Muted, c.Cat.T("info.seekhelp.now_alone"), w)...)
	do(c.Cat.T("seekhelp.now.doctor", kv...))
	do(c.Cat.T("seekhelp.now.out_of_hours", kv...))
	do(c.Cat.T("seekhelp.now.emergency", kv...))

	out = append(out, "")
	out = append(out, wrapPara(c.St.Warn, c.Cat.T("info.seekhelp.soon", kv...), w)...)
	signs(TierSoon)
	out = append(out, hangPara(c.St.Accent, "  • ", c.St.Text, c.Cat.T("info.seekhelp.soon_leg"), w)...)
	do(c.Cat.T("seekhelp.soon.doctor", kv...))

	out = append(out, "")
	out = append(out, wrapPara(c.St.Subtitle, c.Cat.T("info.seekhelp.plan", kv...), w)...)
	out = append(out, hangPara(c.St.Accent, "  • ", c.St.Text, c.Cat.T("info.seekhelp.plan_weeks", kv...), w)...)
	out = append(out, hangPara(c.St.Accent, "  • ", c.St.Text, c.Cat.T("info.seekhelp.plan_specialist", kv...), w)...)

	out = append(out, "")
	out = append(out, wrapPara(c.St.Muted, c.Cat.T("info.seekhelp.numbers"), w)...)
	return out
}

func (c Ctx) aboutPage(version string) []string {
	w := safetyTextWidth(c)
	out := wrapPara(c.St.Text, c.Cat.T("info.about.what"), w)
	out = append(out, "")
	out = append(out, wrapPara(c.St.Subtitle, c.Cat.T("precautions.not_advice"), w)...)
	out = append(out, "")
	out = append(out, wrapPara(c.St.Text, c.Cat.T("info.about.doses"), w)...)
	if version != "" {
		out = append(out, "")
		out = append(out, wrapPara(c.St.Muted, c.Cat.T("info.about.version", "Version", version), w)...)
	}
	out = append(out, "")
	out = append(out, wrapPara(c.St.Subtitle, c.Cat.T("info.about.sources_title"), w)...)
	for _, s := range strings.Split(strings.TrimSpace(c.Cat.T("info.about.sources")), "\n") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, hangPara(c.St.Muted, "• ", c.St.Text, s, w)...)
		}
	}
	return out
}
