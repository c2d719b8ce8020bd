package views

import "strings"

// bigGlyphs is a five-row block font for the countdown, readable from a
// mat two metres away. Each glyph is five columns wide (the colon three).
var bigGlyphs = map[rune][5]string{
	'0': {"█████", "█   █", "█   █", "█   █", "█████"},
	'1': {"  ██ ", "   █ ", "   █ ", "   █ ", "  ███"},
	'2': {"█████", "    █", "█████", "█    ", "█████"},
	'3': {"█████", "    █", " ████", "    █", "█████"},
	'4': {"█   █", "█   █", "█████", "    █", "    █"},
	'5': {"█████", "█    ", "█████", "    █", "█████"},
	'6': {"█████", "█    ", "█████", "█   █", "█████"},
	'7': {"█████", "    █", "   █ ", "  █  ", "  █  "},
	'8': {"█████", "█   █", "█████", "█   █", "█████"},
	'9': {"█████", "█   █", "█████", "    █", "█████"},
	':': {"   ", " █ ", "   ", " █ ", "   "},
}

// BigHeight is the number of rows big digits take.
const BigHeight = 5

// Big renders s (digits and colons) in the block font, one space between
// glyphs. Characters without a glyph are left out.
func Big(s string) string {
	var rows [BigHeight]strings.Builder
	first := true
	for _, r := range s {
		g, ok := bigGlyphs[r]
		if !ok {
			continue
		}
		for i := range rows {
			if !first {
				rows[i].WriteByte(' ')
			}
			rows[i].WriteString(g[i])
		}
		first = false
	}
	lines := make([]string, BigHeight)
	for i := range rows {
		lines[i] = rows[i].String()
	}
	return strings.Join(lines, "\n")
}

// BigScaled renders s in the block font scaled by a whole factor, each
// cell repeated across and down, for windows with room to spare: at 2 the
// digits are ten rows high, readable across a room.
func BigScaled(s string, scale int) string {
	return strings.Join(scaleBlock(strings.Split(Big(s), "\n"), scale), "\n")
}

// digitScale is how much larger than the base font the countdown can be
// drawn in a window of this size.
func digitScale(c Ctx) int {
	if c.Width >= 110 && c.Height >= 36 {
		return 2
	}
	return 1
}
