package views

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
)

// Minimum window size the layouts need; smaller gets the "make the window
// larger" screen.
const (
	MinWidth  = 60
	MinHeight = 20
)

// Ctx is what every screen needs besides its own view-model.
type Ctx struct {
	Cat    *i18n.Catalog
	St     Styles
	Width  int
	Height int
	// Keys feeds the help bar and the full help; only enabled bindings
	// show.
	Keys KeyHelp
	// SaveErr shows a line saying the journal could not be saved.
	SaveErr bool
}

// KeyHelp is a key map the help bar can draw: its urgent key (the pain
// stop) goes first, in its own style, and is found by being that binding,
// not by what its label says.
type KeyHelp interface {
	help.KeyMap
	Urgent() key.Binding
}

// TooSmall reports whether the window is below what the layouts need.
func (c Ctx) TooSmall() bool { return c.Width < MinWidth || c.Height < MinHeight }

// Clock formats a remaining time as m:ss, rounding up so a countdown
// reaches 0:00 only when it ends.
func Clock(d time.Duration) string {
	s := WholeSeconds(d)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// WholeSeconds is what a countdown shows of d: whole seconds rounded up,
// so a 30 s hold shows 30 at its start and 0 only at its end. It is the
// one rounding of the app; the model times its ticks by it.
func WholeSeconds(d time.Duration) int {
	return max(int((d+time.Second-1)/time.Second), 0)
}

// BarWidth is how many cells the progress bar has at a window width; the
// model schedules its ticks from the same number.
func BarWidth(width int) int {
	w := width - 20
	if w > 60 {
		w = 60
	}
	if w < 10 {
		w = 10
	}
	return w
}

// Bar draws a progress bar of width cells filled to pct (0–1), in block
// characters so it reads without colour.
func Bar(st Styles, width int, pct float64) string {
	if pct < 0 {
		pct = 0
	}
	if pct > 1 {
		pct = 1
	}
	full := int(pct*float64(width) + 1e-9)
	return st.BarFull.Render(strings.Repeat("█", full)) + st.BarEmpty.Render(strings.Repeat("░", width-full))
}

// helpBars keeps the help bars drawn, by everything a bar depends on
// (helpBarKey): a screen draws the same bar on every frame (thirty times
// in a 30 s hold), and drawing it, with a width measured for every key,
// was a fifth of a hold's frame.
var helpBars = struct {
	sync.Mutex
	bars map[string]string
}{bars: map[string]string{}}

// helpBarsKept bounds helpBars: a resize storm makes a bar per width.
const helpBarsKept = 256

// helpBar renders the help bar, on one line or two when the keys do not
// fit on one; the pain key, when enabled, comes first, bold, red and
// bracketed so it is always easy to find.
func helpBar(c Ctx) string {
	k := helpBarKey(c)
	helpBars.Lock()
	defer helpBars.Unlock()
	if bar, ok := helpBars.bars[k]; ok {
		return bar
	}
	if len(helpBars.bars) >= helpBarsKept {
		clear(helpBars.bars)
	}
	bar := drawHelpBar(c)
	helpBars.bars[k] = bar
	return bar
}

// helpBarKey is what the help bar depends on: the width, the styles
// (which are only ever NewStyles of a dark or light background) and, for
// the urgent key and each key of the short help, whether it is enabled and
// what it says.
func helpBarKey(c Ctx) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %t", c.Width, c.St.Dark)
	for _, k := range append([]key.Binding{c.Keys.Urgent()}, c.Keys.ShortHelp()...) {
		b.WriteByte('\x1e')
		if k.Enabled() {
			b.WriteString(k.Help().Key + "\x1f" + k.Help().Desc)
		}
	}
	return b.String()
}

