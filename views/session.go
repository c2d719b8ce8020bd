package views

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
)

// Header is the line above every exercise screen: which exercise of how
// many, and the routine.
type Header struct {
	Routine    string
	Exercise   int // 1-based
	Exercises  int
	Name       string
	Side       string // localized "Right"/"Left", or ""
	SetLine    string // "Set 2/3", or ""
	Drawing    []string
	NextUp     string // what comes after this step
	Paused     bool
	QuitPrompt bool
	// Muted: the sound is off (m); the header says so.
	Muted bool
}

// Intro is the exercise intro screen.
type Intro struct {
	Header
	Dose     string   // "3 × 10 reps" / "3 × 20 s each side"
	Steps    []string // numbered by the view
	Caution  string
	DoseNote string // why a dose changed, or ""
	Scroll   int    // lines scrolled, when the intro is taller than the window
}

// Timer is a countdown screen: get ready, hold, switch side, rest.
type Timer struct {
	Header
	Label     string // "Hold", "Get ready", "Rest", "Switch to the left side"
	Remaining time.Duration
	Total     time.Duration
	BarCells  int
	BigDigits bool
	Calm      bool // a rest or get-ready: digits drawn muted
	// SideWord is the side drawn large ("Right", "Venstre"): of a hold or
	// its get-ready, or the side a switch goes to; "" for none.
	SideWord string
}

// RepsView is a paced (or manually counted) set.
type RepsView struct {
	Header
	Rep, Reps int // current rep (1-based) and reps in the set
	Done      int // finished reps
	Cue       string
	// Cues are every cue of the pace; the cue block is as wide as the
	// widest, so the drawing beside it stays put when the cue changes.
	Cues    []string
	CueLeft time.Duration
	// CueMost is the longest a cue can last: its count sets the width of
	// the big digits.
	CueMost   time.Duration
	Phase     int // index of the pace phase, for the beat marks
	Phases    int
	Manual    bool
	Remaining time.Duration
	Total     time.Duration
	BarCells  int
	BigDigits bool
}

func (c Ctx) header(h Header) string {
	left := c.St.Muted.Render(c.Cat.T("session.exercise_of", "N", h.Exercise, "Total", h.Exercises) + " · " + h.Routine)
	if h.Muted {
		left += c.St.Muted.Render(" · ") + c.St.Warn.Render(c.Cat.T("session.sound_off"))
	}
	title := c.St.Title.Render(h.Name)
	if h.Side != "" {
		title += "  " + c.St.Subtitle.Render("◆ "+h.Side)
	}
	return left + "\n" + title
}

// withDrawing puts the drawing beside body when the window is wide enough
// for both, else below it when there are rows to spare, else leaves it
// out: the countdown always comes first. top (the header and the Paused
// line) goes above both and is not measured for the width, so a pause
// does not move the drawing.
func (c Ctx) withDrawing(top, body string, drawing []string) string {
	if len(drawing) == 0 {
		return top + body
	}
	pic := c.drawingBlock(drawing)
	// Beside the text only within the width every screen is centred as,
	// so a wide window does not move this screen's block (see centre).
	if lipgloss.Width(body)+4+lipgloss.Width(pic) <= c.focusWidth() {
		return top + lipgloss.JoinHorizontal(lipgloss.Top, body, "    ", pic)
	}
	if lipgloss.Height(top+body)+1+len(drawing) <= c.Height-chromeRows {
		return top + body + "\n" + pic
	}
	return top + body
}

// beside puts the drawing to the right of the countdown's big block, the
// place the eye already rests on, when the window is wide enough; it
// reports whether the drawing was placed.
func (c Ctx) beside(focus string, drawing []string) (string, bool) {
	if len(drawing) == 0 {
		return focus, false
	}
	pic := c.drawingBlock(drawing)
	if lipgloss.Width(focus)+6+lipgloss.Width(pic) > c.Width-2 {
		return focus, false
	}
	return lipgloss.JoinHorizontal(lipgloss.Bottom, focus, "      ", pic), true
}

// chromeRows is what frame() and the header take besides a screen's body:
// the help bar (up to two lines), the save warning and a spare line.
const chromeRows = 4

// overlays puts the quit question above the body. (Paused has its own
// line in sessionTop, so a pause does not move the screen.)
func (c Ctx) overlays(h Header, body string) string {
	if h.QuitPrompt {
		body = c.St.UrgentBox.Render(c.Cat.T("quit.question")+"\n"+c.Cat.T("quit.keeps")) + "\n\n" + body
	}
	return body
}

