package views

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// DrawingMaxWidth and DrawingMaxHeight bound every frame of every drawing,
// floor included, in terminal cells.
const DrawingMaxWidth, DrawingMaxHeight = 32, 8

// drawingFloor is the character of the mat or floor line under each figure.
const drawingFloor = "▀"

// drawingArt holds the figures of the built-in exercises, seen from the
// side with the head to the left, in the order of DrawingNames. Each frame
// lists its rows top to bottom without the floor line, which is added,
// and without trailing spaces: buildDrawings pads every frame of a drawing
// to the same width and height, so alternating frames do not make the
// layout jump. Only characters one cell wide are used (ASCII, box drawing
// and block elements), the body as lines through the middle of a cell and
// raised parts as ▁ runs joined by ╱ and ╲ at the cell corners.
var drawingArt = []struct {
	name   string
	frames [][]string
}{
	{"pelvic-tilt", [][]string{
		{ // lying on the back, knees bent, the lower back in its natural curve
			"                  ╱╲",
			"                 ╱  ╲",
			"         ▁▁▁▁▁  ╱    ╲",
			"   ○────╱     ╲╱      ╲▁▁",
		},
		{ // pelvis tipped: the lower back pressed flat to the mat
			"                  ╱╲",
			"                 ╱  ╲",
			"                ╱    ╲",
			"   ○───────────╱      ╲▁▁",
		},
	}},
	{"knee-to-chest", [][]string{
		{ // one knee hugged to the chest, the other foot flat on the floor
			"          ▁▁▁▁▁╱",
			"          ╲▁     ╱╲",
			"            ╲▁  ╱  ╲",
			"   ○──────────╲╱    ╲▁▁",
		},
	}},
	{"seated-lumbar-stretch", [][]string{
		{ // on a chair, one leg stretched out, leaning forward over it
			"            ○",
			" │        ▁╱ ╲",
			" │      ▁╱    ╲",
			" │    ▁╱▁▁▁▁▁▁▁╲",
			" ├───────┐      ╲▁▁",
			" │       │         ╲▁▁",
			" │       │            ╲▁▁",
		},
	}},
	{"piriformis", [][]string{
		{ // on the back, one ankle crossed over the other knee, that leg lifted
			"              ▁▁▁▁▁▁▁╱",
			"              │  ╱╲",
			"              │ ╱  ╲",
			"              │╱    ╲▁",
			"   ○──────────╱",
		},
	}},
	{"press-up", [][]string{
		{ // lying face down, hands under the shoulders
			"      ╱╲",
			"   ○─╱──╲───────────────▁",
		},
		{ // pressed up on straight arms, hips staying on the floor
			"   ○",
			"    ╲",
			"    │╲",
			"    │ ╲",
			"    │  ╲",
			"    │   ╲───────────────▁",
		},
	}},
	{"bridge", [][]string{
		{ // lying on the back, knees bent, feet flat
			"                  ╱╲",
			"                 ╱  ╲",
			"                ╱    ╲",
			"   ○───────────╱      ╲▁▁",
		},
		{ // hips lifted: shoulders, hips and knees in one line
			"               ▁▁╱╲",
			"            ▁▁╱    ╲",
			"         ▁▁╱        ╲",
			"      ▁▁╱            ╲",
			"   ○─╱                ╲▁▁",
		},
	}},
	{"bird-dog", [][]string{
		{ // on all fours: hands under the shoulders, knees under the hips
			"      ○",
			"      ╰┬─────────┐",
			"       │         │",
			"       │         │",
			"       │         └──────▁",
		},
		{ // one arm reaching forward, the opposite leg reaching back
			"      ○",
			" ─────┴┬─────────┬────────────",
			"       │         │",
			"       │         │",
			"       │         └──────▁",
		},
	}},
}

// drawings maps a name to its frames, each padded and with its floor.
var drawings = buildDrawings()

func buildDrawings() map[string][][]string {
	m := make(map[string][][]string, len(drawingArt))
	for _, d := range drawingArt {
		width, height := 0, 0
		for _, f := range d.frames {
			height = max(height, len(f))
			for _, row := range f {
				width = max(width, lipgloss.Width(row))
			}
		}
		frames := make([][]string, len(d.frames))
		for i, f := range d.frames {
			lines := make([]string, 0, height+1)
			for range height - len(f) {
				lines = append(lines, strings.Repeat(" ", width))
			}
			for _, row := range f {
				lines = append(lines, row+strings.Repeat(" ", width-lipgloss.Width(row)))
			}
			frames[i] = append(lines, strings.Repeat(drawingFloor, width))
		}
		m[d.name] = frames
	}
	return m
}

// Drawing returns the lines of drawing name at frame (frame is taken modulo
// the number of frames; frame 0 is the start position). ok is false for an
// unknown name (custom routines may have none). All frames of one drawing
// have the same number of lines, all of the same width, the floor last.
func Drawing(name string, frame int) (lines []string, ok bool) {
	frames, ok := drawings[name]
	if !ok {
		return nil, false
	}
	n := len(frames)
	return append([]string(nil), frames[(frame%n+n)%n]...), true
}

// DrawingFrames returns how many frames a drawing has (0 if unknown).
func DrawingFrames(name string) int {
	return len(drawings[name])
}

// DrawingNames lists the known names.
func DrawingNames() []string {
	names := make([]string, len(drawingArt))
	for i, d := range drawingArt {
		names[i] = d.name
	}
	return names
}

// mirrorRunes pairs each character with its mirror image left to right;
// a character not listed is its own mirror (│ ─ ○ ▁ ▀ ┬ ┴ …).
var mirrorRunes = func() map[rune]rune {
	pairs := []string{"/\\", "()", "<>", "[]", "{}", "╱╲", "┌┐", "└┘", "├┤", "╭╮", "╰╯",
		"┏┓", "┗┛", "┣┫", "╔╗", "╚╝", "╠╣", "▌▐", "▖▗", "▘▝", "▙▟", "▛▜", "◀▶", "←→", "◢◣", "◤◥", "⌐¬"}
	m := map[rune]rune{}
	for _, p := range pairs {
		r := []rune(p)
		m[r[0]], m[r[1]] = r[1], r[0]
	}
	return m
}()

// Mirror returns a drawing flipped left to right, for the left side: the
// figures are drawn for the right. Each line is padded to the drawing's
// width first, so the figure keeps its place over the floor.
func Mirror(lines []string) []string {
	width := 0
	for _, l := range lines {
		width = max(width, lipgloss.Width(l))
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		rs := []rune(l + strings.Repeat(" ", width-lipgloss.Width(l)))
		for a, b := 0, len(rs)-1; a <= b; a, b = a+1, b-1 {
			rs[a], rs[b] = mirrorRune(rs[b]), mirrorRune(rs[a])
		}
		out[i] = string(rs)
	}
	return out
}

func mirrorRune(r rune) rune {
	if m, ok := mirrorRunes[r]; ok {
		return m
	}
	return r
}
