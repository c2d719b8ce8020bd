package model

import (
	"regexp"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// missingKey is what the catalog shows for a key it lacks: "!" and the
// key ("!session.hold"), in any family.
var missingKey = regexp.MustCompile(`![a-z0-9_]+(\.[a-z0-9_]+)+`)

// requireGolden checks a frame for a missing catalog key, then against its
// golden file.
func requireGolden(t testing.TB, out string) {
	t.Helper()
	if k := missingKey.FindString(out); k != "" {
		t.Fatalf("missing catalog key %s on screen:\n%s", k, out)
	}
	golden.RequireEqual(t, []byte(out))
}
