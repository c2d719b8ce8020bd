package views

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
)

// The focus of a session screen is what a patient lying on the mat reads
// from two metres away: the movement cue during reps, the side during a
// hold. It is drawn in the block font as the largest thing on the screen;
// the seconds beside it are smaller. A layout is chosen by trying the
// largest first and measuring: the drawing beside the word, then beside
// the countdown, then under everything, then left out (it shows on the
// other screens), and only then a smaller word.

// focusPlan is one way to lay the focus out: its size, worked out from
// the parts' sizes so a plan that does not fit is never drawn (a frame is
// drawn every second of a hold), the drawing of its block, and whether
// the drawing goes under the whole body.
type focusPlan struct {
	width, height int
	block         func() string
	picBelow      bool
}

// A planner makes the plans of one scale, best first, with or without the
// drawing.
type planner func(scale int, withPic bool) []focusPlan

// bodyRoom is how many rows a session screen's body has above the help
// bar and any save warning.
func (c Ctx) bodyRoom() int { return c.Height - len(c.frameBottom(true)) }

// focusWidth is the widest a focus layout may be: the width every screen
// is centred as, so a large word does not shift the screen's block.
func (c Ctx) focusWidth() int { return min(c.Width-2, centreWidth) }

// pickFocus returns the body of the first plan that fits the window:
// every scale with the drawing, largest first, then every scale without.
// The width leaves the header out: the Paused line must not change the
// layout.
func (c Ctx) pickFocus(top, tail string, pic picture, plan planner) (string, bool) {
	room := c.bodyRoom() - lipgloss.Height(top) + 1
	tailWidth, tailHeight := lipgloss.Width(tail), lipgloss.Height(tail)
	for _, withPic := range []bool{pic.height > 0, false} {
		for _, s := range c.scales() {
			for _, p := range plan(s, withPic) {
				w, h := max(p.width, tailWidth), p.height+1+tailHeight
				if p.picBelow {
					w, h = max(w, pic.width), h+pic.height
				}
				if w > c.focusWidth() || h > room {
					continue
				}
				body := top + p.block() + "\n\n" + tail
				if p.picBelow {
					body += "\n" + pic.block
				}
				return body, true
			}
		}
		if pic.height == 0 {
			break
		}
	}
	return "", false
}

// picture is a drawing in its colour with its size, or none.
type picture struct {
	block         string
	width, height int
}

func (c Ctx) picture(drawing []string) picture {
	if len(drawing) == 0 {
		return picture{}
	}
	return picture{block: c.drawingBlock(drawing), width: lipgloss.Width(drawing[0]), height: len(drawing)}
}

// drawingBlock is the drawing in its colour, or "" without one.
func (c Ctx) drawingBlock(drawing []string) string {
	if len(drawing) == 0 {
		return ""
	}
	return paint(c.St.Accent, drawing) // its lines are of one width
}

// scales are the block-font scales to try for the focus, largest first:
// double size wherever it fits, even in a window too small for double
// digits, since a short cue ("VIP", "HOLD") fits at 80×24.
func (c Ctx) scales() []int {
	var s []int
	for i := max(digitScale(c), 2); i >= 1; i-- {
		s = append(s, i)
	}
	return s
}

// paint styles block-font lines one by one with the style's own escape
// codes: lipgloss would measure every cell of the block, and a big word
// is redrawn every second. Only for a style of colours and attributes
// (no padding, width or border), which is what the digits' styles are.
func paint(st lipgloss.Style, lines []string) string {
	prefix, suffix, ok := strings.Cut(st.Render("\x00"), "\x00")
	if !ok {
		return st.Render(strings.Join(lines, "\n"))
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(prefix + l + suffix)
	}
	return b.String()
}

// blockWidth is the width of block-font lines: one cell a character.
func blockWidth(lines []string) int { return utf8.RuneCountInString(lines[0]) }