// drawHelpBar draws what helpBar keeps.
func drawHelpBar(c Ctx) string {
	sep := c.St.HelpSep.Render(" · ")
	var lines []string
	var line []string
	width := 0
	if u := c.Keys.Urgent(); u.Enabled() {
		line = append(line, c.St.PainKey.Render("["+u.Help().Key+"] "+u.Help().Desc))
		width += lipgloss.Width(line[0]) + 3
	}
	for _, b := range c.Keys.ShortHelp() {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		s := c.St.HelpKey.Render(h.Key) + " " + c.St.HelpDesc.Render(h.Desc)
		w := lipgloss.Width(s) + 3
		if width+w > c.Width-2 && len(line) > 0 {
			lines = append(lines, strings.Join(line, sep))
			line, width = nil, 0
			if len(lines) == 2 {
				break
			}
		}
		width += w
		line = append(line, s)
	}
	if len(line) > 0 && len(lines) < 2 {
		lines = append(lines, strings.Join(line, sep))
	}
	return strings.Join(lines, "\n")
}

// FullHelp renders the help screen behind ?.
//
// hearing says whether cues are spoken and chimes played, and by which
// programs ("" leaves it out).
func FullHelp(c Ctx, hearing string) string {
	h := help.New()
	h.Styles.FullKey = c.St.HelpKey
	h.Styles.FullDesc = c.St.HelpDesc
	h.Styles.FullSeparator = c.St.HelpSep
	h.SetWidth(c.Width - 4)
	body := c.St.Title.Render(c.Cat.T("help.title")) + "\n\n" + h.FullHelpView(c.Keys.FullHelp())
	if hearing != "" {
		body += "\n\n" + c.St.Text.Render(Wrap(hearing, c.Width-4))
	}
	body += "\n\n" + c.St.Muted.Render(c.Cat.T("help.close"))
	return frame(c, "", body, false)
}

// frameBottom is what frame pins under the body: the save warning and the
// help bar.
func (c Ctx) frameBottom(withHelp bool) []string {
	bottom := []string{}
	if c.SaveErr {
		bottom = append(bottom, strings.Split(c.St.Warn.Render(hangBlock("! ", c.Cat.T("journal.save_failed"), c.Width-3)), "\n")...)
	}
	if withHelp {
		bottom = append(bottom, strings.Split(helpBar(c), "\n")...)
	}
	return bottom
}

// frame lays a screen out: an optional title line, the body, and the help
// bar pinned to the bottom row. Lines are cut to the window so nothing
// ever wraps into a garbled frame. Each line's width is measured once
// (frame is most of the cost of a frame), and centre and the cut share it.
func frame(c Ctx, title, body string, withHelp bool) string {
	return frameCentred(c, title, body, withHelp, 0)
}

// sessionFrame is frame for the screens a pause redraws: their block is
// centred as if the help bar always took its two lines, so the keys a
// pause hides or shows never move the whole block.
func sessionFrame(c Ctx, body string) string { return frameCentred(c, "", body, true, 2) }

// frameCentred is frame, centring the block as if the help bar took
// helpRows lines (0: the lines it takes).
func frameCentred(c Ctx, title, body string, withHelp bool, helpRows int) string {
	if title != "" {
		body = c.St.Title.Render(title) + "\n\n" + body
	}
	lines := splitFrameLines(body)
	var bottom []string
	for _, l := range c.frameBottom(withHelp) {
		bottom = append(bottom, splitFrameLines(l)...)
	}
	room := max(c.Height-len(bottom), 0)
	if len(lines) > room {
		lines = lines[:room]
	}
	centreRoom := room
	if helpRows > 0 {
		centreRoom = min(room, c.Height-len(c.frameBottom(false))-helpRows)
	}
	lines, widths := centre(c, lines, cellWidths(lines), centreRoom)
	for len(lines) < room {
		lines, widths = append(lines, ""), append(widths, 0)
	}
	lines, widths = append(lines, bottom...), append(widths, cellWidths(bottom)...)
	return " " + strings.ReplaceAll(fitMeasured(lines, widths, c.Width-1), "\n", "\n ")
}

// splitFrameLines splits text into a frame's lines as a terminal shows
// them: a tab as four spaces, a CR LF as one line break (as lipgloss
// does).
func splitFrameLines(s string) []string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\t", "    "), "\r\n", "\n")
	return strings.Split(s, "\n")
}

// cellWidths is each line's width in cells.
func cellWidths(lines []string) []int {
	widths := make([]int, len(lines))
	for i, l := range lines {
		widths[i] = ansi.StringWidth(l)
	}
	return widths
}

