package routines

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/internal/tomlx"
)

// head is the top of a valid two-language routine: lines 1–3. The first
// [[exercise]] header is line 4 and its fields start on line 5.
const head = `id = "test"
phase = "mobility"
name = { en = "Test", da = "Prøve" }
`

// doc builds a routine file: head, one [[exercise]] with the given lines,
// and any more text after it.
func doc(lines ...string) string {
	return head + "[[exercise]]\n" + strings.Join(lines, "\n") + "\n"
}

// Lines of a valid exercise, to copy into cases.
const (
	exID    = `id = "stretch"`
	exName  = `name = { en = "Stretch", da = "Stræk" }`
	exHold  = `kind = "hold"`
	exReps  = `kind = "reps"`
	exSteps = `steps = { en = ["Lie down."], da = ["Lig ned."] }`
	exPace  = `pace = [ { cue = { en = "Up", da = "Op" }, for = "2s" } ]`
)

func TestParseValid(t *testing.T) {
	r, err := Parse("ok.toml", []byte(doc(exID, exName, exHold, `hold = { min = "20s", max = "30s" }`, `sides = ["left", "right"]`, `sets = 3`, `rest = "1m30s"`, exSteps,
		`caution = { en = "Gently.", da = "Blidt." }`)+`
[[exercise]]
id = "bridge"
name = { en = "Bridge", da = "Bækkenløft" }
kind = "reps"
reps = 10
pace = [
  { cue = { en = "Lift", da = "Løft" }, for = "1.5s" },
  { cue = { en = "Hold", da = "Hold" }, for = { min = "3s", max = "6s" } },
]
steps.en = ["Lie down.", "Lift."]
steps.da = ["Lig ned.", "Løft."]
drawing = ""

[[exercise]]
id = "count"
name = { en = "Count", da = "Tæl" }
kind = "reps"
reps = 5
pace = "manual"
steps = { en = ["Count."], da = ["Tæl."] }
`))
	if err != nil {
		t.Fatal(err)
	}
	if err := brokenRules(r); err != nil {
		t.Fatal(err)
	}
	if r.Source != "ok.toml" || r.Phase != Mobility || r.Name["da"] != "Prøve" {
		t.Errorf("routine: %+v", r)
	}
	s, b, c := r.Exercises[0], r.Exercises[1], r.Exercises[2]
	if s.Hold != (Range{20 * time.Second, 30 * time.Second}) || len(s.Sides) != 2 || s.Sides[0] != Left || s.Sets != 3 || s.Rest != 90*time.Second || s.Caution["da"] != "Blidt." || s.Drawing != "" {
		t.Errorf("hold exercise: %+v", s)
	}
	if b.Sets != 1 || b.Reps != 10 || len(b.Pace) != 2 || b.Pace[0].For != (Range{1500 * time.Millisecond, 1500 * time.Millisecond}) ||
		b.Pace[1].For != (Range{3 * time.Second, 6 * time.Second}) || b.Manual || len(b.Steps["da"]) != 2 || b.Drawing != "" || b.Rest != 0 {
		t.Errorf("reps exercise: %+v", b)
	}
	if !b.Progressive() || !s.Progressive() {
		t.Error("both exercises can progress")
	}
	if !c.Manual || c.Pace != nil {
		t.Errorf("manual exercise: %+v", c)
	}
}

