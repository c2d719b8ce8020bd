package tomlx

import (
	"errors"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// Parse reads a TOML document into a tree whose root is a Table at 1:1.
//
// go-toml's public decoder decides whether the document is valid TOML:
// syntax, keys and tables defined twice, numbers out of range, impossible
// dates. It stops at the first such mistake, which comes back alone (as an
// Errors of one) with a nil tree. Only a valid document is then read into
// the tree, so the tree needs no TOML rules of its own. A leading UTF-8
// byte-order mark is skipped.
func Parse(file string, data []byte) (*Value, error) {
	data = stripBOM(data)
	l := newLines(data)
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		return nil, Errors{invalid(file, l, err)}
	}
	b := &builder{data: data, lines: l}
	b.root = &Value{Kind: Table, Pos: Pos{Line: 1, Col: 1}}
	b.cur = b.root
	var p unstable.Parser
	p.Reset(data)
	for p.NextExpression() {
		b.expression(p.Expression())
	}
	if err := p.Error(); err != nil {
		// go-toml's decoder accepted what its parser rejects: a bug there,
		// reported rather than hidden.
		return nil, Errors{{File: file, Line: 1, Col: 1, Msg: "not valid TOML: " + err.Error()}}
	}
	return b.root, nil
}

// invalid turns go-toml's error about a document into an Error at the
// character the decoder points at, in words for the file's author.
func invalid(file string, l lines, err error) Error {
	var de *toml.DecodeError
	if !errors.As(err, &de) {
		return Error{File: file, Line: 1, Col: 1, Msg: "not valid TOML: " + err.Error()}
	}
	row, col := de.Position()
	at := l.at(row, col)
	return Error{File: file, Line: at.Line, Col: at.Col, Msg: plainWords(strings.TrimPrefix(de.Error(), "toml: "), de.Key())}
}

// rewrites says go-toml's messages about keys and tables defined twice in
// the words of the rest of the messages; %[1]s is the key as written.
// Compiled on first use, not at start: every start of rygtimer, `status`
// at each shell prompt among them, would pay for it, and only a broken
// TOML file needs it.
var rewrites = sync.OnceValue(func() []rewrite {
	return []rewrite{
		{regexp.MustCompile(`^key (.+) is already defined$`), "%[1]s is set twice; keep one of the two"},
		{regexp.MustCompile(`^table (.+) already exists`), "table [%[1]s] is defined twice; put all of its lines under one header"},
		{regexp.MustCompile(`^key (.+) should be a table, not a value$`), "%[1]s is already set, so it cannot also be a table"},
		{regexp.MustCompile(`^key (.+) already exists as a \w+, but should be an array table$`), "%[1]s is already set; [[%[1]s]] can only add to a list of tables"},
		{regexp.MustCompile(`^key (.+) already exists as a value$`), "%[1]s is already set, so nothing can be added to it"},
		{regexp.MustCompile(`number is too large`), "this number is too large"},
	}
})

type rewrite struct {
	re   *regexp.Regexp
	with string
}

func plainWords(msg string, key toml.Key) string {
	for _, r := range rewrites() {
		m := r.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		name := ""
		if len(m) > 1 {
			name = QuoteKey(m[1])
			// go-toml names the last part of a dotted key; the whole key
			// says more when it is the key that ends so.
			if len(key) > 1 && key[len(key)-1] == m[1] {
				name = dotted(key)
			}
		}
		return strings.ReplaceAll(r.with, "%[1]s", name)
	}
	return "not valid TOML: " + msg
}

func dotted(key []string) string {
	parts := make([]string, len(key))
	for i, k := range key {
		parts[i] = QuoteKey(k)
	}
	return strings.Join(parts, ".")
}

// builder reads a valid document into a tree of positioned values.
type builder struct {
	data  []byte
	lines lines
	root  *Value
	cur   *Value // the table that key = value lines go into
}

// keyPart is one part of a possibly dotted key, with its byte range.
type keyPart struct {
	name     string
	off, end int
}

func (b *builder) keys(it unstable.Iterator) []keyPart {
	var parts []keyPart
	for it.Next() {
		n := it.Node()
		off := int(n.Raw.Offset)
		parts = append(parts, keyPart{name: string(n.Data), off: off, end: off + int(n.Raw.Length)})
	}
	return parts
}

func (b *builder) expression(n *unstable.Node) {
	switch n.Kind {
	case unstable.KeyValue:
		b.keyValue(b.cur, n)
	case unstable.Table, unstable.ArrayTable:
		if keys := b.keys(n.Key()); len(keys) > 0 {
			b.cur = b.header(keys, n.Kind == unstable.ArrayTable)
		}
	}
}

