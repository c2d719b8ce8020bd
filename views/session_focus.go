package views

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
)

// The focus of a session screen is what a patient lying on the mat reads
// from two metres away: the movement cue during reps, the side during a
// hold. It is drawn in the block font as the largest thing on the screen;
// the seconds beside it are smaller. A layout is chosen by trying the
// largest first and measuring: the drawing beside the word, then beside
// the countdown, then under everything, then left out (it shows on the
// other screens), and only then a smaller word.

// focusPlan is one way to lay the focus out: its block, and whether the
// drawing goes under the whole body.
type focusPlan struct {
	block    string
	picBelow bool
}

// bodyRoom is how many rows a session screen's body has above the help
// bar and any save warning.
func (c Ctx) bodyRoom() int { return c.Height - len(c.frameBottom(true)) }

// focusWidth is the widest a focus layout may be: the width every screen
// is centred as, so a large word does not shift the screen's block.
func (c Ctx) focusWidth() int { return min(c.Width-2, centreWidth) }

// pickFocus returns the first plan whose whole body fits the window.
func (c Ctx) pickFocus(top, tail string, pic string, plans []focusPlan) (string, bool) {
	for _, p := range plans {
		below := p.block + "\n\n" + tail
		if p.picBelow {
			below += "\n" + pic
		}
		// The width without the header: the Paused line must not change
		// the layout.
		if lipgloss.Width(below) <= c.focusWidth() && lipgloss.Height(top+below) <= c.bodyRoom() {
			return top + below, true
		}
	}
	return "", false
}

// drawingBlock is the drawing in its colour, or "" without one.
func (c Ctx) drawingBlock(drawing []string) string {
	if len(drawing) == 0 {
		return ""
	}
	return c.St.Accent.Render(strings.Join(drawing, "\n"))
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

// sideBody lays out a hold (or get-ready, or switch) with a side: the
// side word largest, the countdown one size smaller under it. ok is false
// when nothing fits, and the caller draws the plain countdown screen.
func (c Ctx) sideBody(v Timer, top, tail string, digits lipgloss.Style) (string, bool) {
	if v.SideWord == "" {
		return "", false
	}
	pic := c.drawingBlock(v.Drawing)
	var withPic, without []focusPlan
	for _, s := range c.scales() {
		lines, ok := BigWord(v.SideWord, s)
		if !ok {
			return "", false
		}
		word := c.St.Digits.Render(strings.Join(lines, "\n"))
		small := strings.Split(Big(Clock(v.Remaining)), "\n")
		if s > 1 {
			small = scaleBlock(small, s-1)
		} else {
			small = halfBlock(small)
		}
		clock := digits.Render(strings.Join(small, "\n"))
		if pic != "" {
			withPic = append(withPic,
				focusPlan{block: lipgloss.JoinHorizontal(lipgloss.Bottom, word, "    ", pic) + "\n\n" + clock},
				focusPlan{block: word + "\n\n" + lipgloss.JoinHorizontal(lipgloss.Bottom, clock, "      ", pic)},
				focusPlan{block: word + "\n\n" + clock, picBelow: true})
		}
		without = append(without, focusPlan{block: word + "\n\n" + clock})
		if s == 1 { // a small window: the word, and the time as text only
			without = append(without, focusPlan{block: word})
		}
	}
	return c.pickFocus(top, tail, pic, append(withPic, without...))
}

// cueBody lays out a paced set: the cue word largest, as wide as the
// widest cue of the pace so nothing moves when the cue changes, and the
// seconds of the cue small beside the beat marks. ok is false when a cue
// has a character the block font lacks or nothing fits.
func (c Ctx) cueBody(v RepsView, top, tail string) (string, bool) {
	pic := c.drawingBlock(v.Drawing)
	// The cue in plain letters too: scripts and screen readers read the
	// screen as text (DESIGN.md §8), and the block font is not text.
	small := beat(c, v.Phase, v.Phases) + "   " + c.St.Subtitle.Render(strings.ToUpper(v.Cue)) +
		c.St.Muted.Render(fmt.Sprintf(" · %d s", WholeSeconds(v.CueLeft)))
	var withPic, without []focusPlan
	for _, s := range c.scales() {
		width := 0
		for _, cue := range append([]string{v.Cue}, v.Cues...) {
			w := bigWordWidth(cue, s)
			if w == 0 {
				return "", false
			}
			width = max(width, w)
		}
		lines, _ := BigWord(v.Cue, s)
		word := lipgloss.NewStyle().Width(width).Render(c.St.Digits.Render(strings.Join(lines, "\n")))
		if pic != "" {
			withPic = append(withPic,
				focusPlan{block: lipgloss.JoinHorizontal(lipgloss.Bottom, word, "    ", pic) + "\n\n" + small},
				focusPlan{block: word + "\n\n" + small, picBelow: true})
		}
		without = append(without, focusPlan{block: word + "\n\n" + small})
	}
	return c.pickFocus(top, tail, pic, append(withPic, without...))
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
