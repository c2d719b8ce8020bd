package routines

import (
	"fmt"
	"slices"
	"strings"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

// loader decodes one routine file and collects its errors.
type loader struct {
	*tomlx.Decoder
	// langs are the languages of the routine: those of its name. Until the
	// name is decoded (or when it is broken) they are unknown and texts are
	// not checked for completeness, so one mistake is reported once.
	langs []string
	// unsure is set when the name has a language rygtimer does not know
	// (a typo for da, say): then a text in a language the name lacks is
	// not reported, as the name itself is what needs fixing.
	unsure bool
	// builtIn is set while reading the built-in routines, whose ids are
	// refused in every other file.
	builtIn bool
}

// writtenIn says in a message which languages the routine uses.
func (l *loader) writtenIn() string {
	return strings.Join(l.langs, " and ")
}

// languages decodes the routine's name and returns its languages.
func (l *loader) languages(v *tomlx.Value) (Text, []string) {
	t := l.textTable(v, "name", MaxNameLen)
	if t == nil {
		return nil, nil
	}
	// A language counts even when its text has a mistake, which is
	// reported on its own; otherwise every other Danish text would be
	// reported as well.
	var langs []string
	for _, lang := range Langs {
		if v.Get(lang) != nil {
			langs = append(langs, lang)
		}
	}
	l.unsure = len(langs) != len(v.Fields)
	return t, langs
}

// text decodes a short text in the routine's languages, like
// { en = "Hold", da = "Hold" }.
func (l *loader) text(v *tomlx.Value, what string, maxLen int) Text {
	t := l.textTable(v, what, maxLen)
	if t != nil {
		l.complete(v, what)
	}
	return t
}

// textTable decodes { lang = "text", … } without checking which languages
// are present; nil means it was not a table at all.
func (l *loader) textTable(v *tomlx.Value, what string, maxLen int) Text {
	if v.Kind != tomlx.Table {
		l.WrongType(v, what, `a text per language, like { en = "…", da = "…" }`)
		return nil
	}
	t := Text{}
	for _, f := range v.Fields {
		if !l.language(f, what) {
			continue
		}
		s, ok := l.String(f.Value, what+"."+f.Key)
		if !ok {
			continue
		}
		if l.textOK(f.Value, what+"."+f.Key, s, maxLen) {
			t[f.Key] = strings.TrimSpace(s)
		}
	}
	return t
}

// textList decodes numbered lines in the routine's languages, like
// { en = ["…", "…"], da = ["…", "…"] }. Every language must have the same
// number of lines: they are the same steps.
func (l *loader) textList(v *tomlx.Value, what string) TextList {
	if v.Kind != tomlx.Table {
		l.WrongType(v, what, `a list of lines per language, like { en = ["…", "…"], da = ["…", "…"] }`)
		return nil
	}
	t := TextList{}
	var first *tomlx.Field
	for _, f := range v.Fields {
		if !l.language(f, what) {
			continue
		}
		items, ok := l.Array(f.Value, what+"."+f.Key)
		if !ok {
			continue
		}
		if len(items) == 0 || len(items) > MaxSteps {
			l.Errorf(f.Value.Pos, "%s.%s must have from 1 to %d lines, not %d", what, f.Key, MaxSteps, len(items))
			continue
		}
		lines := make([]string, 0, len(items))
		for i, item := range items {
			name := fmt.Sprintf("%s.%s line %d", what, f.Key, i+1)
			if s, ok := l.String(item, name); ok && l.textOK(item, name, s, MaxStepLen) {
				lines = append(lines, strings.TrimSpace(s))
			}
		}
		if len(lines) != len(items) {
			continue
		}
		if first != nil && len(lines) != len(t[first.Key]) {
			l.Errorf(f.Value.Pos, "%s has %d %s lines but %d %s lines; give every language the same steps",
				what, len(t[first.Key]), langNames[first.Key], len(lines), langNames[f.Key])
		}
		if first == nil {
			first = f
		}
		t[f.Key] = lines
	}
	l.complete(v, what)
	return t
}

// language checks that a key of a text table is a language rygtimer
// speaks and one the routine is written in.
func (l *loader) language(f *tomlx.Field, what string) bool {
	if !slices.Contains(Langs, f.Key) {
		l.Errorf(f.Pos, "unknown language %s in %s; only en (English) and da (Danish) are supported", tomlx.QuoteKey(f.Key), what)
		return false
	}
	if l.langs != nil && !l.unsure && !slices.Contains(l.langs, f.Key) {
		l.Errorf(f.Pos, "%s has %s (%s) text, but this routine is written in %s (the languages of its name); add %s to the name or remove this text",
			what, langNames[f.Key], f.Key, l.writtenIn(), f.Key)
		return false
	}
	return true
}

// complete reports each routine language a text table lacks. A language
// whose text is there but wrong has been reported already.
func (l *loader) complete(v *tomlx.Value, what string) {
	for _, lang := range l.langs {
		if v.Get(lang) == nil {
			l.Errorf(v.Pos, "missing %s (%s) text for %s; this routine is written in %s", langNames[lang], lang, what, l.writtenIn())
		}
	}
}

func (l *loader) textOK(v *tomlx.Value, what, s string, maxLen int) bool {
	return l.ScreenLine(v, what, s, maxLen, "write the text or remove the line",
		" without tabs; split long instructions into several steps")
}
