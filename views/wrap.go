package views

import (
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// This file is the one text wrapper of the app and the command line.

// WrapLines wraps plain text at spaces only, so names like
// "Knee-to-chest" stay whole, and never starts a line with a dash; a
// word wider than the line is cut hard. Newlines in s are kept, and so
// are no-break spaces: "20\u00a0s" never ends up on two lines.
func WrapLines(s string, w int) []string {
	var out []string
	for _, p := range strings.Split(s, "\n") {
		var words []string
		for _, f := range strings.FieldsFunc(p, breaksLine) {
			if (f == "–" || f == "—") && len(words) > 0 {
				words[len(words)-1] += " " + f
				continue
			}
			words = append(words, f)
		}
		line := ""
		for _, wd := range words {
			switch {
			case line == "":
				line = wd
			case ansi.StringWidth(line)+1+ansi.StringWidth(wd) <= w:
				line += " " + wd
			default:
				out = append(out, line)
				line = wd
			}
			for ansi.StringWidth(line) > w {
				cut := ansi.Truncate(line, w, "")
				out = append(out, cut)
				line = strings.TrimPrefix(line, cut)
			}
		}
		out = append(out, line)
	}
	return out
}

// breaksLine reports whether a line may break at r: any space but the
// no-break ones.
func breaksLine(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007'
}

// Wrap is WrapLines joined into one block of text.
func Wrap(s string, width int) string {
	return strings.Join(WrapLines(s, max(width, 1)), "\n")
}

// WrapHanging wraps s to width under prefix, the following lines indented
// to line up under the text.
func WrapHanging(prefix, s string, width int) string {
	pw := ansi.StringWidth(prefix)
	return prefix + strings.ReplaceAll(Wrap(s, width-pw), "\n", "\n"+strings.Repeat(" ", pw))
}

// wrapBlock and hangBlock pad the wrapped lines to width, so the block
// takes the whole column it was given: the layout places drawings beside
// text by the width of its blocks.
func wrapBlock(s string, width int) string {
	return lipgloss.NewStyle().Width(max(width, 1)).Render(Wrap(s, width))
}

func hangBlock(prefix, s string, width int) string {
	return lipgloss.NewStyle().Width(max(width, 1)).Render(WrapHanging(prefix, s, width))
}

// Styled forms of the same wrapping, one style per line (the safety screens):

// wrapPara wraps s to width w and styles each line on its own, so no line is
// padded with trailing blanks.
func wrapPara(st lipgloss.Style, s string, w int) []string {
	var out []string
	for _, l := range WrapLines(s, max(w, 10)) {
		out = append(out, st.Render(l))
	}
	return out
}

// hangPara wraps s to width w under a prefix, with the following lines
// indented to line up under the text.
func hangPara(pst lipgloss.Style, prefix string, st lipgloss.Style, s string, w int) []string {
	pw := ansi.StringWidth(prefix)
	lines := wrapPara(st, s, w-pw)
	for i := range lines {
		if i == 0 {
			lines[i] = pst.Render(prefix) + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", pw) + lines[i]
		}
	}
	return lines
}
