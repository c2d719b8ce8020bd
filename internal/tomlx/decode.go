package tomlx

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rygtimer/rygtimer/internal/termtext"
)

// Decoder collects the errors found while decoding one file, so that all
// of them can be reported together.
type Decoder struct {
	File string
	errs Errors
}

// NewDecoder starts decoding file. Pass it the error from Parse with Add.
func NewDecoder(file string) *Decoder { return &Decoder{File: file} }

// Errorf records a problem at pos; past MaxErrors it is only counted, and
// its message is not even written.
func (d *Decoder) Errorf(pos Pos, format string, args ...any) {
	e := Error{File: d.File, Line: pos.Line, Col: pos.Col, Omitted: 1}
	if d.errs.kept() < MaxErrors {
		e.Msg, e.Omitted = sprintf(format, args...), 0
	}
	d.errs = d.errs.add(e)
}

// Add records the errors in err (see Errors.Append).
func (d *Decoder) Add(err error) { d.errs = d.errs.Append(d.File, err) }

// Err returns every recorded error sorted by position, or nil.
func (d *Decoder) Err() error { return d.errs.Err() }

// WrongType records that v is not what name needs: `name must be want, not
// <what v is>`. A value that is already in error (Kind Invalid) is not
// reported again.
func (d *Decoder) WrongType(v *Value, name, want string) {
	if v.Kind == Invalid {
		return
	}
	d.Errorf(v.Pos, "%s must be %s, not %s", name, want, v.Kind)
}

// String decodes text.
func (d *Decoder) String(v *Value, name string) (string, bool) {
	if v.Kind != String {
		d.WrongType(v, name, "text in quotes")
		return "", false
	}
	return v.Str, true
}

// Bool decodes true or false.
func (d *Decoder) Bool(v *Value, name string) (bool, bool) {
	if v.Kind != Bool {
		d.WrongType(v, name, "true or false")
		return false, false
	}
	return v.Bool, true
}

// Int decodes a whole number from lo to hi.
func (d *Decoder) Int(v *Value, name string, lo, hi int64) (int64, bool) {
	if v.Kind != Integer {
		want := fmt.Sprintf("a whole number like %d", lo)
		if v.Kind == String {
			if _, err := strconv.ParseInt(strings.TrimSpace(v.Str), 10, 64); err == nil {
				want += " without quotes"
			}
		}
		d.WrongType(v, name, want)
		return 0, false
	}
	if v.Int < lo || v.Int > hi {
		d.Errorf(v.Pos, "%s must be from %d to %d, not %d", name, lo, hi, v.Int)
		return 0, false
	}
	return v.Int, true
}

