// Package noprobe keeps Lip Gloss's package initialisation from probing
// the terminal, which every start of rygtimer would otherwise pay for.
//
// lipgloss (v2.1.0, writer.go) detects a colour profile for os.Stdout in
// a package variable, at init. When stdout is a terminal inside tmux
// that runs `tmux info` as a subprocess: 20 ms on an idle machine, 50 to
// 150 ms on a busy one, for `rygtimer status` printed by a shell hook or
// typed by hand. Nothing in rygtimer uses that writer (the app's renderer
// and fang's help detect their own profile when they run), so this
// package sets NO_COLOR, which ends the detection before any probe, for
// the length of the package initialisation, and cli's init takes it away
// again: by the time any of rygtimer's code runs, the environment is the
// user's.
//
// The order is Go's: packages are initialised in import-path order as
// soon as their imports are; this one imports only os, and lipgloss needs
// os/exec (through colorprofile), which sorts after it, so this init runs
// first. TestNoProbeBeforeLipgloss in cli checks the order in the built
// binary.
package noprobe

import "os"

const noColor = "NO_COLOR"

// set is whether init set NO_COLOR (a user's own NO_COLOR is left alone).
var set bool

func init() {
	if _, ok := os.LookupEnv(noColor); !ok {
		set = os.Setenv(noColor, "1") == nil
	}
}

// Restore takes away the NO_COLOR that init set; it is called from the
// init of a package that imports lipgloss (cli), and again is harmless.
func Restore() {
	if set {
		_ = os.Unsetenv(noColor)
		set = false
	}
}