// IntroScreen draws the exercise intro. An intro taller than the window
// (a routine's steps and caution within the documented limits can be, at
// 80×24) scrolls in a viewport, with the way to go on always below it.
func IntroScreen(c Ctx, v Intro) string {
	content, start := introParts(c, v)
	room := introRoom(c, start)
	if n := strings.Count(content, "\n") + 1; n <= room {
		return frame(c, "", content+"\n\n"+start, true)
	}
	// Too tall: the exercise's name stays at the top, the rest scrolls
	// under it between an ↑ and an ↓ mark, and the way to go on stays
	// below.
	head, body := introScrolled(c, v)
	win, above, below := scrollWindow(body, v.Scroll, introScrollRows(c, head, start))
	up, more := "", ""
	if above {
		up = c.St.Muted.Render(c.Cat.T("info.more_up"))
	}
	if below {
		more = c.St.Muted.Render("↓ " + c.Cat.T("key.scroll"))
	}
	return frame(c, "", head+"\n"+up+"\n"+win+"\n"+more+"\n"+start, true)
}

// IntroMaxScroll is the largest useful Scroll of the intro at this window.
func IntroMaxScroll(c Ctx, v Intro) int {
	content, start := introParts(c, v)
	if n := strings.Count(content, "\n") + 1; n <= introRoom(c, start) {
		return 0
	}
	head, body := introScrolled(c, v)
	return scrollMax(body, introScrollRows(c, head, start))
}

// introScrolled is a scrolling intro: the header that stays (with the
// quit question when it is asked), and the lines that scroll under it.
func introScrolled(c Ctx, v Intro) (head string, body []string) {
	full := c.blockTextWidth()
	steps := introHead(c, v, full)
	_, rest, _ := strings.Cut(steps, c.header(v.Header)+"\n")
	return c.overlays(v.Header, c.header(v.Header)), splitLines(rest + introFoot(c, v, full))
}

// introScrollRows is how many lines of a scrolling intro show: the room
// less the fixed header and the ↑ and ↓ rows.
func introScrollRows(c Ctx, head, start string) int {
	return max(introRoom(c, start)-lipgloss.Height(head)-2, 1)
}

// introRoom is how many lines the intro's text gets above the line that
// says how to go on (and a blank line before it).
func introRoom(c Ctx, start string) int {
	return max(c.Height-len(c.frameBottom(true))-lipgloss.Height(start)-1, 3)
}

// introParts are the intro's text with its drawing, and the line that
// says how to go on. The drawing goes where the whole intro still fits
// without scrolling: beside the text, under it, or beside the steps
// wrapped narrower (the caution under both at full width); an intro too
// long for any of them goes without (the get-ready screen after it shows
// the drawing).
func introParts(c Ctx, v Intro) (content, start string) {
	start = c.St.Text.Render(wrapBlock(c.Cat.T("session.intro_start"), c.blockTextWidth()))
	room := introRoom(c, start)
	full := c.blockTextWidth()
	head, foot := introHead(c, v, full), introFoot(c, v, full)
	content = head + foot
	if pic := c.drawingBlock(v.Drawing); pic != "" {
		tries := []string{
			lipgloss.JoinHorizontal(lipgloss.Top, head+foot, "    ", pic),
			head + foot + "\n\n" + pic,
		}
		if narrow := c.focusWidth() - 4 - lipgloss.Width(pic); narrow >= introMinText {
			tries = append(tries, lipgloss.JoinHorizontal(lipgloss.Top, introHead(c, v, narrow), "    ", pic)+foot)
		}
		for _, t := range tries {
			if lipgloss.Width(t) <= c.focusWidth() && lipgloss.Height(t) <= room {
				content = t
				break
			}
		}
	}
	return c.overlays(v.Header, content), start
}

// introMinText is the narrowest the intro's steps are wrapped to make
// room for the drawing beside them.
const introMinText = 36

// introHead is the intro's header, dose and steps, wrapped to width.
func introHead(c Ctx, v Intro, width int) string {
	var steps []string
	for i, st := range v.Steps {
		steps = append(steps, hangBlock(fmt.Sprintf("%d. ", i+1), st, width))
	}
	return c.header(v.Header) + "\n" + c.St.Subtitle.Render(wrapBlock(v.Dose, width)) + "\n\n" + strings.Join(steps, "\n")
}

// introFoot is the caution and the dose note under the steps, each after
// a blank line, or "".
func introFoot(c Ctx, v Intro, width int) string {
	var b strings.Builder
	if v.Caution != "" {
		b.WriteString("\n\n" + c.St.Warn.Render(hangBlock("⚠ "+c.Cat.T("session.caution")+": ", v.Caution, width)))
		b.WriteString("\n" + c.St.Text.Render(hangBlock("  ", c.Cat.T("session.caution_skip"), width)))
	}
	if v.DoseNote != "" {
		b.WriteString("\n\n" + c.St.Good.Render(hangBlock("↗ ", v.DoseNote, width)))
	}
	return b.String()
}

