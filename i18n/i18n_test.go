package i18n

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every key must exist in both languages, so no screen ever shows "!key".
func TestCatalogsHaveTheSameKeys(t *testing.T) {
	t.Parallel()
	en, err := Keys(EN)
	if err != nil {
		t.Fatal(err)
	}
	da, err := Keys(DA)
	if err != nil {
		t.Fatal(err)
	}
	if len(en) == 0 {
		t.Fatal("no English keys loaded")
	}
	inDA := map[string]bool{}
	for _, k := range da {
		inDA[k] = true
	}
	inEN := map[string]bool{}
	for _, k := range en {
		inEN[k] = true
		if !inDA[k] {
			t.Errorf("key %q is in English but missing in Danish", k)
		}
	}
	for _, k := range da {
		if !inEN[k] {
			t.Errorf("key %q is in Danish but missing in English", k)
		}
	}
}

// keyUse finds literal message ids passed to T and N anywhere in the code
// (ids built at run time, such as "phase." + id, are checked by the tests
// of the code that builds them).
var keyUse = regexp.MustCompile(`\.(?:T|N)\("([a-z0-9_.-]+)"[,)]`)

// Every key the code asks for must be in the catalogs.
func TestCodeUsesOnlyKnownKeys(t *testing.T) {
	t.Parallel()
	en, err := Keys(EN)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, k := range en {
		known[k] = true
	}
	root := ".."
	used := 0
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		buf, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range keyUse.FindAllStringSubmatch(string(buf), -1) {
			used++
			if !known[m[1]] {
				t.Errorf("%s asks for key %q, which no catalog has", p, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d key uses checked", used)
}

func TestLookupAndPlurals(t *testing.T) {
	t.Parallel()
	if got := New(DA).T("app_name"); got != "rygtimer" {
		t.Errorf("app_name = %q", got)
	}
	if got := New(EN).T("no.such.key"); got != "!no.such.key" {
		t.Errorf("missing key = %q, want it marked", got)
	}
	// Each language's own plural rule picks the form: both have one and
	// other, and 0 takes other in both ("0 minutes", "0 minutter").
	cases := []struct {
		lang, id string
		n        int
		want     string
	}{
		{EN, "home.streak", 1, "1 day in a row"},
		{EN, "home.streak", 4, "4 days in a row"},
		{DA, "home.streak", 1, "1 dag i træk"},
		{DA, "home.streak", 4, "4 dage i træk"},
		{EN, "summary.minutes", 0, "0 minutes"},
		{DA, "summary.minutes", 0, "0 minutter"},
		{DA, "summary.minutes", 1, "1 minut"},
		{DA, "export.reps", 1, "1 gentagelse"},
		{DA, "export.reps", 10, "10 gentagelser"},
		{EN, "export.reps", 10, "10 reps"},
	}
	for _, c := range cases {
		if got := New(c.lang).N(c.id, c.n); got != c.want {
			t.Errorf("%s N(%q, %d) = %q, want %q", c.lang, c.id, c.n, got, c.want)
		}
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	env := func(m map[string]string) func(string) string {
		return func(k string) string { return m[k] }
	}
	cases := []struct {
		flag, config string
		env          map[string]string
		want         string
	}{
		{"da", "en", nil, DA},
		{"", "da", map[string]string{"LANG": "en_US.UTF-8"}, DA},
		{"", "", map[string]string{"LANG": "da_DK.UTF-8"}, DA},
		{"", "", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "da_DK.UTF-8"}, EN},
		{"", "", map[string]string{"LC_ALL": "da_DK.UTF-8", "LANG": "en_GB"}, DA},
		{"", "", nil, EN},
		{"EN", "", map[string]string{"LANG": "da_DK"}, EN},
	}
	for _, c := range cases {
		if got := Resolve(c.flag, c.config, env(c.env)); got != c.want {
			t.Errorf("Resolve(%q, %q, %v) = %q, want %q", c.flag, c.config, c.env, got, c.want)
		}
	}
}
