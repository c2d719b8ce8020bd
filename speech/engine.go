// Package speech makes rygtimer heard as well as seen: it speaks cues
// through a speech program (espeak-ng, spd-say, macOS say, or a configured
// command) and plays chimes it generates itself through a sound player
// (pw-play, paplay, aplay, afplay, or a configured command).
//
// Every call returns at once. Programs run without a shell on goroutines
// of the package's own, so a speech program that takes ten seconds per
// sentence never delays the caller; a newer cue stops an older one still
// speaking, so cues never queue up. The package never writes to the
// terminal: where no player exists, Chime tells the caller to ring the
// bell.
package speech

import (
	"fmt"
	"os/exec"
	"runtime"
	"sync"
	"sync/atomic"
)

// Options configure an Engine. The zero value looks for programs on PATH
// and speaks and chimes when it finds them.
type Options struct {
	Speech        Mode
	SpeechCommand []string // argv with {text} and {lang}; empty: look for a program
	Sound         Mode
	SoundCommand  []string // argv with {file}; empty: look for a player
	Muted         bool     // start muted (--quiet)

	// For tests; the zero values are the real thing.
	LookPath func(file string) (string, error) // exec.LookPath
	Starter  Starter                           // starts real programs
	ChimeDir string                            // rygtimer/chimes in the user's cache dir
	GOOS     string                            // runtime.GOOS
}

// Engine speaks cues and plays chimes. Its methods are safe for concurrent
// use and never block on a program.
type Engine struct {
	voice    *program // nil: no speech
	player   *program // nil: the bell stands in for chimes
	soundOff bool     // [sound] enabled = false: no chimes, no bell

	speech *line
	sound  *line
	files  chimeFiles

	muted      atomic.Bool
	playerBust atomic.Bool // the player failed once: use the bell from now on

	errMu   sync.Mutex
	lastErr error
}

// New chooses the programs. It starts none and writes no file.
func New(opts Options) *Engine {
	if opts.LookPath == nil {
		opts.LookPath = exec.LookPath
	}
	if opts.Starter == nil {
		opts.Starter = execStarter{}
	}
	if opts.GOOS == "" {
		opts.GOOS = runtime.GOOS
	}
	e := &Engine{soundOff: opts.Sound == Off, files: chimeFiles{dir: opts.ChimeDir}}
	e.muted.Store(opts.Muted)
	if opts.Speech != Off {
		e.voice = choose(opts.SpeechCommand, ValidateSpeechCommand, speechPrograms, opts)
	}
	if opts.Sound != Off {
		e.player = choose(opts.SoundCommand, ValidateSoundCommand, soundPlayers, opts)
	}
	if e.voice != nil {
		e.speech = newLine(opts.Starter, e.failed(e.voice.name, nil))
	}
	if e.player != nil {
		e.sound = newLine(opts.Starter, e.failed(e.player.name, &e.playerBust))
	}
	return e
}

// choose returns the configured command when it is usable, else the first
// known program on PATH, else nil. A configured command counts as found
// even if it is not on PATH: starting it then fails and Err says why.
func choose(command []string, valid func([]string) error, known []program, opts Options) *program {
	if valid(command) == nil {
		p := configured(command)
		return &p
	}
	if p, ok := findProgram(known, opts.GOOS, opts.LookPath); ok {
		return &p
	}
	return nil
}

// failed returns a line's error handler: it keeps the error for Err and,
// for the sound line, gives up on the player so Chime rings the bell.
func (e *Engine) failed(name string, bust *atomic.Bool) func(error) {
	return func(err error) {
		if bust != nil {
			bust.Store(true)
		}
		e.errMu.Lock()
		e.lastErr = fmt.Errorf("%s: %w", name, err)
		e.errMu.Unlock()
	}
}

// Say speaks text in lang, stopping whatever is still being said. It
// returns at once; muted, or without a speech program, it does nothing.
func (e *Engine) Say(lang Lang, text string) {
	if e.voice == nil || e.muted.Load() {
		return
	}
	text = speakable(text)
	if text == "" {
		return
	}
	argv := fill(e.voice.argv(lang), lang, text, "")
	e.speech.play(func() ([]string, error) { return argv, nil })
}

// Chime plays c, stopping a chime still playing. It returns at once. It
// reports true when the caller should ring the terminal bell instead:
// there is no player, or the player has failed. Muted, or with [sound]
// enabled = false, it does nothing and reports false.
func (e *Engine) Chime(c Chime) (ringBell bool) {
	if e.soundOff || e.muted.Load() {
		return false
	}
	if e.player == nil || e.playerBust.Load() {
		return true
	}
	player := e.player
	e.sound.play(func() ([]string, error) {
		file, err := e.files.path(c)
		if err != nil {
			return nil, err
		}
		return fill(player.argv(""), "", "", file), nil
	})
	return false
}

// SetMuted mutes or unmutes speech and chimes together; muting also stops
// whatever is being said or played now.
func (e *Engine) SetMuted(muted bool) {
	e.muted.Store(muted)
	if !muted {
		return
	}
	if e.speech != nil {
		e.speech.silence()
	}
	if e.sound != nil {
		e.sound.silence()
	}
}

// Muted reports whether speech and chimes are muted.
func (e *Engine) Muted() bool { return e.muted.Load() }

// SpeechProgram names the program that speaks ("espeak-ng", or the first
// word of the configured command), or "" when nothing speaks.
func (e *Engine) SpeechProgram() string {
	if e.voice == nil {
		return ""
	}
	return e.voice.name
}

// SoundProgram names the player of chimes, or "" when the bell stands in
// for them (or sound is off).
func (e *Engine) SoundProgram() string {
	if e.player == nil || e.playerBust.Load() {
		return ""
	}
	return e.player.name
}

// Err returns the latest failure of a program or of writing a chime, or
// nil: a speech program that cannot reach the sound card fails quietly
// otherwise.
func (e *Engine) Err() error {
	e.errMu.Lock()
	defer e.errMu.Unlock()
	return e.lastErr
}

// Close stops whatever is being said or played and returns when every
// program the engine started has been reaped. Later calls do nothing.
func (e *Engine) Close() {
	if e.speech != nil {
		e.speech.close()
	}
	if e.sound != nil {
		e.sound.close()
	}
	e.files.close()
}
