package views

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// Every glyph of the word font is five rows of one width, drawn only in
// full and half blocks, so scaling and halving stay exact.
func TestBigLettersAreWellFormed(t *testing.T) {
	t.Parallel()
	for r, g := range bigLetters {
		if len(g) != BigHeight {
			t.Errorf("%q: %d rows, want %d", r, len(g), BigHeight)
			continue
		}
		for i, row := range g {
			if w := lipgloss.Width(row); w != lipgloss.Width(g[0]) || w == 0 {
				t.Errorf("%q row %d: %d wide, row 0 is %d", r, i, w, lipgloss.Width(g[0]))
			}
			if s := strings.Trim(row, " █▀▄"); s != "" {
				t.Errorf("%q row %d: %q is not a block", r, i, s)
			}
		}
	}
	for _, r := range "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789" {
		if _, ok := bigGlyph(r); !ok {
			t.Errorf("no glyph for %q", r)
		}
	}
}

// The words seen from the mat are all drawable: every cue of the built-in
// routines and the sides, in both languages.
func TestBigWordDrawsEveryBuiltInCueAndSide(t *testing.T) {
	t.Parallel()
	words := []string{}
	for _, lang := range []string{i18n.EN, i18n.DA} {
		cat := i18n.New(lang)
		words = append(words, cat.T("side.right"), cat.T("side.left"))
		for _, r := range routines.BuiltIns() {
			for _, e := range r.Exercises {
				for _, p := range e.Pace {
					words = append(words, p.Cue.In(lang))
				}
			}
		}
	}
	for _, w := range words {
		lines, ok := BigWord(w, 1)
		if !ok {
			t.Errorf("BigWord(%q) not drawable", w)
			continue
		}
		if len(lines) != BigHeight {
			t.Errorf("BigWord(%q): %d rows", w, len(lines))
		}
		// Beside the widest drawing at 80 columns (see sideBody, cueBody).
		if wd := lipgloss.Width(lines[0]); wd+4+DrawingMaxWidth > 78 {
			t.Errorf("BigWord(%q) is %d wide: no room for a drawing beside it at 80 columns", w, wd)
		}
	}
}

// A word with a character the font lacks is not drawn at all, rather
// than drawn with a letter missing.
func TestBigWordRefusesWhatItCannotDraw(t *testing.T) {
	t.Parallel()
	for _, w := range []string{"Übung", "tilt~", "a\tb", "ü"} {
		if lines, ok := BigWord(w, 1); ok {
			t.Errorf("BigWord(%q) = %q, want not ok", w, lines)
		}
	}
	if lines, ok := BigWord("vip", 1); !ok || strings.Join(lines, "") != strings.Join(mustBig(t, "VIP"), "") {
		t.Error("BigWord does not upper-case")
	}
}

func mustBig(t *testing.T, s string) []string {
	t.Helper()
	lines, ok := BigWord(s, 1)
	if !ok {
		t.Fatalf("BigWord(%q) not ok", s)
	}
	return lines
}

// Scaling doubles every pixel, half blocks included; halving draws five
// rows in three.
func TestScaleAndHalve(t *testing.T) {
	t.Parallel()
	aa := mustBig(t, "Å")
	two := scaleBlock(aa, 2)
	if len(two) != 2*BigHeight || lipgloss.Width(two[0]) != 2*lipgloss.Width(aa[0]) {
		t.Fatalf("scale 2 of Å is %d×%d", lipgloss.Width(two[0]), len(two))
	}
	// The ring's upper half block becomes a full row over an empty one.
	if two[0] != "  ████  " || two[1] != "        " {
		t.Errorf("Å's ring at scale 2 = %q, %q", two[0], two[1])
	}
	if got := scaleBlock(aa, 1); strings.Join(got, "\n") != strings.Join(aa, "\n") {
		t.Error("scale 1 changes the glyph")
	}
	half := halfBlock(strings.Split(Big("8"), "\n"))
	want := []string{"█▀▀▀█", "█▀▀▀█", "▀▀▀▀▀"}
	if strings.Join(half, "\n") != strings.Join(want, "\n") {
		t.Errorf("half of 8 =\n%s\nwant\n%s", strings.Join(half, "\n"), strings.Join(want, "\n"))
	}
	if BigScaled("0:42", 2) != strings.Join(scaleBlock(strings.Split(Big("0:42"), "\n"), 2), "\n") {
		t.Error("BigScaled and scaleBlock disagree")
	}
}

// TestBigFontGolden keeps the whole font, at scale 1 and 2 and the digits
// at half height, in testdata/bigtext/font.golden for review.
func TestBigFontGolden(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for _, row := range []string{"ABCDEFGHIJ", "KLMNOPQRS", "TUVWXYZ", "ÆØÅ -.!?'", "0123456789", "HØJRE", "VENSTRE", "STRÆK UD"} {
		b.WriteString(strings.Join(mustBig(t, row), "\n") + "\n\n")
	}
	b.WriteString(strings.Join(mustBig(t, "VIP"), "\n") + "\n\n")
	b.WriteString(strings.Join(scaleBlock(mustBig(t, "TILT"), 2), "\n") + "\n\n")
	b.WriteString(strings.Join(halfBlock(strings.Split(Big("0123456789:"), "\n")), "\n") + "\n")
	requireGolden(namedTB{t, "bigtext/font"}, []byte(b.String()))
}

// paint gives what lipgloss gives, line by line, for the styles the big
// words and digits are drawn in.
func TestPaintIsRender(t *testing.T) {
	t.Parallel()
	lines := []string{"██ ▀▄", " ▄▄  "}
	for _, dark := range []bool{true, false} {
		st := NewStyles(dark)
		for _, s := range []lipgloss.Style{st.Digits, st.Muted, lipgloss.NewStyle()} {
			want := s.Render(lines[0]) + "\n" + s.Render(lines[1])
			if got := paint(s, lines); got != want {
				t.Errorf("paint = %q, want %q", got, want)
			}
		}
	}
}
