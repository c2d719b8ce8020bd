// Package i18n holds rygtimer's message catalogs (English and Danish) and
// the lookup the rest of the app uses. Catalogs are TOML files embedded in
// the binary, one pair per area of the app (session.en.toml and
// session.da.toml, …); a test fails when a key is missing in either.
package i18n

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"
)

// The languages rygtimer speaks.
const (
	EN = "en"
	DA = "da"
)

// Languages lists the supported language codes.
var Languages = []string{EN, DA}

//go:embed locales/*.toml
var locales embed.FS

// bundles holds the parsed bundles, each parsed once on first use: one
// per language for New, and for NewOnly one per language and set of
// catalog files, so that `rygtimer status`, which runs at every shell
// prompt, parses only the few messages it prints.
var (
	bundlesMu sync.Mutex
	bundles   = map[string]*lazyBundle{}
)

type lazyBundle struct {
	once sync.Once
	b    *goi18n.Bundle
	err  error
}

var tags = map[string]language.Tag{EN: language.English, DA: language.Danish}

// load parses the embedded catalogs of lang matching pattern ("*" for
// all, "status" for status.<lang>.toml) once; the result never changes.
// Every key exists in both languages (a test checks), so a bundle needs no
// other language to fall back on.
func load(lang, pattern string) (*goi18n.Bundle, error) {
	bundlesMu.Lock()
	lb, ok := bundles[lang+"/"+pattern]
	if !ok {
		lb = &lazyBundle{}
		bundles[lang+"/"+pattern] = lb
	}
	bundlesMu.Unlock()
	lb.once.Do(func() {
		b := goi18n.NewBundle(tags[lang])
		b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
		files, err := fs.Glob(locales, "locales/"+pattern+"."+lang+".toml")
		if err == nil && len(files) == 0 {
			err = fmt.Errorf("no catalog %s.%s.toml", pattern, lang)
		}
		if err != nil {
			lb.err = err
			return
		}
		for _, f := range files {
			if _, err := b.LoadMessageFileFS(locales, f); err != nil {
				lb.err = fmt.Errorf("catalog %s: %w", f, err)
				return
			}
		}
		lb.b = b
	})
	return lb.b, lb.err
}

// Catalog looks up messages in one language.
type Catalog struct {
	lang string
	loc  *goi18n.Localizer

	datesOnce sync.Once
	dates     *Dates

	// plain keeps each message asked for without data (most of what a
	// screen says), id → text: a catalog never changes, and running
	// go-i18n's template for them again was a noticeable part of
	// drawing every frame.
	plain sync.Map
}

// New returns the catalog for lang ("en" or "da"; anything else is
// English). It panics only if the embedded catalogs are broken, which the
// package tests catch before a release.
func New(lang string) *Catalog { return newCatalog(lang, "*") }

// NewOnly is New with only the messages of one catalog file, catalog.<lang>.toml
// ("status"): for a command that must start in milliseconds and prints a
// handful of messages. Any other message comes back as "!id".
func NewOnly(lang, catalog string) *Catalog { return newCatalog(lang, catalog) }

func newCatalog(lang, pattern string) *Catalog {
	if lang != DA {
		lang = EN
	}
	b, err := load(lang, pattern)
	if err != nil {
		panic(err)
	}
	return &Catalog{lang: lang, loc: goi18n.NewLocalizer(b, lang)}
}

// Lang returns the catalog's language code.
func (c *Catalog) Lang() string { return c.lang }

// T returns the message id, filled with the template data given as
// name/value pairs ("Side", "Right", …). A missing message
// comes back as "!id" so it stands out on screen (and the tests fail).
func (c *Catalog) T(id string, kv ...any) string {
	if len(kv) > 0 {
		return c.localize(id, nil, kv)
	}
	if s, ok := c.plain.Load(id); ok {
		return s.(string)
	}
	s := c.localize(id, nil, nil)
	c.plain.Store(id, s)
	return s
}

// N returns the plural form of id for count n; the template sees the count
// as {{.Count}} besides the name/value pairs.
func (c *Catalog) N(id string, n int, kv ...any) string {
	return c.localize(id, n, append([]any{"Count", n}, kv...))
}

func (c *Catalog) localize(id string, count any, kv []any) string {
	data := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			data[k] = kv[i+1]
		}
	}
	s, err := c.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil {
		return "!" + id
	}
	return s
}

// Keys returns the sorted message ids of one language's catalogs, for the
// completeness tests.
func Keys(lang string) ([]string, error) {
	files, err := fs.Glob(locales, "locales/*."+lang+".toml")
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, f := range files {
		buf, err := fs.ReadFile(locales, f)
		if err != nil {
			return nil, err
		}
		msgs, err := goi18n.ParseMessageBytes(buf, toml.Unmarshal)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path.Base(f), err)
		}
		for _, m := range msgs {
			keys = append(keys, m.ID)
		}
	}
	sort.Strings(keys)
	return keys, nil
}

// Resolve picks the language: the flag, then the config file, then the
// environment (LC_ALL, then LANG; "da…" means Danish), else English.
func Resolve(flag, config string, getenv func(string) string) string {
	for _, v := range []string{flag, config} {
		if v = strings.ToLower(strings.TrimSpace(v)); v != "" {
			return normalize(v)
		}
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return normalize(strings.ToLower(v))
		}
	}
	return EN
}

func normalize(v string) string {
	if strings.HasPrefix(v, "da") {
		return DA
	}
	return EN
}

// Supported reports whether lang is a language code rygtimer speaks.
func Supported(lang string) bool { return lang == EN || lang == DA }
