package routines

import (
	"slices"
	"strings"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

// MaxFileSize is the largest routine file read. The largest routine the
// limits allow (20 exercises of 10 steps of 200 characters in two
// languages, with names and cautions) is about 100,000 characters, under
// 200 KiB even with every letter a two-byte æ, ø or å; 256 KiB leaves room
// for comments and refuses a wrong file (or /dev/zero) at once.
const MaxFileSize = 256 << 10

// Parse reads a routine from the TOML in data; file names it in errors and
// becomes its Source. Every problem in the file is reported at once, as a
// tomlx.Errors of file:line:col messages written for the file's author.
// The id of a built-in routine is refused: the journal keeps progress per
// routine id, so a copy would take over the built-in's progression.
func Parse(file string, data []byte) (Routine, error) {
	return parse(file, data, false)
}

// parse is Parse; builtIn allows the ids of the built-in routines, for
// reading those.
func parse(file string, data []byte, builtIn bool) (Routine, error) {
	root, err := tomlx.Parse(file, data)
	l := &loader{Decoder: tomlx.NewDecoder(file), builtIn: builtIn}
	l.Add(err)
	if root == nil {
		return Routine{}, l.Err()
	}
	r := l.routine(root)
	if err := l.Err(); err != nil {
		return Routine{}, err
	}
	r.Source = file
	return r, nil
}

// Load reads the routine file at path. A file that cannot be read, is not
// a regular file or is larger than MaxFileSize gives an *fs.PathError,
// which names the path, for the caller to put in context; a file with
// mistakes gives a tomlx.Errors.
func Load(path string) (Routine, error) {
	data, err := tomlx.ReadFile(path, MaxFileSize)
	if err != nil {
		return Routine{}, err
	}
	return Parse(path, data)
}

func (l *loader) routine(root *tomlx.Value) Routine {
	var r Routine
	s := l.Struct(root, "", "id", "phase", "name", "description", "exercise")
	// The name comes first: its languages are the routine's languages,
	// which every other text is checked against.
	if v := s.Require("name", `name = { en = "Morning routine", da = "Morgenrutine" }`); v != nil {
		r.Name, r.Languages = l.languages(v)
		l.langs = r.Languages
		if r.Name != nil && len(r.Languages) == 0 {
			l.Errorf(v.Pos, `name needs a text in at least one language, like { en = "Morning routine" } or { da = "Morgenrutine" }`)
		}
	}
	if v := s.Require("id", `id = "my-routine"`); v != nil {
		r.ID, r.idPos = l.routineID(v), v.Pos
	}
	if v := s.Require("phase", `phase = "mobility"`); v != nil {
		p, _ := l.OneOf(v, "phase", string(PainRelief), string(Mobility), string(Strengthening))
		r.Phase = Phase(p)
	}
	if v := s.Get("description"); v != nil {
		r.Description = l.text(v, "description", MaxDescLen)
	}
	r.Exercises = l.exercises(s.Get("exercise"), root)
	return r
}

func (l *loader) exercises(v, root *tomlx.Value) []Exercise {
	if v == nil {
		l.Errorf(root.Pos, "this routine has no exercises; add at least one [[exercise]] section")
		return nil
	}
	if v.Kind != tomlx.Array {
		l.WrongType(v, "exercise", "a list of [[exercise]] sections")
		return nil
	}
	items := v.Items
	switch {
	case len(items) == 0:
		l.Errorf(v.Pos, "this routine has no exercises; add at least one [[exercise]] section")
	case len(items) > MaxExercises:
		l.Errorf(items[MaxExercises].Pos, "a routine may have at most %d exercises; this is number %d", MaxExercises, MaxExercises+1)
	}
	seen := map[string]tomlx.Pos{}
	out := make([]Exercise, 0, len(items))
	for _, item := range items {
		if item.Kind != tomlx.Table {
			l.WrongType(item, "each exercise", "an [[exercise]] section")
			continue
		}
		e, idPos := l.exercise(item)
		if e.ID != "" {
			if first, dup := seen[e.ID]; dup {
				l.Errorf(idPos, "duplicate exercise id %s, first used at line %d; give each exercise its own id", e.ID, first.Line)
			} else {
				seen[e.ID] = idPos
			}
		}
		out = append(out, e)
	}
	return out
}

// routineID decodes the routine's id, which must not be a built-in's.
func (l *loader) routineID(v *tomlx.Value) string {
	id := l.id(v, "id")
	if id != "" && !l.builtIn && slices.Contains(builtinIDs(), id) {
		l.Errorf(v.Pos, "the routine id %s belongs to a built-in routine; give this routine its own id, such as %q", id, "my-"+id)
		return ""
	}
	return id
}

// id decodes an identifier of a routine or an exercise.
func (l *loader) id(v *tomlx.Value, what string) string {
	s, ok := l.String(v, what)
	if !ok {
		return ""
	}
	switch {
	case len(s) > MaxIDLen:
		l.Errorf(v.Pos, "%s is %d characters long; keep it to %d", what, len(s), MaxIDLen)
		return ""
	case !idPattern.MatchString(s):
		example := suggestID(s)
		if example == "" {
			example = "knee-to-chest"
		}
		l.Errorf(v.Pos, "%s must use only lowercase letters a-z, digits and single dashes between words: write %q instead of %q", what, example, s)
		return ""
	}
	return s
}

// suggestID turns a text into an id, for the example in a message.
func suggestID(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