// Float decodes a number from lo to hi; a whole number is fine too.
func (d *Decoder) Float(v *Value, name string, lo, hi float64) (float64, bool) {
	var f float64
	switch v.Kind {
	case Float:
		f = v.Float
	case Integer:
		f = float64(v.Int)
	default:
		d.WrongType(v, name, fmt.Sprintf("a number like %g", lo))
		return 0, false
	}
	// Written so that nan fails too.
	if !(f >= lo && f <= hi) {
		d.Errorf(v.Pos, "%s must be from %g to %g, not %s", name, lo, hi, formatFloat(f))
		return 0, false
	}
	return f, true
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// Duration decodes a duration written as text in Go's syntax ("20s",
// "1m30s", "500ms") and checks that it lies from lo to hi.
func (d *Decoder) Duration(v *Value, name string, lo, hi time.Duration) (time.Duration, bool) {
	if v.Kind != String {
		want := `a duration like "20s"`
		if v.IsNumber() {
			// The commonest slip: a bare number of seconds.
			msg := fmt.Sprintf(`%s must be a duration like "20s", not a number`, name)
			if n := numberText(v); v.Int > 0 || v.Float > 0 && !math.IsInf(v.Float, 0) {
				msg += fmt.Sprintf(`; write the unit and the quotes, for example "%ss" for seconds`, n)
			}
			d.Errorf(v.Pos, "%s", msg)
			return 0, false
		}
		d.WrongType(v, name, want)
		return 0, false
	}
	t, err := time.ParseDuration(strings.TrimSpace(v.Str))
	if err != nil {
		d.Errorf(v.Pos, `%s: %q is not a duration; write a number and a unit without spaces, like "20s", "1m30s" or "500ms"`, name, v.Str)
		return 0, false
	}
	if t < lo || t > hi {
		d.Errorf(v.Pos, "%s must be from %s to %s, not %s", name, FormatDuration(lo), FormatDuration(hi), FormatDuration(t))
		return 0, false
	}
	return t, true
}

func numberText(v *Value) string {
	if v.Kind == Integer {
		return strconv.FormatInt(v.Int, 10)
	}
	return formatFloat(v.Float)
}

// FormatDuration writes d the way a file's author writes it: "20s",
// "1m30s", "500ms", "10m" rather than Go's "10m0s".
func FormatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// OneOf decodes text that must be one of choices.
func (d *Decoder) OneOf(v *Value, name string, choices ...string) (string, bool) {
	s, ok := d.String(v, name)
	if !ok {
		return "", false
	}
	if !slices.Contains(choices, s) {
		d.Errorf(v.Pos, "%s must be %s, not %q", name, OrList(choices...), s)
		return "", false
	}
	return s, true
}

// Array decodes a list.
func (d *Decoder) Array(v *Value, name string) ([]*Value, bool) {
	if v.Kind != Array {
		d.WrongType(v, name, "a list in [ ]")
		return nil, false
	}
	return v.Items, true
}

// Struct starts the strict decoding of table t: it reports every field
// that is not in known at once, at the position of its key. name says in
// messages which table this is (`[[exercise]]`, `hold`); empty means the
// top of the file.
func (d *Decoder) Struct(t *Value, name string, known ...string) *Struct {
	s := &Struct{d: d, t: t, name: name, known: known}
	if t.Kind != Table {
		d.WrongType(t, name, "a table")
		// Decode an empty table instead, quietly: its fields are not
		// missing, the table is.
		s.t, s.broken = &Value{Kind: Table, Pos: t.Pos}, true
		return s
	}
	for _, f := range t.Fields {
		if !slices.Contains(known, f.Key) {
			d.Errorf(f.Pos, "%s", s.unknown(f.Key))
		}
	}
	return s
}

// guessed reports whether an unknown field was taken for a misspelling of
// key, in which case key is not also reported as missing.
func (s *Struct) guessed(key string) bool { return slices.Contains(s.guesses, key) }

// Struct is a table being decoded field by field.
type Struct struct {
	d      *Decoder
	t      *Value
	name   string
	known  []string
	broken bool // t was not a table; already reported
	// guesses are the known fields that unknown fields looked like.
	guesses []string
}

// Get returns the value of a known field, or nil when it is absent. Asking
// for a field not declared as known is a bug in the caller and panics.
func (s *Struct) Get(key string) *Value {
	if !slices.Contains(s.known, key) {
		panic("tomlx: field " + key + " was not declared to Struct")
	}
	return s.t.Get(key)
}

// Require returns the value of a field that must be present, or records
// that it is missing at the table's position and returns nil. example is
// a line the author can copy, such as `id = "bridge"`.
func (s *Struct) Require(key, example string) *Value {
	v := s.Get(key)
	if v == nil && !s.broken && !s.guessed(key) {
		msg := "missing " + key
		if s.name != "" {
			msg += " in " + s.name
		} else {
			msg += " at the top of the file"
		}
		if example != "" {
			msg += "; add a line like: " + example
		}
		s.d.Errorf(s.t.Pos, "%s", msg)
	}
	return v
}

// Forbid records an error if key is present: why says why it does not
// belong here and what to do instead.
func (s *Struct) Forbid(key, why string) {
	if f := s.t.Field(key); f != nil {
		s.d.Errorf(f.Pos, "%s", why)
	}
}

func (s *Struct) unknown(key string) string {
	msg := "unknown field " + QuoteKey(key)
	if s.name != "" {
		msg += " in " + s.name
	}
	if len(s.known) == 0 {
		return msg + "; nothing goes in this table"
	}
	msg += " (known fields: " + strings.Join(s.known, ", ") + ")"
	if near := nearest(key, s.known); near != "" && s.t.Get(near) == nil {
		msg += "; did you mean " + near + "?"
		s.guesses = append(s.guesses, near)
	}
	return msg
}

// nearest returns the known field within an edit or two of key, if any, to
// catch typing slips such as "hodl" or "Reps". Short keys get one edit, or
// every two-letter key would look like a slip for "id".
func nearest(key string, known []string) string {
	limit := 2
	if len([]rune(key)) <= 4 {
		limit = 1
	}
	best, bestDist := "", limit+1
	for _, k := range known {
		if d := distance(strings.ToLower(key), k); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, counting
// characters, with adjacent transpositions counted once.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Long keys can be nothing like short known fields; skip the work.
	if len(ra) > 64 || len(rb) > 64 {
		return 64
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// OrList writes choices as `"a", "b" or "c"`.
func OrList(choices ...string) string {
	q := make([]string, len(choices))
	for i, c := range choices {
		q[i] = strconv.Quote(c)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// ScreenLine checks a text that is shown on one line of the screen: not
// empty, at most maxLen characters, no line break or tab, and no other
// control character either (ESC, BEL, the C1 range): text from a file
// must not be able to retitle the window, write the clipboard or clear
// the screen. onEmpty and onBreak finish the message for the first
// mistakes, so each caller can say how to fix it in its own terms.
func (d *Decoder) ScreenLine(v *Value, what, s string, maxLen int, onEmpty, onBreak string) bool {
	trimmed := strings.TrimSpace(s)
	switch n := utf8.RuneCountInString(trimmed); {
	case n == 0:
		d.Errorf(v.Pos, "%s is empty; %s", what, onEmpty)
		return false
	case n > maxLen:
		d.Errorf(v.Pos, "%s is %d characters long; keep it to %d so it fits on the screen", what, n, maxLen)
		return false
	case strings.ContainsAny(trimmed, "\n\r\t"):
		d.Errorf(v.Pos, "%s must be a single line%s", what, onBreak)
		return false
	}
	if i := termtext.FirstControl(trimmed); i >= 0 {
		// Point at the character itself, past the spaces the text starts
		// with, which were trimmed.
		lead := utf8.RuneCountInString(s) - utf8.RuneCountInString(strings.TrimLeftFunc(s, unicode.IsSpace))
		c := []rune(trimmed)[i]
		d.Errorf(v.charPos(lead+i), "%s contains an invisible control character (U+%04X), which could change what the terminal does; remove it", what, c)
		return false
	}
	return true
}
