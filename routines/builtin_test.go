package routines

import (
	"slices"
	"testing"
	"time"
)

func builtinByID(t *testing.T, id string) Routine {
	t.Helper()
	r, ok := Find(id, nil)
	if !ok {
		t.Fatalf("no built-in routine %q", id)
	}
	return r
}

func TestBuiltInsLoad(t *testing.T) {
	rs := BuiltIns()
	var phases []Phase
	for _, r := range rs {
		phases = append(phases, r.Phase)
		if r.Source != BuiltIn {
			t.Errorf("%s: Source %q", r.ID, r.Source)
		}
		if string(r.Phase) != r.ID {
			t.Errorf("built-in %s is for phase %s; each built-in is named after its phase", r.ID, r.Phase)
		}
		if err := brokenRules(r); err != nil {
			t.Errorf("%s: %v", r.ID, err)
		}
	}
	if !slices.Equal(phases, Phases) {
		t.Errorf("built-ins are for phases %v, want one per phase in order %v", phases, Phases)
	}
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, builtinIDs()) {
		t.Errorf("built-in ids %v; each file must be named by its id, as builtinIDs assumes: %v", ids, builtinIDs())
	}
}

// The exercises of each phase, from the fact sheet's "Phases" section.
func TestBuiltInPhaseMapping(t *testing.T) {
	want := map[string][]string{
		"pain-relief":   {"pelvic-tilt", "knee-to-chest", "press-up"},
		"mobility":      {"pelvic-tilt", "seated-lumbar-stretch", "knee-to-chest", "piriformis", "cobra"},
		"strengthening": {"pelvic-tilt", "bridge", "bird-dog", "knee-to-chest", "piriformis"},
	}
	for id, ids := range want {
		var got []string
		for _, e := range builtinByID(t, id).Exercises {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, ids) {
			t.Errorf("%s: exercises %v, want %v", id, got, ids)
		}
	}
}

// dose is what the fact sheet allows for one exercise. Zero bounds are not
// checked. The source numbers are those of clinical-facts.md.
type dose struct {
	exercise           string
	kind               Kind
	holdMin, holdMax   time.Duration // range the hold (or the growing pace step) must lie in
	repsMin, repsMax   int
	setsMin, setsMax   int
	sides              bool // each side in turn
	caution            bool
	cycleMin, cycleMax time.Duration // length of one repetition at the starting dose
	source             string
}

var doses = []dose{
	// 3 × 10 daily; tilt ~2 s, hold ~2 s, release ~2 s. Article 3×10; hold 2 s [15]; 10–15 slow rocks [16a].
	{exercise: "pelvic-tilt", kind: Reps, repsMin: 10, repsMax: 15, setsMin: 3, setsMax: 3, cycleMin: 5 * time.Second, cycleMax: 7 * time.Second, source: "article, [15], [16a]"},
	// Hold 15 → 20 s each side (article); 3–5 times a side [19].
	{exercise: "seated-lumbar-stretch", kind: Hold, holdMin: 15 * time.Second, holdMax: 20 * time.Second, setsMin: 1, setsMax: 1, sides: true, source: "article only; [19] is a seated rotation"},
	// Hold 20 → 30 s, each leg, 3 times alternating [17].
	{exercise: "knee-to-chest", kind: Hold, holdMin: 20 * time.Second, holdMax: 30 * time.Second, setsMin: 3, setsMax: 3, sides: true, source: "[17]"},
	// 8–10 reps, hold 5 → 10 s at the top [16b]; stop if pain spreads [20].
	{exercise: "press-up", kind: Reps, holdMin: 5 * time.Second, holdMax: 10 * time.Second, repsMin: 8, repsMax: 10, setsMin: 1, setsMax: 1, caution: true, source: "[16b], [20], article"},
	{exercise: "cobra", kind: Reps, holdMin: 5 * time.Second, holdMax: 10 * time.Second, repsMin: 8, repsMax: 10, setsMin: 1, setsMax: 1, caution: true, source: "[16b], [20], article"},
	// Hold 20 → 30 s each side; about 30 s each side [18].
	{exercise: "piriformis", kind: Hold, holdMin: 20 * time.Second, holdMax: 30 * time.Second, setsMin: 1, setsMax: 3, sides: true, source: "[18]"},
	// 3 × 10, once a day [21].
	{exercise: "bridge", kind: Reps, repsMin: 10, repsMax: 10, setsMin: 3, setsMax: 3, source: "[21]"},
	// Hold up to 10 s, 6 per side, up to 3 sets [22].
	{exercise: "bird-dog", kind: Reps, holdMin: 0, holdMax: 10 * time.Second, repsMin: 6, repsMax: 6, setsMin: 1, setsMax: 3, sides: true, source: "[22]"},
}

