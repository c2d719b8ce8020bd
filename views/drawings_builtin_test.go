package views

import (
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/routines"
)

// Every exercise of every built-in routine has a drawing, and every frame
// of it fits the 32×8 box the layouts leave for it.
func TestEveryBuiltInExerciseHasADrawingThatFits(t *testing.T) {
	t.Parallel()
	for _, r := range routines.BuiltIns() {
		for _, e := range r.Exercises {
			n := DrawingFrames(e.Drawing)
			if n == 0 {
				t.Errorf("%s/%s: no drawing named %q", r.ID, e.ID, e.Drawing)
				continue
			}
			if e.Kind == routines.Reps && len(e.Pace) >= 2 && n < 2 {
				t.Errorf("%s/%s: a paced exercise wants two frames to alternate, has %d", r.ID, e.ID, n)
			}
			for f := 0; f < n; f++ {
				lines, _ := Drawing(e.Drawing, f)
				if len(lines) > DrawingMaxHeight {
					t.Errorf("%s/%s frame %d: %d rows, max %d", r.ID, e.ID, f, len(lines), DrawingMaxHeight)
				}
				for _, l := range lines {
					if w := ansi.StringWidth(l); w > DrawingMaxWidth {
						t.Errorf("%s/%s frame %d: a row is %d wide, max %d", r.ID, e.ID, f, w, DrawingMaxWidth)
					}
				}
			}
		}
	}
}