func TestParseOneLanguage(t *testing.T) {
	r, err := Parse("da.toml", []byte(`id = "min-ryg"
phase = "pain-relief"
name = { da = "Min ryg" }
[[exercise]]
id = "bridge"
name.da = "Bækkenløft"
kind = "hold"
hold = "10s"
steps.da = ["Løft bækkenet."]
caution.da = "Stop, hvis det gør ondt."
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Languages) != 1 || r.Languages[0] != "da" || r.Lang("en") != "da" {
		t.Errorf("languages %v", r.Languages)
	}
	if e := r.Exercises[0]; e.Drawing != "bridge" || e.Hold != (Range{10 * time.Second, 10 * time.Second}) {
		t.Errorf("exercise: %+v", e)
	}
	if err := brokenRules(r); err != nil {
		t.Error(err)
	}
}

// manyExercises is a routine with n valid exercises of five lines each.
func manyExercises(n int) string {
	var b strings.Builder
	b.WriteString(head)
	for i := range n {
		fmt.Fprintf(&b, "[[exercise]]\nid = \"e%d\"\n%s\n%s\nhold = \"20s\"\n%s\n", i, exName, exHold, exSteps)
	}
	return b.String()
}

// Every check of the loader: where it is reported and what it says.
func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, doc string
		want      string // "line:col message substring"
	}{
		// The file as a whole.
		{"syntax", doc(exID, exName, exHold, `hold = 20s`, exSteps), "8:10 not valid TOML: strings must be quoted"},
		{"unknown top-level field", "colour = 1\n" + doc(exID, exName, exHold, `hold = "20s"`, exSteps),
			"1:1 unknown field colour (known fields: id, phase, name, description, exercise)"},
		{"missing id", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `id = "test"`, `# no id`, 1), `1:1 missing id at the top of the file; add a line like: id = "my-routine"`},
		{"bad routine id", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `id = "test"`, `id = "My Back"`, 1), `1:6 id must use only lowercase letters a-z, digits and single dashes between words: write "my-back" instead of "My Back"`},
		{"routine id too long", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `id = "test"`, `id = "`+strings.Repeat("a", 41)+`"`, 1), "1:6 id is 41 characters long; keep it to 40"},
		{"missing phase", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `phase = "mobility"`, ``, 1), "1:1 missing phase at the top of the file"},
		{"bad phase", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `"mobility"`, `"rehab"`, 1), `2:9 phase must be "pain-relief", "mobility" or "strengthening", not "rehab"`},
		{"missing name", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `name = { en = "Test", da = "Prøve" }`, ``, 1), "1:1 missing name at the top of the file"},
		{"name is not a table", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `{ en = "Test", da = "Prøve" }`, `"Test"`, 1), `3:8 name must be a text per language, like { en = "…", da = "…" }, not text in quotes`},
		{"name in no language", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `{ en = "Test", da = "Prøve" }`, `{}`, 1), "3:8 name needs a text in at least one language"},
		{"unknown language", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `da = "Prøve"`, `de = "Probe"`, 1), "3:23 unknown language de in name; only en (English) and da (Danish) are supported"},
		{"empty name", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `"Prøve"`, `"  "`, 1), "3:28 name.da is empty"},
		{"name too long", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `"Prøve"`, `"`+strings.Repeat("æ", 61)+`"`, 1), "3:28 name.da is 61 characters long; keep it to 60"},
		{"text on two lines", strings.Replace(doc(exID, exName, exHold, `hold = "20s"`, exSteps), `"Prøve"`, `"Prø\nve"`, 1), "3:28 name.da must be a single line"},
		{"description missing a language", "description = { en = \"Hi\" }\n" + doc(exID, exName, exHold, `hold = "20s"`, exSteps),
			"1:15 missing Danish (da) text for description; this routine is written in en and da"},
		{"no exercises", head, "1:1 this routine has no exercises; add at least one [[exercise]] section"},
		{"empty exercise list", head + "exercise = []\n", "4:12 this routine has no exercises"},
		{"exercise not a list", head + "exercise = \"stretch\"\n", "4:12 exercise must be a list of [[exercise]] sections, not text in quotes"},
		{"exercise not a table", head + "exercise = [1]\n", "4:13 each exercise must be an [[exercise]] section, not a number"},
		{"too many exercises", manyExercises(21), "124:1 a routine may have at most 20 exercises; this is number 21"},

		// An exercise's fields.
		{"unknown exercise field", doc(exID, exName, exHold, `hodl = "20s"`, exSteps),
			"8:1 unknown field hodl in [[exercise]] (known fields: id, name, kind, hold, sides, sets, reps, rest, pace, steps, caution, drawing); did you mean hold?"},
		{"missing exercise id", doc(exName, exHold, `hold = "20s"`, exSteps), `4:1 missing id in [[exercise]]; add a line like: id = "knee-to-chest"`},
		{"bad exercise id", doc(`id = "knee_to_chest"`, exName, exHold, `hold = "20s"`, exSteps), `5:6 id must use only lowercase letters a-z, digits and single dashes between words: write "knee-to-chest"`},
		{"duplicate exercise id", doc(exID, exName, exHold, `hold = "20s"`, exSteps) + "[[exercise]]\n" + strings.Join([]string{exID, exName, exHold, `hold = "20s"`, exSteps}, "\n"),
			"11:6 duplicate exercise id stretch, first used at line 5"},
		{"missing exercise name", doc(exID, exHold, `hold = "20s"`, exSteps), "4:1 missing name in [[exercise]]"},
		{"missing kind", doc(exID, exName, `hold = "20s"`, exSteps), `4:1 missing kind in [[exercise]]; add a line like: kind = "hold"`},
		{"bad kind", doc(exID, exName, `kind = "stretch"`, `hold = "20s"`, exSteps), `7:8 kind must be "hold" or "reps", not "stretch"`},

		// Holds.
		{"hold missing", doc(exID, exName, exHold, exSteps), `4:1 missing hold in [[exercise]]; add a line like: hold = { min = "20s", max = "30s" }`},
		{"hold as a number", doc(exID, exName, exHold, `hold = 20`, exSteps), `8:8 hold must be a duration like "20s", not a number; write the unit and the quotes, for example "20s" for seconds`},
		{"hold.min as a number", doc(exID, exName, exHold, `hold = { min = 20, max = "30s" }`, exSteps), `8:16 hold.min must be a duration like "20s", not a number`},
		{"hold not a duration", doc(exID, exName, exHold, `hold = "20 sec"`, exSteps), `8:8 hold: "20 sec" is not a duration; write a number and a unit without spaces, like "20s", "1m30s" or "500ms"`},
		{"hold as true", doc(exID, exName, exHold, `hold = true`, exSteps), `8:8 hold must be a duration like "20s" or a range like { min = "20s", max = "30s" }, not true or false`},
		{"hold too short", doc(exID, exName, exHold, `hold = "2s"`, exSteps), "8:8 hold must be from 3s to 5m, not 2s"},
		{"hold too long", doc(exID, exName, exHold, `hold = { min = "20s", max = "6m" }`, exSteps), "8:29 hold.max must be from 3s to 5m, not 6m"},
		{"hold without max", doc(exID, exName, exHold, `hold = { min = "20s" }`, exSteps), `8:8 missing max in hold; add a line like: max = "30s"`},
		{"hold range unknown field", doc(exID, exName, exHold, `hold = { min = "20s", max = "30s", start = "25s" }`, exSteps), "8:36 unknown field start in hold (known fields: min, max)"},
		{"hold min above max", doc(exID, exName, exHold, `hold = { min = "30s", max = "20s" }`, exSteps), "8:29 hold.max (20s) is shorter than hold.min (30s); max is where the dose may grow to, so it must be at least min"},
		{"reps in a hold", doc(exID, exName, exHold, `hold = "20s"`, `reps = 3`, exSteps), `9:1 reps is only for kind = "reps"; a hold exercise is timed by hold`},
		{"pace in a hold", doc(exID, exName, exHold, `hold = "20s"`, exPace, exSteps), `9:1 pace is only for kind = "reps"`},

		// Repetitions and pace.
		{"hold in reps", doc(exID, exName, exReps, `reps = 5`, exPace, `hold = "20s"`, exSteps), `10:1 hold is only for kind = "hold"; a reps exercise is timed by its pace`},
		{"reps missing", doc(exID, exName, exReps, exPace, exSteps), "4:1 missing reps in [[exercise]]; add a line like: reps = 10"},
		{"reps zero", doc(exID, exName, exReps, `reps = 0`, exPace, exSteps), "8:8 reps must be from 1 to 50, not 0"},
		{"reps too many", doc(exID, exName, exReps, `reps = 51`, exPace, exSteps), "8:8 reps must be from 1 to 50, not 51"},
		{"reps in quotes", doc(exID, exName, exReps, `reps = "10"`, exPace, exSteps), "8:8 reps must be a whole number like 1 without quotes, not text in quotes"},
		{"pace missing", doc(exID, exName, exReps, `reps = 5`, exSteps), "4:1 missing pace in [[exercise]]"},
		{"pace unknown word", doc(exID, exName, exReps, `reps = 5`, `pace = "auto"`, exSteps), `9:8 pace must be "manual" or a list of steps like`},
		{"pace a number", doc(exID, exName, exReps, `reps = 5`, `pace = 2`, exSteps), `9:8 pace must be "manual" or a list of steps like [ { cue = { en = "Up" }, for = "2s" }, … ], not a number`},
		{"pace empty", doc(exID, exName, exReps, `reps = 5`, `pace = []`, exSteps), `9:8 pace is empty; list the steps of one repetition, or write pace = "manual"`},
		{"pace too long", doc(exID, exName, exReps, `reps = 5`, `pace = [`+strings.Repeat(`{ cue = { en = "A", da = "A" }, for = "1s" },`, 7)+`]`, exSteps), "9:279 pace may have at most 6 steps; this is step 7"},
		{"pace step not a table", doc(exID, exName, exReps, `reps = 5`, `pace = ["2s"]`, exSteps), `9:9 pace step 1 must be a step like { cue = { en = "Up" }, for = "2s" }, not text in quotes`},
		{"pace step unknown field", doc(exID, exName, exReps, `reps = 5`, `pace = [ { cue = { en = "Up", da = "Op" }, for = "2s", four = 1 } ]`, exSteps), "9:56 unknown field four in pace step 1 (known fields: cue, for)"},
		{"pace step without cue", doc(exID, exName, exReps, `reps = 5`, `pace = [ { for = "2s" } ]`, exSteps), `9:10 missing cue in pace step 1; add a line like: cue = { en = "Up", da = "Op" }`},
		{"pace step without time", doc(exID, exName, exReps, `reps = 5`, `pace = [ { cue = { en = "Up", da = "Op" } } ]`, exSteps), `9:10 missing for in pace step 1; add a line like: for = "2s"`},
		{"pace step too short", doc(exID, exName, exReps, `reps = 5`, `pace = [ { cue = { en = "Up", da = "Op" }, for = "0.2s" } ]`, exSteps), "9:50 for (pace step 1) must be from 500ms to 1m, not 200ms"},
		{"pace step too long", doc(exID, exName, exReps, `reps = 5`, `pace = [ { cue = { en = "Up", da = "Op" }, for = { min = "5s", max = "2m" } } ]`, exSteps), "9:70 for (pace step 1).max must be from 500ms to 1m, not 2m"},
		{"two growing pace steps", doc(exID, exName, exReps, `reps = 5`, `pace = [`,
			`  { cue = { en = "Up", da = "Op" }, for = { min = "2s", max = "3s" } },`,
			`  { cue = { en = "Hold", da = "Hold" }, for = { min = "5s", max = "10s" } },`, `]`, exSteps),
			"11:47 only one step of a pace may grow from min to max; pace step 1 already does"},
		{"cue missing a language", doc(exID, exName, exReps, `reps = 5`, `pace = [ { cue = { en = "Up" }, for = "2s" } ]`, exSteps), "9:18 missing Danish (da) text for cue (pace step 1); this routine is written in en and da"},
		{"cue too long", doc(exID, exName, exReps, `reps = 5`, `pace = [ { cue = { en = "Up", da = "Løft langsomt begge arme" }, for = "2s" } ]`, exSteps), "9:36 cue (pace step 1).da is 24 characters long; keep it to 20"},

		// Sides, sets, rest.
		{"sides not a list", doc(exID, exName, exHold, `hold = "20s"`, `sides = "right"`, exSteps), "9:9 sides must be a list in [ ], not text in quotes"},
		{"sides empty", doc(exID, exName, exHold, `hold = "20s"`, `sides = []`, exSteps), "9:9 sides is empty; leave sides out to work both sides at once"},
		{"side unknown", doc(exID, exName, exHold, `hold = "20s"`, `sides = ["right", "up"]`, exSteps), `9:19 each side must be "right" or "left", not "up"`},
		{"side twice", doc(exID, exName, exHold, `hold = "20s"`, `sides = ["left", "left"]`, exSteps), "9:18 left is listed twice in sides"},
		{"sets zero", doc(exID, exName, exHold, `hold = "20s"`, `sets = 0`, exSteps), "9:8 sets must be from 1 to 10, not 0"},
		{"sets too many", doc(exID, exName, exHold, `hold = "20s"`, `sets = 11`, exSteps), "9:8 sets must be from 1 to 10, not 11"},
		{"rest negative", doc(exID, exName, exHold, `hold = "20s"`, `rest = "-5s"`, exSteps), "9:8 rest must be from 0s to 10m, not -5s"},
		{"rest too long", doc(exID, exName, exHold, `hold = "20s"`, `rest = "11m"`, exSteps), "9:8 rest must be from 0s to 10m, not 11m"},
		{"rest as a number", doc(exID, exName, exHold, `hold = "20s"`, `rest = 30`, exSteps), `9:8 rest must be a duration like "20s", not a number; write the unit and the quotes, for example "30s"`},

		// Texts.
		{"steps missing", doc(exID, exName, exHold, `hold = "20s"`), "4:1 missing steps in [[exercise]]"},
		{"steps not a table", doc(exID, exName, exHold, `hold = "20s"`, `steps = ["Lie down."]`), `9:9 steps must be a list of lines per language, like { en = ["…", "…"], da = ["…", "…"] }, not a list in [ ]`},
		{"steps missing a language", doc(exID, exName, exHold, `hold = "20s"`, `steps = { en = ["Lie down."] }`), "9:9 missing Danish (da) text for steps; this routine is written in en and da"},
		{"steps as text", doc(exID, exName, exHold, `hold = "20s"`, `steps = { en = "Lie down.", da = ["Lig ned."] }`), "9:16 steps.en must be a list in [ ], not text in quotes"},
		{"steps empty", doc(exID, exName, exHold, `hold = "20s"`, `steps = { en = [], da = ["Lig ned."] }`), "9:16 steps.en must have from 1 to 10 lines, not 0"},
		{"too many steps", doc(exID, exName, exHold, `hold = "20s"`, `steps.en = [`+strings.Repeat(`"a",`, 11)+`]`, `steps.da = ["Lig ned."]`), "9:12 steps.en must have from 1 to 10 lines, not 11"},
		{"steps of different length", doc(exID, exName, exHold, `hold = "20s"`, `steps = { en = ["Lie down.", "Rest."], da = ["Lig ned."] }`), "9:45 steps has 2 English lines but 1 Danish lines; give every language the same steps"},
		{"step line empty", doc(exID, exName, exHold, `hold = "20s"`, `steps = { en = ["Lie down.", ""], da = ["Lig ned.", "Hvil."] }`), "9:30 steps.en line 2 is empty"},
		{"step line a number", doc(exID, exName, exHold, `hold = "20s"`, `steps = { en = [1], da = ["Lig ned."] }`), "9:17 steps.en line 1 must be text in quotes, not a number"},
		{"caution missing a language", doc(exID, exName, exHold, `hold = "20s"`, exSteps, `caution = { en = "Gently." }`),
			"10:11 missing Danish (da) text for caution; this routine is written in en and da"},
		{"text in a language the routine lacks", `id = "x"
phase = "mobility"
name = { en = "X" }
[[exercise]]
id = "a"
name = { en = "A", da = "A" }
kind = "hold"
hold = "20s"
steps = { en = ["Lie down."] }
`, "6:20 name has Danish (da) text, but this routine is written in en (the languages of its name); add da to the name or remove this text"},

		// Drawings.
		{"unknown drawing", doc(exID, exName, exHold, `hold = "20s"`, exSteps, `drawing = "cat"`), `10:11 there is no drawing called "cat"; use one of "pelvic-tilt", "knee-to-chest"`},
		{"drawing not text", doc(exID, exName, exHold, `hold = "20s"`, exSteps, `drawing = 3`), "10:11 drawing must be text in quotes, not a number"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("r.toml", []byte(c.doc))
			var errs tomlx.Errors
			if !errors.As(err, &errs) {
				t.Fatalf("want tomlx.Errors, got %v", err)
			}
			pos, msg, _ := strings.Cut(c.want, " ")
			for _, e := range errs {
				if (tomlx.Pos{Line: e.Line, Col: e.Col}).String() == pos && strings.Contains(e.Msg, msg) {
					if len(errs) != 1 {
						t.Errorf("one mistake gave %d errors:\n%v", len(errs), err)
					}
					return
				}
			}
			t.Errorf("want %s %q, got:\n%v", pos, msg, err)
		})
	}
}

