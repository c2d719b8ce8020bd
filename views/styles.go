// Package views draws rygtimer's screens. Every function here is a pure
// function of a small view-model, the Styles and the window size; nothing
// here decides anything or touches the clock, the journal or the keyboard.
package views

import (
	"charm.land/lipgloss/v2"
)

// Styles is the one semantic style set, built from a palette for a light
// or dark terminal. Meaning never rests on colour alone: the pain key is
// bold and boxed, urgent text is bold and upper-case marked, and the
// selected menu line has a marker, so NO_COLOR users see the same.
type Styles struct {
	Dark      bool
	Title     lipgloss.Style
	Subtitle  lipgloss.Style
	Text      lipgloss.Style
	Muted     lipgloss.Style
	Accent    lipgloss.Style
	Selected  lipgloss.Style
	Digits    lipgloss.Style
	Clock     lipgloss.Style
	Good      lipgloss.Style
	Warn      lipgloss.Style
	Urgent    lipgloss.Style
	UrgentBox lipgloss.Style
	Box       lipgloss.Style
	PainKey   lipgloss.Style
	BarFull   lipgloss.Style
	BarEmpty  lipgloss.Style
	Paused    lipgloss.Style
	HelpKey   lipgloss.Style
	HelpDesc  lipgloss.Style
	HelpSep   lipgloss.Style
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(dark bool) Styles {
	c := lipgloss.LightDark(dark)
	var (
		fg     = c(lipgloss.Color("#1F2328"), lipgloss.Color("#E6E6E6"))
		muted  = c(lipgloss.Color("#5A6270"), lipgloss.Color("#9AA3AF"))
		accent = c(lipgloss.Color("#005F87"), lipgloss.Color("#5FD7FF"))
		good   = c(lipgloss.Color("#1A7F37"), lipgloss.Color("#7EE787"))
		warn   = c(lipgloss.Color("#9A6700"), lipgloss.Color("#F2CC60"))
		urgent = c(lipgloss.Color("#CF222E"), lipgloss.Color("#FF7B72"))
		empty  = c(lipgloss.Color("#D0D7DE"), lipgloss.Color("#3D444D"))
	)
	base := lipgloss.NewStyle().Foreground(fg)
	return Styles{
		Dark:      dark,
		Title:     base.Bold(true).Foreground(accent),
		Subtitle:  base.Bold(true),
		Text:      base,
		Muted:     lipgloss.NewStyle().Foreground(muted),
		Accent:    lipgloss.NewStyle().Foreground(accent),
		Selected:  lipgloss.NewStyle().Bold(true).Foreground(accent),
		Digits:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Clock:     base.Bold(true),
		Good:      lipgloss.NewStyle().Foreground(good),
		Warn:      lipgloss.NewStyle().Bold(true).Foreground(warn),
		Urgent:    lipgloss.NewStyle().Bold(true).Foreground(urgent),
		UrgentBox: lipgloss.NewStyle().Bold(true).Foreground(urgent).Border(lipgloss.ThickBorder()).BorderForeground(urgent).Padding(0, 1),
		Box:       lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(muted).Padding(0, 1),
		PainKey:   lipgloss.NewStyle().Bold(true).Foreground(urgent),
		BarFull:   lipgloss.NewStyle().Foreground(accent),
		BarEmpty:  lipgloss.NewStyle().Foreground(empty),
		Paused:    lipgloss.NewStyle().Bold(true).Foreground(warn).Reverse(true),
		HelpKey:   lipgloss.NewStyle().Bold(true).Foreground(fg),
		HelpDesc:  lipgloss.NewStyle().Foreground(muted),
		HelpSep:   lipgloss.NewStyle().Foreground(empty),
	}
}