// TimerScreen draws a hold, get-ready, switch-side or rest countdown.
func TimerScreen(c Ctx, v Timer) string {
	label := c.St.Subtitle.Render(v.Label)
	if v.SetLine != "" {
		label += c.St.Muted.Render("   " + v.SetLine)
	}
	top := c.sessionTop(v.Header) + label + "\n\n"
	clock := Clock(v.Remaining)
	tail := c.St.Clock.Render(clock) + c.St.Muted.Render(" "+c.Cat.T("session.left")) + "\n" +
		Bar(c.St, v.BarCells, fraction(v.Total-v.Remaining, v.Total)) + "\n"
	if v.NextUp != "" {
		tail += "\n" + c.St.Muted.Render(c.Cat.T("session.next", "What", v.NextUp))
	}
	digits := c.St.Digits
	if v.Calm {
		digits = c.St.Muted
	}
	if v.BigDigits {
		if body, ok := c.sideBody(v, top, tail, digits); ok {
			return sessionFrame(c, c.overlays(v.Header, body))
		}
	}
	body := ""
	drawn := false
	if v.BigDigits && c.Height >= 22 {
		var focus string
		focus, drawn = c.beside(digits.Render(BigScaled(clock, digitScale(c))), v.Drawing)
		body += focus + "\n\n"
	}
	body += tail
	if drawn {
		body = top + body
	} else {
		body = c.withDrawing(top, body, v.Drawing)
	}
	return sessionFrame(c, c.overlays(v.Header, body))
}

// RepsScreen draws a set of paced repetitions: with big digits on, the
// cue word in the block font (see cueBody), else in plain letters.
func RepsScreen(c Ctx, v RepsView) string {
	top := c.sessionTop(v.Header) + c.St.Subtitle.Render(v.SetLine) + "   " +
		c.St.Subtitle.Render(c.Cat.T("session.rep_of", "N", v.Rep, "Total", v.Reps)) + "\n\n"
	tail := repMarks(c, v.Done, v.Reps) + "\n"
	if !v.Manual {
		tail += c.St.Clock.Render(Clock(v.Remaining)) + c.St.Muted.Render(" "+c.Cat.T("session.left_in_set")) + "\n"
		tail += Bar(c.St, v.BarCells, fraction(v.Total-v.Remaining, v.Total)) + "\n"
	}
	if !v.Manual && v.BigDigits {
		if body, ok := c.cueBody(v, top, tail); ok {
			return sessionFrame(c, c.overlays(v.Header, body))
		}
	}
	var focus string
	if v.Manual {
		focus = c.St.Digits.Render(c.Cat.T("session.manual_hint"))
	} else {
		word := lipgloss.NewStyle().Width(cueWidth(v)).Render(c.St.Digits.Render(strings.ToUpper(v.Cue)))
		focus = word + c.St.Muted.Render(fmt.Sprintf("  %d s", WholeSeconds(v.CueLeft))) + "\n" + beat(c, v.Phase, v.Phases)
	}
	focus, drawn := c.beside(focus, v.Drawing)
	body := top + focus + "\n\n" + tail
	if !drawn {
		body = c.withDrawing(top, focus+"\n\n"+tail, v.Drawing)
	}
	return sessionFrame(c, c.overlays(v.Header, body))
}

// beat shows which movement phase of the rep is running: ● for the
// current one, ○ for the others.
func beat(c Ctx, phase, phases int) string {
	var marks []string
	for i := 0; i < phases; i++ {
		if i == phase {
			marks = append(marks, c.St.Accent.Render("●"))
		} else {
			marks = append(marks, c.St.Muted.Render("○"))
		}
	}
	return strings.Join(marks, " ")
}

// repMarks is the row of filled and empty marks for the set.
func repMarks(c Ctx, done, reps int) string {
	if done > reps {
		done = reps
	}
	return c.St.Accent.Render(strings.Repeat("■ ", done)) + c.St.Muted.Render(strings.Repeat("□ ", reps-done))
}

func fraction(part, whole time.Duration) float64 {
	if whole <= 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// cueWidth is the width of the widest cue word of the pace (the current
// one when the model gave no list).
func cueWidth(v RepsView) int {
	w := lipgloss.Width(strings.ToUpper(v.Cue))
	for _, cue := range v.Cues {
		w = max(w, lipgloss.Width(strings.ToUpper(cue)))
	}
	return w
}
