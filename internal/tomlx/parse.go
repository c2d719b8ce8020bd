package tomlx

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// Parse reads a TOML document into a tree whose root is a Table at 1:1.
//
// A syntax error stops the parser, so it comes back alone with a nil tree.
// Keys and tables defined twice, and numbers too large to hold, are all
// reported together; the tree without them comes back as well, so that the
// caller can add its own errors and the author sees everything at once.
// The error is always an Errors. A leading UTF-8 byte-order mark is
// skipped.
func Parse(file string, data []byte) (*Value, error) {
	data = StripBOM(data)
	b := &builder{file: file, data: data, lines: newLines(data)}
	b.root = &Value{Kind: Table, Pos: Pos{Line: 1, Col: 1}, origin: originRoot}
	b.cur = b.root
	b.p.Reset(data)
	for b.p.NextExpression() {
		b.expression(b.p.Expression())
	}
	if err := b.p.Error(); err != nil {
		return nil, Errors{b.syntaxError(err)}
	}
	return b.root, b.errs.Err()
}

type builder struct {
	file  string
	data  []byte
	lines lines
	p     unstable.Parser
	errs  Errors
	root  *Value
	cur   *Value // the table that key = value lines go into
}

// keyPart is one part of a possibly dotted key, with its byte range.
type keyPart struct {
	name     string
	off, end int
}

func (b *builder) errorf(off int, format string, args ...any) {
	p := b.lines.pos(off)
	b.errs = append(b.errs, Error{File: b.file, Line: p.Line, Col: p.Col, Msg: sprintf(format, args...)})
}

func (b *builder) syntaxError(err error) Error {
	off := 0
	var perr *unstable.ParserError
	if errors.As(err, &perr) {
		if o, ok := b.offsetOf(perr.Highlight); ok {
			off = o
		}
	}
	p := b.lines.pos(off)
	return Error{File: b.file, Line: p.Line, Col: p.Col, Msg: "not valid TOML: " + err.Error()}
}

// offsetOf converts a parser error's highlight to a byte offset with the
// parser's own Range, after checking that the highlight really is a slice
// of the document (Range panics otherwise).
func (b *builder) offsetOf(h []byte) (int, bool) {
	if h == nil {
		return 0, false
	}
	off := cap(b.data) - cap(h)
	if off < 0 || off+len(h) > len(b.data) {
		return 0, false
	}
	return int(b.p.Range(h).Offset), true
}

