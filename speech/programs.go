package speech

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lang is the language of a spoken sentence: "en" or "da". It is what
// {lang} becomes in a configured speech command.
type Lang string

// The languages rygtimer speaks.
const (
	English Lang = "en"
	Danish  Lang = "da"
)

// Placeholders in configured commands. They are replaced inside each
// argument, so "--text={text}" works as well as a bare "{text}".
const (
	TextPlaceholder = "{text}"
	LangPlaceholder = "{lang}"
	FilePlaceholder = "{file}"
)

// program is a speech program or sound player rygtimer knows by name,
// with the arguments that make it do the right thing.
type program struct {
	name string
	// argv returns the command for one sentence (speech) or one file
	// (sound); the placeholders are filled in by fill.
	argv func(lang Lang) []string
	// darwinOnly marks macOS tools whose names other systems use for
	// something else (GNUstep ships a /usr/bin/say).
	darwinOnly bool
}

// speechPrograms are looked for in this order when no command is
// configured. espeak-ng comes first: it speaks by itself, while spd-say
// needs a running speech-dispatcher.
var speechPrograms = []program{
	{name: "espeak-ng", argv: func(Lang) []string {
		// "--" so a sentence can never be read as an option.
		return []string{"espeak-ng", "-v", LangPlaceholder, "--", TextPlaceholder}
	}},
	{name: "spd-say", argv: func(Lang) []string {
		// -w keeps spd-say running while it speaks, so stopping it means
		// something; priority "text" makes speech-dispatcher itself cancel
		// an older sentence when a newer one arrives.
		return []string{"spd-say", "-w", "-P", "text", "-l", LangPlaceholder, "--", TextPlaceholder}
	}},
	{name: "say", darwinOnly: true, argv: func(lang Lang) []string {
		// say chooses voices by name, not language: Sara is the Danish
		// voice macOS ships; English uses the system's default voice.
		if lang == Danish {
			return []string{"say", "-v", "Sara", TextPlaceholder}
		}
		return []string{"say", TextPlaceholder}
	}},
}

// soundPlayers are looked for in this order when no command is
// configured: PipeWire, PulseAudio, ALSA, macOS.
var soundPlayers = []program{
	{name: "pw-play", argv: func(Lang) []string { return []string{"pw-play", FilePlaceholder} }},
	{name: "paplay", argv: func(Lang) []string { return []string{"paplay", FilePlaceholder} }},
	{name: "aplay", argv: func(Lang) []string { return []string{"aplay", "-q", FilePlaceholder} }},
	{name: "afplay", darwinOnly: true, argv: func(Lang) []string { return []string{"afplay", FilePlaceholder} }},
}

// findProgram returns the first program that lookPath finds, or false.
func findProgram(candidates []program, goos string, lookPath func(string) (string, error)) (program, bool) {
	for _, p := range candidates {
		if p.darwinOnly && goos != "darwin" {
			continue
		}
		if _, err := lookPath(p.name); err == nil {
			return p, true
		}
	}
	return program{}, false
}

// configured wraps a command from the config file as a program.
func configured(argv []string) program {
	cmd := append([]string(nil), argv...)
	return program{name: filepath.Base(cmd[0]), argv: func(Lang) []string { return cmd }}
}

// fill returns argv with every placeholder replaced in one pass, so text
// that itself contains "{lang}" is spoken as it is.
func fill(argv []string, lang Lang, text, file string) []string {
	r := strings.NewReplacer(TextPlaceholder, text, LangPlaceholder, string(lang), FilePlaceholder, file)
	out := make([]string, len(argv))
	for i, a := range argv {
		out[i] = r.Replace(a)
	}
	return out
}

// maxSentenceBytes bounds what one cue hands a speech program. Cues are a
// few words; an exercise name from a routine file is capped well below.
const maxSentenceBytes = 400

// speakable makes a sentence safe to pass as an argument: control
// characters become spaces, runs of white space one space, and leading
// dashes go, so text from a routine file ("-w /some/file") can never be
// taken as an option by a program that does not understand "--".
func speakable(text string) string {
	text = strings.ToValidUTF8(text, " ")
	text = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, text)
	text = strings.Join(strings.Fields(text), " ")
	text = strings.TrimLeft(text, "-– ")
	if len(text) > maxSentenceBytes {
		cut := maxSentenceBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	return text
}

// ValidateSpeechCommand reports what is wrong with a configured
// [speech] command, for the config loader to show with its position.
func ValidateSpeechCommand(argv []string) error {
	return validateCommand(argv, TextPlaceholder)
}

// ValidateSoundCommand reports what is wrong with a configured [sound]
// command.
func ValidateSoundCommand(argv []string) error {
	return validateCommand(argv, FilePlaceholder)
}

func validateCommand(argv []string, needs string) error {
	if len(argv) == 0 {
		return errors.New("command is empty")
	}
	if strings.TrimSpace(argv[0]) == "" {
		return errors.New("command has no program name")
	}
	for _, a := range argv {
		if strings.Contains(a, needs) {
			return nil
		}
	}
	return fmt.Errorf("command never uses %s", needs)
}
