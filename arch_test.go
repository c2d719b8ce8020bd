package main

import (
	"go/build"
	"path"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/rygtimer/rygtimer"

const bubbleTea = "charm.land/bubbletea/v2"

// forbidden is ARCHITECTURE.md's table of what each package may never
// import directly; "rygtimer" stands for every package of this module.
var forbidden = map[string][]string{
	"model":    {"cli", "export"},
	"views":    {bubbleTea, "model", "cli"},
	"export":   {bubbleTea, "views", "model", "cli"},
	"progress": {bubbleTea, "i18n", "views", "model", "cli", "export"},
	"jqueue":   {bubbleTea, "views", "model", "cli"},
	"journal":  {"rygtimer"},
	"routines": {bubbleTea, "i18n", "views", "model", "cli", "journal"},
	"config":   {bubbleTea, "i18n", "views", "model", "cli", "journal"},
	"speech":   {bubbleTea, "rygtimer"},
	"i18n":     {bubbleTea, "rygtimer"},
}

// The packages keep the one-way imports ARCHITECTURE.md promises, so
// routines, journal and speech never learn of the terminal and nothing
// reaches back up into the command line.
func TestImportRules(t *testing.T) {
	t.Parallel()
	for pkg, never := range forbidden {
		bp, err := build.Default.ImportDir(pkg, 0)
		if err != nil {
			t.Fatalf("%s: %v", pkg, err)
		}
		for _, imp := range bp.Imports {
			own, ok := strings.CutPrefix(imp, module+"/")
			switch {
			case ok && slices.Contains(never, "rygtimer") && !strings.HasPrefix(own, "internal/"):
				t.Errorf("%s imports %s: it may import nothing of rygtimer's", pkg, own)
			case ok && slices.Contains(never, own):
				t.Errorf("%s imports %s, which ARCHITECTURE.md rules out", pkg, own)
			case !ok && slices.Contains(never, imp):
				t.Errorf("%s imports %s, which ARCHITECTURE.md rules out", pkg, path.Base(imp))
			}
		}
	}
}

// Nothing imports cli but main: the command line is the top of the graph.
func TestOnlyMainImportsCLI(t *testing.T) {
	t.Parallel()
	for _, pkg := range []string{"model", "views", "export", "progress", "jqueue", "journal", "routines", "config", "speech", "i18n"} {
		bp, err := build.Default.ImportDir(pkg, 0)
		if err != nil {
			t.Fatalf("%s: %v", pkg, err)
		}
		if slices.Contains(bp.Imports, module+"/cli") {
			t.Errorf("%s imports cli", pkg)
		}
	}
}