// fitWidth joins lines padded with spaces to the widest of them, and any
// line wider than maxWidth cells cut to it (no cut when maxWidth ≤ 0):
// exactly what lipgloss.NewStyle().MaxWidth(maxWidth).Render makes of
// them (TestFitWidthIsLipglossMaxWidth), with each line's width measured
// once instead of four times.
func fitWidth(lines []string, maxWidth int) string {
	lines = splitFrameLines(strings.Join(lines, "\n"))
	return fitMeasured(lines, cellWidths(lines), maxWidth)
}

// fitMeasured is fitWidth of lines whose widths are known.
func fitMeasured(lines []string, widths []int, maxWidth int) string {
	widest, size := 0, 0
	for i, w := range widths {
		widest, size = max(widest, w), size+len(lines[i])+1
	}
	var b strings.Builder
	b.Grow(size + len(lines)*min(widest, 16))
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch w := widths[i]; {
		case maxWidth > 0 && w > maxWidth:
			b.WriteString(ansi.Truncate(l, maxWidth, ""))
		case len(lines) > 1:
			// Padded to the widest, then cut: a short line ends at
			// the narrower of the two.
			pad := widest - w
			if maxWidth > 0 {
				pad = min(widest, maxWidth) - w
			}
			b.WriteString(l)
			b.WriteString(strings.Repeat(" ", max(pad, 0)))
		default:
			b.WriteString(l)
		}
	}
	return b.String()
}

// centreWidth is the width every screen's block is centred as: the
// widest a screen's text runs (safetyMaxText and its margins).
const centreWidth = 80

// blockTextWidth is the width a screen's running text wraps to: the
// window less its margins, and on a wide window no wider than the safety
// screens' text, so every screen's block is at most centreWidth wide and
// sits in the same column (see centre).
func (c Ctx) blockTextWidth() int { return min(c.Width-6, safetyMaxText) }

// centre moves a screen's block towards the middle of a large window, so
// it sits where the eye looks from the mat instead of in the top-left
// corner; at 80×24 and the like it leaves the layout as it is. widths are
// the lines' widths, kept up to date.
func centre(c Ctx, lines []string, widths []int, room int) ([]string, []int) {
	if c.Width < 100 && c.Height < 30 {
		return lines, widths
	}
	// One rule for every screen: the block is placed as if it were
	// centreWidth wide, so screens narrower than that all start in the
	// same column and nothing shifts from one screen to the next; only a
	// wider block moves further left.
	width := centreWidth
	for _, w := range widths {
		width = max(width, w)
	}
	if pad := (c.Width - 2 - width) / 2; c.Width >= 100 && pad > 0 {
		indent := strings.Repeat(" ", min(pad, 20))
		for i, l := range lines {
			if l != "" {
				lines[i] = indent + l
				widths[i] += len(indent)
			}
		}
	}
	if top := (room - len(lines)) / 3; c.Height >= 30 && top > 0 {
		n := min(top, 6)
		lines = append(make([]string, n), lines...)
		widths = append(make([]int, n), widths...)
	}
	return lines, widths
}

// TooSmallScreen asks for a larger window, in as little room as there is:
// the size hint goes first when even the request barely fits.
func TooSmallScreen(c Ctx) string {
	if c.Width <= 0 || c.Height <= 0 {
		return ""
	}
	w := max(c.Width-2, 1)
	msg := wrapBlock(c.Cat.T("small.title"), w)
	if size := wrapBlock(c.Cat.T("small.size", "Width", c.Width, "Height", c.Height, "MinWidth", MinWidth, "MinHeight", MinHeight), w); lipgloss.Height(msg)+lipgloss.Height(size) <= c.Height {
		msg += "\n" + size
	}
	lines := strings.Split(msg, "\n")
	if len(lines) > c.Height {
		lines = lines[:c.Height]
	}
	return lipgloss.Place(c.Width, c.Height, lipgloss.Center, lipgloss.Center, c.St.Subtitle.Render(strings.Join(lines, "\n")))
}