// sideBody lays out a hold (or get-ready, or switch) with a side: the
// side word largest, the countdown one size smaller under it. ok is false
// when nothing fits, and the caller draws the plain countdown screen.
func (c Ctx) sideBody(v Timer, top, tail string, digits lipgloss.Style) (string, bool) {
	if _, ok := BigWord(v.SideWord, 1); !ok || v.SideWord == "" {
		return "", false
	}
	pic := c.picture(v.Drawing)
	return c.pickFocus(top, tail, pic, func(s int, withPic bool) []focusPlan {
		lines, _ := BigWord(v.SideWord, s)
		small := strings.Split(Big(Clock(v.Remaining)), "\n")
		if s > 1 {
			small = scaleBlock(small, s-1)
		} else {
			small = halfBlock(small)
		}
		ww, wh, cw, ch := blockWidth(lines), len(lines), blockWidth(small), len(small)
		word := func() string { return paint(c.St.Digits, lines) }
		clock := func() string { return paint(digits, small) }
		both := func() string { return word() + "\n\n" + clock() }
		if withPic {
			return []focusPlan{
				{width: max(ww+4+pic.width, cw), height: max(wh, pic.height) + 1 + ch, block: func() string {
					return lipgloss.JoinHorizontal(lipgloss.Bottom, word(), "    ", pic.block) + "\n\n" + clock()
				}},
				{width: max(ww, cw+6+pic.width), height: wh + 1 + max(ch, pic.height), block: func() string {
					return word() + "\n\n" + lipgloss.JoinHorizontal(lipgloss.Bottom, clock(), "      ", pic.block)
				}},
				{width: max(ww, cw), height: wh + 1 + ch, block: both, picBelow: true},
			}
		}
		plans := []focusPlan{{width: max(ww, cw), height: wh + 1 + ch, block: both}}
		if s == 1 { // a small window: the word, and the time as text only
			plans = append(plans, focusPlan{width: ww, height: wh, block: word})
		}
		return plans
	})
}

// cueBody lays out a paced set: the cue word largest, as wide as the
// widest cue of the pace so nothing moves when the cue changes, and the
// seconds of the cue small beside the beat marks. ok is false when a cue
// has a character the block font lacks or nothing fits.
func (c Ctx) cueBody(v RepsView, top, tail string) (string, bool) {
	widest := 0 // the widest cue at scale 1; scale s is s times as wide
	for _, cue := range append([]string{v.Cue}, v.Cues...) {
		w := bigWordWidth(cue, 1)
		if w == 0 {
			return "", false
		}
		widest = max(widest, w)
	}
	pic := c.picture(v.Drawing)
	// The cue in plain letters too: scripts and screen readers read the
	// screen as text (DESIGN.md §8), and the block font is not text.
	small := beat(c, v.Phase, v.Phases) + "   " + c.St.Subtitle.Render(strings.ToUpper(v.Cue)) +
		c.St.Muted.Render(fmt.Sprintf(" · %d s", WholeSeconds(v.CueLeft)))
	sw := lipgloss.Width(small)
	return c.pickFocus(top, tail, pic, func(s int, withPic bool) []focusPlan {
		ww, wh := widest*s, BigHeight*s
		word := func() string {
			lines, _ := BigWord(v.Cue, s)
			for i, l := range lines { // as wide as the widest cue
				lines[i] = l + strings.Repeat(" ", ww-utf8.RuneCountInString(l))
			}
			return paint(c.St.Digits, lines)
		}
		alone := func() string { return word() + "\n\n" + small }
		if withPic {
			return []focusPlan{
				{width: max(ww+4+pic.width, sw), height: max(wh, pic.height) + 2, block: func() string {
					return lipgloss.JoinHorizontal(lipgloss.Bottom, word(), "    ", pic.block) + "\n\n" + small
				}},
				{width: max(ww, sw), height: wh + 2, block: alone, picBelow: true},
			}
		}
		return []focusPlan{{width: max(ww, sw), height: wh + 2, block: alone}}
	})
}

// sessionTop is the header of a timer or reps screen and the line under
// it, which says Paused when the clock is paused: the pause changes that
// one line and moves nothing else on the screen.
func (c Ctx) sessionTop(h Header) string {
	return c.header(h) + "\n" + c.pausedLine(h) + "\n"
}

// pausedLine is the Paused mark and, when the window is wide enough for
// both on one line, how to go on.
func (c Ctx) pausedLine(h Header) string {
	if !h.Paused {
		return ""
	}
	mark := c.St.Paused.Render(" ❚❚ " + c.Cat.T("session.paused") + " ")
	hint := c.St.Muted.Render("  " + c.Cat.T("session.paused_hint"))
	if lipgloss.Width(mark)+lipgloss.Width(hint) <= c.focusWidth() {
		return mark + hint
	}
	return mark
}
