package routines

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

// BuiltIn is the Source of the routines that ship inside rygtimer.
const BuiltIn = "built-in"

// The built-ins, in the order a patient moves through the phases.
var builtinFiles = []string{"pain-relief.toml", "mobility.toml", "strengthening.toml"}

//go:embed builtin/*.toml
var builtinFS embed.FS

var builtins = sync.OnceValue(func() []Routine {
	out := make([]Routine, 0, len(builtinFiles))
	for _, name := range builtinFiles {
		data, err := builtinFS.ReadFile("builtin/" + name)
		if err != nil {
			panic(err)
		}
		r, err := parse("builtin/"+name, data, true)
		if err != nil {
			// Only a broken release gets here, and the tests catch it.
			panic(fmt.Sprintf("routines: built-in routine is invalid:\n%v", err))
		}
		r.Source = BuiltIn
		out = append(out, r)
	}
	return out
})

// BuiltIns returns the three built-in routines: pain relief, mobility and
// strengthening. Each call returns fresh copies, so a caller may change
// them freely.
func BuiltIns() []Routine {
	out := slices.Clone(builtins())
	for i := range out {
		out[i] = out[i].clone()
	}
	return out
}

// Find returns the routine with id among the built-ins and custom.
// Built-ins come first; LoadDir refuses custom routines that would hide one.
func Find(id string, custom []Routine) (Routine, bool) {
	for _, rs := range [][]Routine{builtins(), custom} {
		for _, r := range rs {
			if r.ID == id {
				return r.clone(), true
			}
		}
	}
	return Routine{}, false
}

// LoadDir loads every *.toml routine in dir (the user's routines folder,
// see config.RoutinesDir), in file-name order. It returns the good routines
// together with the errors of the bad files as one tomlx.Errors, so one
// broken file does not hide the others; a file that is not a regular file
// or is too large (see Load) is one of them, and cannot make the scan
// hang. A missing folder is no error.
func LoadDir(dir string) ([]Routine, error) {
	// ReadDir rather than Glob: a folder name with [ or * in it is not a
	// pattern. ReadDir sorts by name.
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the routines folder: %w", err)
	}
	var paths []string
	for _, e := range entries {
		// Hidden files are editors' backups and lock files.
		if name := e.Name(); strings.HasSuffix(name, ".toml") && !strings.HasPrefix(name, ".") && !e.IsDir() {
			paths = append(paths, filepath.Join(dir, name))
		}
	}
	var (
		out  []Routine
		errs tomlx.Errors
		seen = map[string]string{} // id → file that used it first; Load refuses built-in ids
	)
	for _, path := range paths {
		r, err := Load(path)
		var pe *fs.PathError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			// Removed since the folder was read.
			continue
		case errors.As(err, &pe):
			errs = errs.Append(path, tomlx.Error{File: path, Msg: "cannot read the file: " + pe.Err.Error()})
			continue
		case err != nil:
			errs = errs.Append(path, err)
			continue
		}
		if first, dup := seen[r.ID]; dup {
			errs = errs.Append(path, tomlx.Error{File: path, Line: r.idPos.Line, Col: r.idPos.Col,
				Msg: fmt.Sprintf("the routine id %s is already used by %s; give this routine its own id", r.ID, first)})
			continue
		}
		seen[r.ID] = path
		out = append(out, r)
	}
	return out, errs.Err()
}

// builtinIDs are the ids of the built-in routines: each file is named by
// its routine's id (a test checks it), which lets the loader refuse those
// ids without loading the built-ins first.
func builtinIDs() []string {
	ids := make([]string, len(builtinFiles))
	for i, name := range builtinFiles {
		ids[i] = strings.TrimSuffix(name, ".toml")
	}
	return ids
}

// clone copies a routine deeply, so that the shared built-ins cannot be
// changed through a returned copy.
func (r Routine) clone() Routine {
	r.Name = maps.Clone(r.Name)
	r.Description = maps.Clone(r.Description)
	r.Languages = slices.Clone(r.Languages)
	r.Exercises = slices.Clone(r.Exercises)
	for i := range r.Exercises {
		e := &r.Exercises[i]
		e.Name = maps.Clone(e.Name)
		e.Caution = maps.Clone(e.Caution)
		e.Sides = slices.Clone(e.Sides)
		e.Pace = slices.Clone(e.Pace)
		for j := range e.Pace {
			e.Pace[j].Cue = maps.Clone(e.Pace[j].Cue)
		}
		steps := TextList{}
		for k, v := range e.Steps {
			steps[k] = slices.Clone(v)
		}
		e.Steps = steps
	}
	return r
}