func (b *builder) expression(n *unstable.Node) {
	switch n.Kind {
	case unstable.KeyValue:
		b.keyValue(b.cur, n)
	case unstable.Table:
		b.header(n, false)
	case unstable.ArrayTable:
		b.header(n, true)
	}
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

// header handles [a.b] and [[a.b]].
func (b *builder) header(n *unstable.Node, array bool) {
	keys := b.keys(n.Key())
	if len(keys) == 0 {
		return
	}
	start := headerStart(b.data, keys[0].off)
	at := b.lines.pos(start)
	name := "[" + path(keys) + "]"
	if array {
		name = "[" + name + "]"
	}
	// Until the header is known to be good, its key = value lines go into
	// a table that is not part of the tree, so one mistake does not cause a
	// cascade of others.
	b.cur = &Value{Kind: Table, Pos: at, origin: originHeader}

	t := b.root
	for i, k := range keys[:len(keys)-1] {
		f := t.Field(k.name)
		if f == nil {
			nt := &Value{Kind: Table, Pos: at, origin: originImplicit}
			t.add(&Field{Key: k.name, Pos: b.lines.pos(k.off), Value: nt})
			t = nt
			continue
		}
		switch v := f.Value; {
		case v.Kind == Table && v.origin != originInline:
			t = v
		case v.Kind == Array && v.tables:
			t = v.Items[len(v.Items)-1]
		default:
			b.errorf(k.off, "%s is already set on line %d, so %s cannot add a table to it", path(keys[:i+1]), f.Pos.Line, name)
			return
		}
	}

	last := keys[len(keys)-1]
	f := t.Field(last.name)
	el := &Value{Kind: Table, Pos: at, origin: originHeader}
	switch {
	case f == nil && array:
		t.add(&Field{Key: last.name, Pos: b.lines.pos(last.off), Value: &Value{Kind: Array, Pos: at, tables: true, Items: []*Value{el}}})
	case f == nil:
		t.add(&Field{Key: last.name, Pos: b.lines.pos(last.off), Value: el})
	case array && f.Value.Kind == Array && f.Value.tables:
		f.Value.Items = append(f.Value.Items, el)
	case array:
		b.errorf(start, "%s is already set on line %d; %s can only add to a list of tables", path(keys), f.Value.Pos.Line, name)
		return
	case f.Value.Kind == Table && f.Value.origin == originImplicit:
		// [a.b] came first and named [a] in passing; now [a] is defined.
		el = f.Value
		el.origin, el.Pos = originHeader, at
	case f.Value.Kind == Table:
		b.errorf(start, "table %s is already defined on line %d; put all of its lines under one header", name, f.Value.Pos.Line)
		return
	default:
		b.errorf(start, "%s is already set on line %d, so it cannot also be a table", path(keys), f.Pos.Line)
		return
	}
	b.cur = el
}

// keyValue adds key = value to table t, creating the tables a dotted key
// names on the way.
func (b *builder) keyValue(t *Value, n *unstable.Node) {
	keys := b.keys(n.Key())
	if len(keys) == 0 {
		return
	}
	last := keys[len(keys)-1]
	v := b.value(n.Value(), skipTrivia(b.data, last.end))

	for i, k := range keys[:len(keys)-1] {
		f := t.Field(k.name)
		if f == nil {
			nt := &Value{Kind: Table, Pos: b.lines.pos(k.off), origin: originDotted}
			t.add(&Field{Key: k.name, Pos: nt.Pos, Value: nt})
			t = nt
			continue
		}
		if f.Value.Kind == Table && f.Value.origin == originDotted {
			t = f.Value
			continue
		}
		b.errorf(k.off, "%s is already set on line %d, so %s cannot add to it", path(keys[:i+1]), f.Pos.Line, path(keys))
		return
	}
	if f := t.Field(last.name); f != nil {
		b.errorf(keys[0].off, "%s is set twice; it was first set on line %d", path(keys), f.Pos.Line)
		return
	}
	t.add(&Field{Key: last.name, Pos: b.lines.pos(last.off), Value: v})
}

// value converts a value node. start is where the value begins; only
// arrays need it, since go-toml records no position for them.
func (b *builder) value(n *unstable.Node, start int) *Value {
	v, _ := b.valueEnd(n, start)
	return v
}

// valueEnd converts a value node and also returns the offset just past its
// end, from which the position of the next array element is found.
func (b *builder) valueEnd(n *unstable.Node, start int) (*Value, int) {
	off, end := int(n.Raw.Offset), int(n.Raw.Offset+n.Raw.Length)
	raw := string(n.Data)
	v := &Value{Pos: b.lines.pos(off)}
	switch n.Kind {
	case unstable.String:
		v.Kind, v.Str = String, raw
	case unstable.Bool:
		v.Kind, v.Bool = Bool, raw == "true"
	case unstable.Integer:
		i, err := strconv.ParseInt(raw, 0, 64)
		if err != nil {
			b.errorf(off, "the number %s is too large", raw)
			break
		}
		v.Kind, v.Int = Integer, i
	case unstable.Float:
		f, ok := parseFloat(raw)
		if !ok {
			b.errorf(off, "the number %s is too large", raw)
			break
		}
		v.Kind, v.Float = Float, f
	case unstable.LocalDate, unstable.LocalTime, unstable.LocalDateTime, unstable.DateTime:
		v.Kind, v.Str = DateTime, raw
	case unstable.Array:
		v.Kind, v.Pos = Array, b.lines.pos(start)
		end = start + 1
		it := n.Children()
		for it.Next() {
			var item *Value
			item, end = b.valueEnd(it.Node(), skipTrivia(b.data, end))
			v.Items = append(v.Items, item)
		}
		end = skipTrivia(b.data, end) + 1 // past the ]
	case unstable.InlineTable:
		// Dotted keys inside { } may share a table while it is being read;
		// once it is closed, nothing may add to it.
		v.Kind, v.origin = Table, originDotted
		end = off + 1
		it := n.Children()
		for it.Next() {
			kv := it.Node()
			b.keyValue(v, kv)
			end = int(kv.Raw.Offset + kv.Raw.Length)
		}
		end = skipTrivia(b.data, end) + 1 // past the }
		seal(v)
	}
	return v, end
}

// seal marks an inline table and every table inside it as closed.
func seal(v *Value) {
	if v.Kind == Table {
		v.origin = originInline
		for _, f := range v.Fields {
			seal(f.Value)
		}
	}
	for _, item := range v.Items {
		seal(item)
	}
}

// parseFloat parses a TOML float the parser has already checked: digits
// with underscores, or inf and nan with an optional sign.
func parseFloat(raw string) (float64, bool) {
	s := strings.TrimLeft(raw, "+-")
	neg := strings.HasPrefix(raw, "-")
	switch s {
	case "inf":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(raw, "_", ""), 64)
	return f, err == nil
}

// path writes a dotted key the way it would be written in the file.
func path(keys []keyPart) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = QuoteKey(k.name)
	}
	return strings.Join(parts, ".")
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
