package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/rygtimer/rygtimer/config"
	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/model"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/speech"
)

// settings is everything the app needs from flags, config and the
// environment, resolved once: flags override the config file, which
// overrides the environment's defaults.
type settings struct {
	lang      string
	quiet     bool
	tempo     float64
	bigDigits bool
	help      model.HelpNumbers
	routines  []routines.Routine
	start     *routines.Routine
	notices   []string
	// accessible: plain lines for a screen reader (--accessible).
	accessible bool
	// speech and sound choose the programs that speak and chime.
	speech speech.Options
}

func loadSettings(e env, f rootFlags) (settings, error) {
	s := settings{tempo: 1, bigDigits: true}
	if f.lang != "" && !i18n.Supported(f.lang) {
		return s, usagef("invalid value %q for --lang: use en or da", f.lang)
	}
	cfg, err := loadConfig(e)
	if err != nil {
		return s, err
	}
	s.lang = resolveLang(f.lang, cfg, e.getenv)
	// A flag given wins over the file, --quiet=false and
	// --accessible=false included.
	s.quiet = !config.Or(cfg.Sound, true)
	if f.quietSet || f.quiet {
		s.quiet = f.quiet
	}
	s.accessible = config.Or(cfg.Accessible, false)
	if f.accessibleSet || f.accessible {
		s.accessible = f.accessible
	}
	s.speech = speech.Options{
		Speech: config.Or(cfg.Speech.Enabled, speech.Auto), SpeechCommand: cfg.Speech.Command,
		Sound: config.Or(cfg.Chimes.Enabled, speech.Auto), SoundCommand: cfg.Chimes.Command,
		Muted: s.quiet,
	}
	s.tempo = config.Or(cfg.Tempo, 1.0)
	s.bigDigits = config.Or(cfg.BigDigits, true)
	s.help = model.HelpNumbers{
		Emergency:  config.Or(cfg.Help.Emergency, ""),
		OutOfHours: config.Or(cfg.Help.OutOfHours, ""),
		Doctor:     config.Or(cfg.Help.Doctor, ""),
	}

	s.routines = routines.BuiltIns()
	custom, err := routines.LoadDir(e.routinesDir())
	s.routines = append(s.routines, custom...)
	if err != nil {
		// A broken file in the routines folder must not keep the patient
		// from exercising; Home says which file and why.
		s.notices = append(s.notices, i18n.New(s.lang).T("notice.custom_routines", "Error", err.Error()))
	}

	switch {
	case f.routine != "":
		r, err := routines.Load(f.routine)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return s, usagef("cannot read the routine file: %v", err)
			}
			return s, usageError{fmt.Errorf("the routine file has mistakes; nothing was started:\n%w", err)}
		}
		s.start = &r
	case f.phase != "":
		p := routines.Phase(f.phase)
		if !p.Valid() {
			return s, usagef("--phase must be pain-relief, mobility or strengthening, not %q", f.phase)
		}
		for _, r := range s.routines {
			if r.Phase == p && r.Source == routines.BuiltIn {
				r := r
				s.start = &r
				break
			}
		}
	}
	return s, nil
}

// loadConfig reads the settings file. A file that cannot be read is a
// failure (exit 1); a file with mistakes is bad input (exit 2) and every
// mistake is named.
func loadConfig(e env) (config.Config, error) {
	cfg, err := config.Load(e.configPath())
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return cfg, fmt.Errorf("cannot read the config file: %w", err)
		}
		return cfg, usageError{fmt.Errorf("the config file has mistakes; fix them or move the file away:\n%w", err)}
	}
	return cfg, nil
}

// resolveLang is the one place the language is chosen: the --lang flag,
// then the config file, then the environment (LC_ALL, LC_MESSAGES, LANG),
// else English.
func resolveLang(flag string, cfg config.Config, getenv func(string) string) string {
	return i18n.Resolve(flag, config.Or(cfg.Lang, ""), getenv)
}

// textLang is the language of a subcommand's own text (history, export,
// routines). Those commands only read, so a config file with mistakes
// does not stop them: they say so on stderr and go on without it.
func textLang(e env, flag string, stderr io.Writer) string {
	cfg, err := loadConfig(e)
	if err != nil {
		fmt.Fprintf(stderr, "warning: %v\n(going on without the config file)\n", err)
	}
	return resolveLang(flag, cfg, e.getenv)
}