// With the kind wrong, the dose is still checked, so that fixing the kind
// does not reveal a second mistake.
func TestParseChecksDoseWithoutKind(t *testing.T) {
	_, err := Parse("r.toml", []byte(doc(exID, exName, `kind = "stretch"`, `hold = "1s"`, exSteps)))
	want := "r.toml:7:8: kind must be \"hold\" or \"reps\", not \"stretch\"\nr.toml:8:8: hold must be from 3s to 5m, not 1s"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

// A file full of mistakes gets them all reported in one go, in order.
func TestParseReportsAllErrors(t *testing.T) {
	src := `id = "Bad Id"
phase = "rehab"
name = { en = "Mine", da = "Min" }
colour = "red"

[[exercise]]
id = "stretch"
name = { en = "Stretch" }
kind = "hold"
hold = { min = "40s", max = "30s" }
sets = 0
steps = { en = ["Lie down."], da = ["Lig ned."] }

[[exercise]]
id = "stretch"
name = { en = "Lift", da = "Løft" }
kind = "reps"
reps = 100
pace = "auto"
hold = "20s"
steps = { en = ["Lift."], da = ["Løft."] }
`
	_, err := Parse("all.toml", []byte(src))
	var errs tomlx.Errors
	if !errors.As(err, &errs) {
		t.Fatalf("want tomlx.Errors, got %v", err)
	}
	want := []string{
		"all.toml:1:6: id must use only",
		"all.toml:2:9: phase must be",
		"all.toml:4:1: unknown field colour",
		"all.toml:8:8: missing Danish (da) text for name",
		"all.toml:10:29: hold.max (30s) is shorter than hold.min (40s)",
		"all.toml:11:8: sets must be from 1 to 10, not 0",
		"all.toml:15:6: duplicate exercise id stretch, first used at line 7",
		"all.toml:18:8: reps must be from 1 to 50, not 100",
		"all.toml:19:8: pace must be \"manual\" or a list",
		"all.toml:20:1: hold is only for kind = \"hold\"",
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(lines), len(want), err)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("error %d:\n got %s\nwant %s…", i+1, lines[i], w)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.toml")
	if err := os.WriteFile(path, []byte(doc(exID, exName, exHold, `hold = "20s"`, exSteps)), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := Load(path)
	if err != nil || r.Source != path || r.ID != "test" {
		t.Fatalf("Load: %+v, %v", r, err)
	}
	var pe *fs.PathError
	if _, err := Load(filepath.Join(dir, "missing.toml")); !errors.As(err, &pe) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file: %v", err)
	}
	os.WriteFile(path, []byte("id = 1\n"), 0o600)
	_, err = Load(path)
	if err == nil || !strings.Contains(err.Error(), path+":1:6: id must be text") {
		t.Errorf("errors must name the path: %v", err)
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	good := doc(exID, exName, exHold, `hold = "20s"`, exSteps)
	write("a-good.toml", good)
	write("b-broken.toml", "id = \n")
	write("c-same-id.toml", good)
	write("d-builtin-id.toml", strings.Replace(good, `id = "test"`, `id = "mobility"`, 1))
	write("e-other.toml", strings.Replace(good, `id = "test"`, `id = "other"`, 1))
	write("notes.txt", "not a routine")
	write(".#a-good.toml", "editor lock file")
	os.Mkdir(filepath.Join(dir, "sub.toml"), 0o700)

	rs, err := LoadDir(dir)
	if len(rs) != 2 || rs[0].ID != "test" || rs[1].ID != "other" {
		t.Errorf("good routines: %v", rs)
	}
	var errs tomlx.Errors
	if !errors.As(err, &errs) || len(errs) != 3 {
		t.Fatalf("want 3 errors, got %v", err)
	}
	wants := []string{
		filepath.Join(dir, "b-broken.toml") + ":1:6: not valid TOML",
		filepath.Join(dir, "c-same-id.toml") + ":1:6: the routine id test is already used by " + filepath.Join(dir, "a-good.toml"),
		filepath.Join(dir, "d-builtin-id.toml") + ":1:6: the routine id mobility belongs to a built-in routine",
	}
	for i, w := range wants {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %d:\n got %s\nwant %s…", i, errs[i], w)
		}
	}

	if rs, err := LoadDir(filepath.Join(dir, "missing")); rs != nil || err != nil {
		t.Errorf("a missing folder: %v, %v", rs, err)
	}
}

// The example a physiotherapist copies must itself be valid.
func TestExampleIsValid(t *testing.T) {
	r, err := Load("../examples/physio-routine.toml")
	if err != nil {
		t.Fatal(err)
	}
	var hold, paced, manual, sides, caution bool
	for _, e := range r.Exercises {
		hold = hold || e.Kind == Hold
		paced = paced || len(e.Pace) > 0
		manual = manual || e.Manual
		sides = sides || len(e.Sides) > 0
		caution = caution || e.Caution != nil
	}
	if !hold || !paced || !manual || !sides || !caution {
		t.Errorf("the example should show a hold, a paced and a manual exercise, sides and a caution")
	}
	t.Logf("example: %d exercises, %v", len(r.Exercises), Length(Plan(r, nil, 1)))
}
