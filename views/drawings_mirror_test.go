package views

import (
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// Mirroring twice gives back every frame of every drawing, and a mirrored
// frame keeps its size, its head and its floor.
func TestMirrorTwiceIsTheOriginal(t *testing.T) {
	t.Parallel()
	for _, name := range DrawingNames() {
		for f := range DrawingFrames(name) {
			lines, _ := Drawing(name, f)
			m := Mirror(lines)
			if got := Mirror(m); !slices.Equal(got, lines) {
				t.Errorf("%s frame %d: mirrored twice\n%s\nwant\n%s", name, f, strings.Join(got, "\n"), strings.Join(lines, "\n"))
			}
			if slices.Equal(m, lines) {
				t.Errorf("%s frame %d: the mirror image is the same drawing", name, f)
			}
			for i := range lines {
				if lipgloss.Width(m[i]) != lipgloss.Width(lines[i]) {
					t.Errorf("%s frame %d row %d: %d wide mirrored, %d before", name, f, i, lipgloss.Width(m[i]), lipgloss.Width(lines[i]))
				}
			}
			if strings.Count(strings.Join(m, ""), "○") != 1 || strings.Trim(m[len(m)-1], drawingFloor) != "" {
				t.Errorf("%s frame %d: the mirror image lost its head or floor", name, f)
			}
		}
	}
}

// Mirror swaps the characters that face a way, reverses each line and pads
// a short line to the drawing's width first, so the figure keeps its place.
func TestMirrorSwapsAndPads(t *testing.T) {
	t.Parallel()
	got := Mirror([]string{"/(<[{╱┌└├╭╰▌", "○─╲", "ab"})
	want := []string{"▐╯╮┤┘┐╲}]>)\\", "         ╱─○", "          ba"}
	if !slices.Equal(got, want) {
		t.Errorf("Mirror = %q, want %q", got, want)
	}
	if Mirror(nil) == nil || len(Mirror(nil)) != 0 {
		t.Error("Mirror(nil) is not an empty drawing")
	}
}

// TestMirroredDrawingGolden keeps the left side's frames of every drawing
// in testdata/drawings/<name>_left.golden beside the originals.
func TestMirroredDrawingGolden(t *testing.T) {
	t.Parallel()
	drawingGoldens(t, "_left", " mirrored for the left side, frame %d of %d", Mirror)
}
