// Package config reads rygtimer's settings file,
// $XDG_CONFIG_HOME/rygtimer/config.toml, strictly: an unknown key or a
// wrong value is an error naming file:line:column, like a routine file.
//
// Every setting is a pointer, nil when the file does not set it, so that
// the caller can apply flags > config file > default (or environment):
//
//	quiet := flagQuiet || !config.Or(cfg.Sound, true)
//	lang := i18n.Resolve(flagLang, config.Or(cfg.Lang, ""), os.Getenv)
package config

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"

	"github.com/rygtimer/rygtimer/internal/tomlx"
	"github.com/rygtimer/rygtimer/speech"
)

// Config is the content of the settings file. A nil field is not set.
type Config struct {
	// Lang is the interface language, "en" or "da".
	Lang *string
	// Sound, written `sound = false`, starts with speech and chimes
	// muted, as --quiet does (m turns them on). The [sound] table sets
	// the player instead (Chimes).
	Sound *bool
	// Accessible prints every change as a plain line for a screen
	// reader instead of drawing screens (--accessible).
	Accessible *bool
	// Speech is the [speech] table: whether cues are spoken, and by
	// which program ({text} and {lang} in its arguments).
	Speech Audio
	// Chimes is the [sound] table: whether chimes play, and by which
	// player ({file} in its arguments).
	Chimes Audio
	// Tempo scales the pace of repetitions: 1 is the routine's own pace,
	// 1.5 is half as slow again, 0.75 quicker. From MinTempo to MaxTempo.
	Tempo *float64
	// BigDigits shows the countdown in large digits.
	BigDigits *bool
	// Help holds the numbers shown when the patient should seek help.
	Help Help
}

// Audio is a [speech] or [sound] table. Enabled is nil when unset (auto);
// Command is an argv run without a shell, nil when unset (look for a
// program on PATH).
type Audio struct {
	Enabled *speech.Mode
	Command []string
}

// Help is the [help] table: what to call in an emergency, out of hours
// and for the patient's own doctor. Unset, the app shows the defaults of
// the interface language (Danish: 112, 1813, own GP).
type Help struct {
	Emergency  *string
	OutOfHours *string
	Doctor     *string
}

// The bounds of Tempo. Slower than half speed or quicker than double is
// no longer the exercise the routine describes.
const (
	MinTempo = 0.5
	MaxTempo = 2.0
)

// MaxHelpLen is the longest help text: a phone number or a short phrase
// such as "your GP, 70 11 22 33".
const MaxHelpLen = 60

// DefaultPath is where the settings file lives:
// $XDG_CONFIG_HOME/rygtimer/config.toml. Nothing is created.
func DefaultPath() string { return filepath.Join(xdg.ConfigHome, "rygtimer", "config.toml") }

// RoutinesDir is the folder of the user's own routines:
// $XDG_CONFIG_HOME/rygtimer/routines. Nothing is created.
func RoutinesDir() string { return filepath.Join(xdg.ConfigHome, "rygtimer", "routines") }

// MaxFileSize is the largest settings file read. Five settings and three
// help texts of 60 characters fit in well under 1 KiB; 64 KiB leaves room
// for any amount of comments and still refuses a wrong file at once.
const MaxFileSize = 64 << 10

// Load reads the settings file at path. A missing file is no error: it
// gives the zero Config, in which nothing is set. A file that cannot be
// read, is not a regular file or is larger than MaxFileSize gives an
// *fs.PathError; errors in the file come back as tomlx.Errors, all of
// them at once.
func Load(path string) (Config, error) {
	data, err := tomlx.ReadFile(path, MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return Config{}, nil
	}
	if err != nil {
		return Config{}, err // a *fs.PathError, which names the file
	}
	return Parse(path, data)
}

// Parse reads settings from data; file names it in errors.
func Parse(file string, data []byte) (Config, error) {
	root, err := tomlx.Parse(file, data)
	d := tomlx.NewDecoder(file)
	d.Add(err)
	if root == nil {
		return Config{}, d.Err()
	}
	var c Config
	s := d.Struct(root, "", "lang", "sound", "tempo", "big_digits", "accessible", "speech", "help")
	if v := s.Get("lang"); v != nil {
		if l, ok := d.OneOf(v, "lang", "en", "da"); ok {
			c.Lang = &l
		}
	}
	if v := s.Get("sound"); v != nil {
		if v.Kind == tomlx.Table {
			c.Chimes = audio(d, v, "sound", "{file}", speech.ValidateSoundCommand)
		} else if b, ok := d.Bool(v, "sound"); ok {
			c.Sound = &b
		}
	}
	if v := s.Get("speech"); v != nil {
		c.Speech = audio(d, v, "speech", "{text}", speech.ValidateSpeechCommand)
	}
	if v := s.Get("accessible"); v != nil {
		if b, ok := d.Bool(v, "accessible"); ok {
			c.Accessible = &b
		}
	}
	if v := s.Get("tempo"); v != nil {
		if t, ok := d.Float(v, "tempo", MinTempo, MaxTempo); ok {
			c.Tempo = &t
		}
	}
	if v := s.Get("big_digits"); v != nil {
		if b, ok := d.Bool(v, "big_digits"); ok {
			c.BigDigits = &b
		}
	}
	if v := s.Get("help"); v != nil {
		h := d.Struct(v, "[help]", "emergency", "out_of_hours", "doctor")
		c.Help.Emergency = helpText(d, h.Get("emergency"), "help.emergency")
		c.Help.OutOfHours = helpText(d, h.Get("out_of_hours"), "help.out_of_hours")
		c.Help.Doctor = helpText(d, h.Get("doctor"), "help.doctor")
	}
	if err := d.Err(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// audio decodes a [speech] or [sound] table: enabled is "auto", true or
// false; command a list of texts, the program first, using placeholder.
func audio(d *tomlx.Decoder, v *tomlx.Value, table, placeholder string, valid func([]string) error) Audio {
	var a Audio
	s := d.Struct(v, "["+table+"]", "enabled", "command")
	if e := s.Get("enabled"); e != nil {
		var mode speech.Mode
		var err error
		switch e.Kind {
		case tomlx.Bool:
			mode, err = speech.ParseMode(e.Bool)
		case tomlx.String:
			mode, err = speech.ParseMode(e.Str)
		default:
			err = errors.New(e.Kind.String())
		}
		if err != nil {
			d.Errorf(e.Pos, `%s.enabled must be "auto", true or false`, table)
		} else {
			a.Enabled = &mode
		}
	}
	if c := s.Get("command"); c != nil {
		items, ok := d.Array(c, table+".command")
		var argv []string
		for _, it := range items {
			if arg, ok := d.String(it, table+".command"); ok {
				argv = append(argv, arg)
			}
		}
		if ok {
			if err := valid(argv); err != nil {
				d.Errorf(c.Pos, "%s.command: %v; write it like [\"program\", \"%s\"]", table, err, placeholder)
			} else {
				a.Command = argv
			}
		}
	}
	return a
}

func helpText(d *tomlx.Decoder, v *tomlx.Value, name string) *string {
	if v == nil {
		return nil
	}
	s, ok := d.String(v, name)
	if !ok {
		return nil
	}
	if !d.ScreenLine(v, name, s, MaxHelpLen, "write a number or remove the line to use the default", "") {
		return nil
	}
	s = strings.TrimSpace(s)
	return &s
}

// Or returns the setting p, or def when it is unset.
func Or[T any](p *T, def T) T {
	if p != nil {
		return *p
	}
	return def
}