// header returns the table that [a.b] or [[a.b]] opens.
func (b *builder) header(keys []keyPart, array bool) *Value {
	at := b.lines.pos(headerStart(b.data, keys[0].off))
	t := b.root
	for _, k := range keys[:len(keys)-1] {
		t = b.child(t, k, at)
	}
	last := keys[len(keys)-1]
	f := t.Field(last.name)
	switch {
	case f == nil && array:
		f = &Field{Key: last.name, Pos: b.lines.pos(last.off), Value: &Value{Kind: Array, Pos: at}}
		t.add(f)
	case f == nil:
		el := &Value{Kind: Table, Pos: at}
		t.add(&Field{Key: last.name, Pos: b.lines.pos(last.off), Value: el})
		return el
	case !array:
		// [a.b] came first and named [a] in passing; [a] starts here.
		f.Value.Pos = at
		return f.Value
	}
	el := &Value{Kind: Table, Pos: at}
	f.Value.Items = append(f.Value.Items, el)
	return el
}

// child returns the table that key part k names in t, made at pos when it
// is new; in a list of tables, the last one.
func (b *builder) child(t *Value, k keyPart, pos Pos) *Value {
	f := t.Field(k.name)
	if f == nil {
		nt := &Value{Kind: Table, Pos: pos}
		t.add(&Field{Key: k.name, Pos: b.lines.pos(k.off), Value: nt})
		return nt
	}
	if f.Value.Kind == Array && len(f.Value.Items) > 0 {
		return f.Value.Items[len(f.Value.Items)-1]
	}
	return f.Value
}

// keyValue adds key = value to table t, making the tables a dotted key
// names on the way; such a table starts at its part of the key. Keys come
// before their value so that positions are asked for in document order.
func (b *builder) keyValue(t *Value, n *unstable.Node) {
	keys := b.keys(n.Key())
	if len(keys) == 0 {
		return
	}
	for _, k := range keys[:len(keys)-1] {
		t = b.child(t, k, b.lines.pos(k.off))
	}
	last := keys[len(keys)-1]
	f := &Field{Key: last.name, Pos: b.lines.pos(last.off)}
	f.Value, _ = b.value(n.Value(), skipTrivia(b.data, last.end))
	t.add(f)
}

// value converts a value node that starts at start (only arrays need it:
// go-toml records no position for them) and returns it with the offset
// just past its end, from which the next array element is found.
func (b *builder) value(n *unstable.Node, start int) (*Value, int) {
	off, end := int(n.Raw.Offset), int(n.Raw.Offset+n.Raw.Length)
	raw := string(n.Data)
	v := &Value{Pos: b.lines.pos(off)}
	switch n.Kind {
	case unstable.String:
		v.Kind, v.Str, v.quoted = String, raw, b.data[off:end]
	case unstable.Bool:
		v.Kind, v.Bool = Bool, raw == "true"
	case unstable.Integer:
		// go-toml has checked the range; base 0 reads 0x, 0o, 0b and _.
		v.Int, _ = strconv.ParseInt(raw, 0, 64)
		v.Kind = Integer
	case unstable.Float:
		v.Kind, v.Float = Float, parseFloat(raw)
	case unstable.LocalDate, unstable.LocalTime, unstable.LocalDateTime, unstable.DateTime:
		v.Kind, v.Str = DateTime, raw
	case unstable.Array:
		v.Kind, v.Pos = Array, b.lines.pos(start)
		end = start + 1
		for it := n.Children(); it.Next(); {
			var item *Value
			item, end = b.value(it.Node(), skipTrivia(b.data, end))
			v.Items = append(v.Items, item)
		}
		end = skipTrivia(b.data, end) + 1 // past the ]
	case unstable.InlineTable:
		v.Kind = Table
		end = off + 1
		for it := n.Children(); it.Next(); {
			kv := it.Node()
			b.keyValue(v, kv)
			end = int(kv.Raw.Offset + kv.Raw.Length)
		}
		end = skipTrivia(b.data, end) + 1 // past the }
	}
	return v, end
}

// parseFloat parses a TOML float go-toml has already checked: digits with
// underscores, or inf and nan with an optional sign.
func parseFloat(raw string) float64 {
	switch strings.TrimLeft(raw, "+-") {
	case "inf":
		if strings.HasPrefix(raw, "-") {
			return math.Inf(-1)
		}
		return math.Inf(1)
	case "nan":
		return math.NaN()
	}
	f, _ := strconv.ParseFloat(strings.ReplaceAll(raw, "_", ""), 64)
	return f
}

// QuoteKey returns key as it would be written in TOML: bare when it can be,
// quoted otherwise.
func QuoteKey(key string) string {
	if key == "" {
		return `""`
	}
	for _, c := range key {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return strconv.Quote(key)
		}
	}
	return key
}
