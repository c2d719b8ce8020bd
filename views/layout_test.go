package views

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"pgregory.net/rapid"

	"github.com/rygtimer/rygtimer/i18n"
)

// TestFitWidthIsLipglossMaxWidth: frame's own cut and padding of the
// screen's lines gives byte for byte what lipgloss's MaxWidth style gave,
// for lines of styled, wide, combining and tabbed text.
func TestFitWidthIsLipglossMaxWidth(t *testing.T) {
	pieces := []string{"a", "bc", " ", "   ", "宽", "😀", "👍🏽", "e\u0301", "\t", "\r\n", "█", "░",
		"\x1b[31m", "\x1b[0m", "\x1b[1;38;5;202m", "\x1b]8;;https://x\x1b\\"}
	rapid.Check(t, func(t *rapid.T) {
		lines := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) string {
			return strings.Join(rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 40).Draw(t, "pieces"), "")
		}), 1, 8).Draw(t, "lines")
		maxWidth := rapid.IntRange(-1, 50).Draw(t, "max")
		want := lipgloss.NewStyle().MaxWidth(maxWidth).Render(strings.Join(lines, "\n"))
		if got := fitWidth(lines, maxWidth); got != want {
			t.Fatalf("max %d:\n got %q\nwant %q", maxWidth, got, want)
		}
	})
}

// TestHelpBarKeptIsDrawn: the help bar kept from an earlier frame is the
// one drawn now, for every width and both backgrounds, and a key that
// changes (disabled, or saying something else) gives a new bar.
func TestHelpBarKeptIsDrawn(t *testing.T) {
	k := newSafetyKeys()
	for _, dark := range []bool{true, false} {
		for w := 20; w <= 140; w += 7 {
			c := Ctx{Cat: i18n.New("en"), St: NewStyles(dark), Width: w, Height: 30, Keys: k}
			for range 2 {
				if got, want := helpBar(c), drawHelpBar(c); got != want {
					t.Fatalf("width %d dark %t: kept\n%q\ndrawn\n%q", w, dark, got, want)
				}
			}
		}
	}
	c := Ctx{Cat: i18n.New("en"), St: NewStyles(true), Width: 100, Height: 30, Keys: k}
	before := helpBar(c)
	k.bindings[1].SetEnabled(false)
	if helpBar(c) == before {
		t.Fatal("disabling esc did not change the help bar")
	}
	k.bindings[1].SetEnabled(true)
	k.bindings[1].SetHelp("esc", "tilbage")
	if after := helpBar(c); after == before || after != drawHelpBar(c) {
		t.Fatalf("a new text for esc: %q, was %q", after, before)
	}
}
