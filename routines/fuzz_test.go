package routines

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

// FuzzParse feeds the loader arbitrary files. It must never panic, and it
// must either return a routine that keeps every rule (checked by brokenRules,
// which does not share code with the loader) or errors that all point at a
// place in the file.
func FuzzParse(f *testing.F) {
	seeds, err := filepath.Glob("testdata/fuzz/seeds/*.toml")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, name := range builtinFiles {
		data, err := builtinFS.ReadFile("builtin/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse("fuzz.toml", data)
		if err == nil {
			if verr := brokenRules(r); verr != nil {
				t.Fatalf("Parse accepted a routine that breaks the rules: %v", verr)
			}
			return
		}
		var errs tomlx.Errors
		if !errors.As(err, &errs) || len(errs) == 0 || len(errs) > tomlx.MaxErrors+1 {
			t.Fatalf("error is not a non-empty tomlx.Errors: %#v", err)
		}
		for _, e := range errs {
			if e.Omitted > 0 && e.File == "fuzz.toml" {
				continue // the count of mistakes past tomlx.MaxErrors
			}
			if e.Line < 1 || e.Col < 1 || e.File != "fuzz.toml" || e.Msg == "" {
				t.Fatalf("error without a place or message: %+v", e)
			}
		}
	})
}