func TestBuiltInDosesFollowTheFactSheet(t *testing.T) {
	byID := map[string]dose{}
	for _, d := range doses {
		byID[d.exercise] = d
	}
	for _, r := range BuiltIns() {
		for _, e := range r.Exercises {
			d, ok := byID[e.ID]
			if !ok {
				t.Errorf("%s/%s: no dose in the fact-sheet table; add one with its source", r.ID, e.ID)
				continue
			}
			where := r.ID + "/" + e.ID + " (" + d.source + ")"
			if e.Kind != d.kind {
				t.Errorf("%s: kind %s, want %s", where, e.Kind, d.kind)
			}
			if e.Sets < d.setsMin || e.Sets > d.setsMax {
				t.Errorf("%s: %d sets, want %d–%d", where, e.Sets, d.setsMin, d.setsMax)
			}
			if got := len(e.Sides) == 2; got != d.sides {
				t.Errorf("%s: sides %v, want both sides in turn: %v", where, e.Sides, d.sides)
			}
			if d.caution && e.Caution == nil {
				t.Errorf("%s: the fact sheet gives this exercise a caution", where)
			}
			// The dose that grows: the hold, or the growing step of the pace.
			grow := e.Hold
			if e.Kind == Reps {
				if e.Reps < d.repsMin || e.Reps > d.repsMax {
					t.Errorf("%s: %d reps, want %d–%d", where, e.Reps, d.repsMin, d.repsMax)
				}
				if e.Manual {
					t.Errorf("%s: built-ins are paced", where)
				}
				grow = Range{}
				for _, p := range e.Pace {
					if !p.For.Fixed() {
						grow = p.For
					}
				}
				cycle := Plan(Routine{Exercises: []Exercise{e}}, nil, 1)[2].Cycle()
				if d.cycleMax > 0 && (cycle < d.cycleMin || cycle > d.cycleMax) {
					t.Errorf("%s: one repetition takes %v, want %v–%v", where, cycle, d.cycleMin, d.cycleMax)
				}
			}
			if d.holdMax > 0 && (grow.Min < d.holdMin || grow.Max > d.holdMax || grow.Min > grow.Max) {
				t.Errorf("%s: hold %v → %v, want within %v → %v", where, grow.Min, grow.Max, d.holdMin, d.holdMax)
			}
			if d.holdMax > 0 && grow.Max == 0 {
				t.Errorf("%s: no hold", where)
			}
		}
	}
}

func TestBuiltInsSpeakBothLanguages(t *testing.T) {
	for _, r := range BuiltIns() {
		if !slices.Equal(r.Languages, []string{"en", "da"}) {
			t.Errorf("%s: languages %v", r.ID, r.Languages)
		}
		texts := map[string]Text{"name": r.Name, "description": r.Description}
		for _, e := range r.Exercises {
			texts[e.ID+" name"] = e.Name
			texts[e.ID+" caution"] = e.Caution
			for i, p := range e.Pace {
				texts[e.ID+" cue "+string(rune('1'+i))] = p.Cue
			}
			if n := len(e.Steps["en"]); n < 3 || n > 5 || len(e.Steps["da"]) != n {
				t.Errorf("%s/%s: %d English and %d Danish steps, want 3–5 of each", r.ID, e.ID, n, len(e.Steps["da"]))
			}
			if e.Drawing == "" {
				t.Errorf("%s/%s: built-ins all have a drawing", r.ID, e.ID)
			}
		}
		for what, text := range texts {
			if text["en"] == "" || text["da"] == "" {
				t.Errorf("%s: %s is not in both languages: %v", r.ID, what, text)
			}
		}
	}
}

