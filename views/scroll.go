package views

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"
)

// scrollWindow shows height rows of lines from offset, in a bubbles
// viewport as wide as the widest line (so the text is not padded beyond
// itself and the layout stays as it was). It reports whether lines are
// cut off above and below.
func scrollWindow(lines []string, offset, height int) (view string, above, below bool) {
	height = max(height, 1)
	offset = min(max(offset, 0), scrollMax(lines, height))
	width := Widest(lines[offset:min(offset+height, len(lines))])
	vp := viewport.New(viewport.WithWidth(width), viewport.WithHeight(height))
	vp.SetContentLines(lines)
	vp.SetYOffset(offset)
	return vp.View(), !vp.AtTop(), !vp.AtBottom()
}

// scrollMax is the largest useful offset of lines in height rows.
func scrollMax(lines []string, height int) int {
	return max(len(lines)-max(height, 1), 0)
}

func splitLines(s string) []string { return strings.Split(s, "\n") }

// Widest is the width of the widest of lines (at least 1): a viewport as
// wide as its text pads nothing beyond it, so the layout around it stays
// as it was.
func Widest(lines []string) int {
	width := 1
	for _, l := range lines {
		width = max(width, lipgloss.Width(l))
	}
	return width
}
