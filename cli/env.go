package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/adrg/xdg"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/routines"
)

// env is what the commands take from the process they run in: the clock,
// the environment and the folders found from it. Run passes the real
// ones; tests pass their own, so they need no package variables, no
// time.Local and no os.Setenv, and can run in parallel.
type env struct {
	// now is the current time in the patient's zone, in which days and
	// weeks are counted; times read from the journal are shown in it.
	now    func() time.Time
	getenv func(string) string
	// dataHome and configHome are $XDG_DATA_HOME and $XDG_CONFIG_HOME
	// (or their defaults); rygtimer's files are in their rygtimer folder.
	dataHome, configHome string
	// lookPath finds a speech program or sound player; nil finds none,
	// so a test's app never speaks unless the test gives it a program.
	lookPath func(string) (string, error)
}

// processEnv is the environment of the running process.
func processEnv() env {
	return env{now: time.Now, getenv: os.Getenv, dataHome: xdg.DataHome, configHome: xdg.ConfigHome, lookPath: exec.LookPath}
}

// journalPath is where the journal lives, found without creating anything
// (journal.DefaultPath makes the folder): reading must not leave an empty
// journal behind.
func (e env) journalPath() string { return filepath.Join(e.dataHome, "rygtimer", "journal.db") }

func (e env) configPath() string { return filepath.Join(e.configHome, "rygtimer", "config.toml") }

func (e env) routinesDir() string { return filepath.Join(e.configHome, "rygtimer", "routines") }

// customRoutines loads the user's routines folder. Broken files are left
// out here; `rygtimer routines list` and `validate` name them.
func (e env) customRoutines() []routines.Routine {
	rs, _ := routines.LoadDir(e.routinesDir())
	return rs
}

// inZone returns ss with every time in loc. The journal reads times in
// the process's local zone; the commands count days in env's.
func inZone(ss []journal.Session, loc *time.Location) []journal.Session {
	for i := range ss {
		s := &ss[i]
		s.StartedAt = s.StartedAt.In(loc)
		if !s.EndedAt.IsZero() {
			s.EndedAt = s.EndedAt.In(loc)
		}
		for j := range s.Steps {
			s.Steps[j].At = s.Steps[j].At.In(loc)
		}
	}
	return ss
}