// The same exercise must read the same in every built-in, so a patient
// moving on to the next phase meets familiar instructions.
func TestBuiltInExercisesAreConsistent(t *testing.T) {
	first := map[string]Exercise{}
	for _, r := range BuiltIns() {
		for _, e := range r.Exercises {
			f, ok := first[e.ID]
			if !ok {
				first[e.ID] = e
				continue
			}
			if !slices.Equal(f.Steps["da"], e.Steps["da"]) || !slices.Equal(f.Steps["en"], e.Steps["en"]) || f.Caution["da"] != e.Caution["da"] {
				t.Errorf("%s/%s: texts differ from its first use", r.ID, e.ID)
			}
		}
	}
	// The cobra is the press-up under its yoga name.
	p, c := builtinByID(t, "pain-relief").Exercises[2], builtinByID(t, "mobility").Exercises[4]
	if c.Drawing != "press-up" || !slices.Equal(p.Steps["da"], c.Steps["da"]) || p.Caution["en"] != c.Caution["en"] {
		t.Errorf("cobra differs from the press-up: %+v", c)
	}
}

func TestBuiltInPlanLengths(t *testing.T) {
	most := Doses{}
	for _, r := range BuiltIns() {
		for _, e := range r.Exercises {
			most[e.ID] = time.Hour // clamped to each range's max
		}
	}
	bounds := map[string][2]time.Duration{
		"pain-relief":   {6 * time.Minute, 12 * time.Minute},
		"mobility":      {8 * time.Minute, 18 * time.Minute},
		"strengthening": {10 * time.Minute, 25 * time.Minute},
	}
	for _, r := range BuiltIns() {
		start, top := Length(Plan(r, nil, 1)), Length(Plan(r, most, 1))
		slow := Length(Plan(r, nil, 1.5))
		t.Logf("%-13s starting dose %v (%d min), full dose %v, at tempo 1.5 %v", r.ID, start, Minutes(start), top, slow)
		b := bounds[r.ID]
		if start < b[0] || top > b[1] {
			t.Errorf("%s: %v–%v, want within %v–%v", r.ID, start, top, b[0], b[1])
		}
		if slow <= start {
			t.Errorf("%s: a slower tempo must take longer", r.ID)
		}
	}
}

func TestBuiltInsAreCopies(t *testing.T) {
	a := BuiltIns()
	a[0].Name["en"] = "changed"
	a[0].Exercises[0].Steps["en"][0] = "changed"
	a[0].Exercises[0].Pace[0].Cue["en"] = "changed"
	b := BuiltIns()
	if b[0].Name["en"] == "changed" || b[0].Exercises[0].Steps["en"][0] == "changed" || b[0].Exercises[0].Pace[0].Cue["en"] == "changed" {
		t.Error("changing a returned routine changed the built-ins")
	}
}

func TestFind(t *testing.T) {
	custom := []Routine{{ID: "my-back", Phase: Mobility}}
	if r, ok := Find("mobility", custom); !ok || r.Source != BuiltIn {
		t.Errorf("Find(mobility) = %v, %v", r.ID, ok)
	}
	if r, ok := Find("my-back", custom); !ok || r.ID != "my-back" {
		t.Errorf("Find(my-back) = %v, %v", r.ID, ok)
	}
	if _, ok := Find("nope", custom); ok {
		t.Error("Find(nope) found something")
	}
}
