package views

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// builtinDrawings are the drawing names the built-in routines use.
var builtinDrawings = []string{
	"pelvic-tilt", "knee-to-chest", "seated-lumbar-stretch", "piriformis",
	"press-up", "bridge", "bird-dog",
}

// repDrawings alternate two frames with the rep cue; the rest are holds.
var repDrawings = map[string]bool{"pelvic-tilt": true, "bridge": true, "press-up": true, "bird-dog": true}

func TestDrawingNames(t *testing.T) {
	t.Parallel()
	names := DrawingNames()
	for _, want := range builtinDrawings {
		if !slices.Contains(names, want) {
			t.Errorf("DrawingNames() = %v, missing %q", names, want)
		}
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Errorf("DrawingNames() lists %q twice", n)
		}
		seen[n] = true
	}
	names[0] = "changed"
	if DrawingNames()[0] == "changed" {
		t.Error("DrawingNames() returns its internal slice")
	}
}

func TestDrawingFrameCounts(t *testing.T) {
	t.Parallel()
	for _, name := range DrawingNames() {
		want := 1
		if repDrawings[name] {
			want = 2
		}
		if got := DrawingFrames(name); got != want {
			t.Errorf("DrawingFrames(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestDrawingSizes(t *testing.T) {
	t.Parallel()
	for _, name := range DrawingNames() {
		first, _ := Drawing(name, 0)
		for f := range DrawingFrames(name) {
			lines, ok := Drawing(name, f)
			if !ok {
				t.Fatalf("Drawing(%q, %d) not ok", name, f)
			}
			if len(lines) == 0 || len(lines) > DrawingMaxHeight {
				t.Errorf("%s frame %d: %d rows, want 1..%d", name, f, len(lines), DrawingMaxHeight)
			}
			if len(lines) != len(first) {
				t.Errorf("%s frame %d: %d rows, frame 0 has %d", name, f, len(lines), len(first))
			}
			if h := lipgloss.Height(strings.Join(lines, "\n")); h != len(lines) {
				t.Errorf("%s frame %d: a line holds a line break", name, f)
			}
			for i, l := range lines {
				w := lipgloss.Width(l)
				if aw := ansi.StringWidth(l); aw != w {
					t.Errorf("%s frame %d row %d: lipgloss width %d, ansi width %d", name, f, i, w, aw)
				}
				if w > DrawingMaxWidth {
					t.Errorf("%s frame %d row %d: %d columns, max %d: %q", name, f, i, w, DrawingMaxWidth, l)
				}
				if w != lipgloss.Width(first[0]) {
					t.Errorf("%s frame %d row %d: %d columns, frame 0 row 0 has %d", name, f, i, w, lipgloss.Width(first[0]))
				}
				for _, r := range l {
					if unicode.IsControl(r) || ansi.StringWidth(string(r)) != 1 {
						t.Errorf("%s frame %d row %d: %q is not one cell wide", name, f, i, r)
					}
				}
			}
		}
	}
}

func TestDrawingHasHeadAndFloor(t *testing.T) {
	t.Parallel()
	for _, name := range DrawingNames() {
		topUsed := false
		for f := range DrawingFrames(name) {
			lines, _ := Drawing(name, f)
			if n := strings.Count(strings.Join(lines, ""), "○"); n != 1 {
				t.Errorf("%s frame %d: %d heads, want 1", name, f, n)
			}
			last := lines[len(lines)-1]
			if strings.Trim(last, drawingFloor) != "" {
				t.Errorf("%s frame %d: last line %q is not the floor", name, f, last)
			}
			if strings.TrimSpace(lines[0]) != "" {
				topUsed = true
			}
		}
		if !topUsed {
			t.Errorf("%s: the first line is blank in every frame", name)
		}
	}
}

func TestDrawingFramesDiffer(t *testing.T) {
	t.Parallel()
	for _, name := range DrawingNames() {
		for f := 1; f < DrawingFrames(name); f++ {
			a, _ := Drawing(name, f-1)
			b, _ := Drawing(name, f)
			if slices.Equal(a, b) {
				t.Errorf("%s: frames %d and %d are the same", name, f-1, f)
			}
		}
	}
}

func TestDrawingUnknown(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"", "Pelvic-Tilt", "no-such-exercise"} {
		if lines, ok := Drawing(name, 0); ok || lines != nil {
			t.Errorf("Drawing(%q, 0) = %v, %v; want nil, false", name, lines, ok)
		}
		if n := DrawingFrames(name); n != 0 {
			t.Errorf("DrawingFrames(%q) = %d, want 0", name, n)
		}
	}
}

func TestDrawingFrameWraps(t *testing.T) {
	t.Parallel()
	for _, name := range DrawingNames() {
		n := DrawingFrames(name)
		for f := range n {
			want, _ := Drawing(name, f)
			for _, g := range []int{f + n, f + 7*n, f - n, f - 3*n} {
				got, ok := Drawing(name, g)
				if !ok || !slices.Equal(got, want) {
					t.Errorf("Drawing(%q, %d) differs from frame %d", name, g, f)
				}
			}
		}
	}
}

func TestDrawingReturnsCopy(t *testing.T) {
	t.Parallel()
	lines, _ := Drawing("bridge", 0)
	keep := lines[0]
	lines[0] = "changed"
	if again, _ := Drawing("bridge", 0); again[0] != keep {
		t.Error("Drawing returns its internal slice")
	}
}

// TestDrawingGolden keeps every frame of every drawing in
// testdata/drawings/<name>.golden, between | marks so the padding shows, for
// review; `go test ./views -run TestDrawingGolden -update` rewrites them.
func TestDrawingGolden(t *testing.T) {
	t.Parallel()
	drawingGoldens(t, "", ", frame %d of %d", func(l []string) []string { return l })
}

// drawingGoldens writes every frame of every drawing, passed through
// transform, to testdata/drawings/<name><suffix>.golden; caption heads
// each frame after the drawing's name.
func drawingGoldens(t *testing.T, suffix, caption string, transform func([]string) []string) {
	for _, name := range DrawingNames() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var b strings.Builder
			n := DrawingFrames(name)
			for f := range n {
				lines, _ := Drawing(name, f)
				if f > 0 {
					b.WriteString("\n")
				}
				fmt.Fprintf(&b, "%s"+caption+"\n", name, f, n)
				for _, l := range transform(lines) {
					b.WriteString("|" + l + "|\n")
				}
			}
			golden.RequireEqual(namedTB{t, "drawings/" + name + suffix}, b.String())
		})
	}
}

// namedTB makes golden keep a file under testdata/<name>.golden rather than
// under the test's own name.
type namedTB struct {
	testing.TB
	name string
}

func (n namedTB) Name() string { return n.name }
