package progress

import (
	"maps"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/routines"

	"github.com/rygtimer/rygtimer/journal"
)

const s = time.Second

// testRoutine has a wide hold range (5 s steps), a narrow one (half the
// range, rounded up), a reps exercise with a ranged hold in its pace, and
// a fixed exercise that never progresses.
var testRoutine = routines.Routine{
	ID: "mobility", Phase: routines.Mobility,
	Exercises: []routines.Exercise{
		{ID: "knee-to-chest", Kind: routines.Hold, Hold: routines.Range{Min: 20 * s, Max: 30 * s}, Sets: 3},
		{ID: "seated", Kind: routines.Hold, Hold: routines.Range{Min: 15 * s, Max: 20 * s}, Sets: 1},
		{ID: "cobra", Kind: routines.Reps, Reps: 8, Sets: 1, Pace: []routines.PaceStep{
			{For: routines.Range{Min: 2 * s, Max: 2 * s}},
			{For: routines.Range{Min: 5 * s, Max: 10 * s}},
		}},
		{ID: "pelvic-tilt", Kind: routines.Reps, Reps: 10, Sets: 3, Pace: []routines.PaceStep{
			{For: routines.Range{Min: 2 * s, Max: 2 * s}},
		}},
	},
}

// history builds sessions of testRoutine one day apart from a code per
// session: g good, p pain stop, r completed with pain risen, n completed
// without ratings, q quit, i interrupted, f red flag, o another routine's.
func history(codes string) []journal.Session {
	var ss []journal.Session
	for i, c := range codes {
		at := t0.AddDate(0, 0, i)
		se := journal.Session{ID: int64(i + 1), StartedAt: at, EndedAt: at.Add(20 * time.Minute), Routine: "mobility", Phase: "mobility"}
		switch c {
		case 'g':
			se.Outcome, se.PainBefore, se.PainAfter = journal.Completed, journal.Pain(3), journal.Pain(2)
		case 'p':
			se.Outcome, se.PainBefore, se.PainAfter = journal.PainStop, journal.Pain(3), journal.Pain(7)
		case 'r':
			se.Outcome, se.PainBefore, se.PainAfter = journal.Completed, journal.Pain(3), journal.Pain(4)
		case 'n':
			se.Outcome = journal.Completed
		case 'q':
			se.Outcome = journal.Quit
		case 'i':
			se.Outcome = journal.Interrupted
		case 'f':
			se.Outcome, se.RedFlag = journal.RedFlag, "saddle-numbness"
		case 'o':
			se.Outcome, se.Routine, se.PainBefore, se.PainAfter = journal.Completed, "pain-relief", journal.Pain(3), journal.Pain(2)
		case 'e': // "completed" with every exercise skipped
			se.Outcome, se.PainBefore, se.PainAfter = journal.Completed, journal.Pain(3), journal.Pain(2)
		}
		if se.Outcome == journal.Completed && c != 'e' {
			for _, e := range testRoutine.Exercises {
				se.Steps = append(se.Steps, journal.Step{Exercise: e.ID, Set: 1, Completed: true, At: at})
			}
		}
		ss = append(ss, se)
	}
	return ss
}

func TestDoses(t *testing.T) {
	t.Parallel()
	type d = routines.Doses
	type c = map[string]DoseChange
	grew := func(from, to time.Duration) DoseChange { return DoseChange{from, to, GrewAfterGoodSessions} }
	stop := func(from, to time.Duration) DoseChange { return DoseChange{from, to, SteppedBackAfterPainStop} }
	rose := func(from, to time.Duration) DoseChange { return DoseChange{from, to, SteppedBackAfterPainRose} }
	start := d{"knee-to-chest": 20 * s, "seated": 15 * s, "cobra": 5 * s}
	level1 := d{"knee-to-chest": 25 * s, "seated": 18 * s, "cobra": 8 * s}
	top := d{"knee-to-chest": 30 * s, "seated": 20 * s, "cobra": 10 * s}
	cases := []struct {
		name    string
		codes   string
		doses   d
		changes c
	}{
		{"no history starts at min", "", start, c{}},
		{"two good sessions are not enough", "gg", start, c{}},
		{"sessions with every exercise skipped do not count", "eee", start, c{}},
		{"three good sessions grow one step", "ggg", level1,
			c{"knee-to-chest": grew(20*s, 25*s), "seated": grew(15*s, 18*s), "cobra": grew(5*s, 8*s)}},
		{"the news is only for the next session", "gggg", level1, c{}},
		{"six good sessions grow two steps, clamped to max", "gggggg", top,
			c{"knee-to-chest": grew(25*s, 30*s), "seated": grew(18*s, 20*s), "cobra": grew(8*s, 10*s)}},
		{"no growth past max", "ggggggggg", top, c{}},
		{"a pain stop steps back", "gggp", start,
			c{"knee-to-chest": stop(25*s, 20*s), "seated": stop(18*s, 15*s), "cobra": stop(8*s, 5*s)}},
		{"pain rising after a session steps back", "ggggggr", level1,
			c{"knee-to-chest": rose(30*s, 25*s), "seated": rose(20*s, 18*s), "cobra": rose(10*s, 8*s)}},
		{"a pain stop at min changes nothing but resets the count", "ggpgg", start, c{}},
		{"after a reset it takes three again", "ggpggg", level1,
			c{"knee-to-chest": grew(20*s, 25*s), "seated": grew(15*s, 18*s), "cobra": grew(5*s, 8*s)}},
		{"pain rise resets the count", "ggrgg", start, c{}},
		{"quit, interrupted and red flag neither count nor reset", "gqgifg", level1,
			c{"knee-to-chest": grew(20*s, 25*s), "seated": grew(15*s, 18*s), "cobra": grew(5*s, 8*s)}},
		{"a quit after the change does not hide it", "gggq", level1,
			c{"knee-to-chest": grew(20*s, 25*s), "seated": grew(15*s, 18*s), "cobra": grew(5*s, 8*s)}},
		{"missing ratings count as not risen", "nnn", level1,
			c{"knee-to-chest": grew(20*s, 25*s), "seated": grew(15*s, 18*s), "cobra": grew(5*s, 8*s)}},
		{"other routines are ignored", "gogog", level1,
			c{"knee-to-chest": grew(20*s, 25*s), "seated": grew(15*s, 18*s), "cobra": grew(5*s, 8*s)}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ss := history(tc.codes)
			// Sessions() returns newest first; the order must not matter.
			for _, in := range [][]journal.Session{ss, reversed(ss)} {
				doses, changes := Doses(in, testRoutine)
				if !maps.Equal(doses, tc.doses) {
					t.Errorf("doses = %v, want %v", doses, tc.doses)
				}
				if !maps.Equal(changes, tc.changes) {
					t.Errorf("changes = %v, want %v", changes, tc.changes)
				}
			}
		})
	}
}

// A skipped exercise does not grow: a session counts for an exercise only
// when it holds a completed step of it.
func TestDosesSkippedExercise(t *testing.T) {
	t.Parallel()
	ss := history("ggg")
	for i := range ss {
		ss[i].Steps = []journal.Step{
			{Exercise: "knee-to-chest", Completed: true, Unit: journal.UnitSeconds},
			{Exercise: "cobra", Completed: false, Unit: journal.UnitReps}, // cut short
		}
	}
	doses, changes := Doses(ss, testRoutine)
	want := routines.Doses{"knee-to-chest": 25 * s, "seated": 15 * s, "cobra": 5 * s}
	if !maps.Equal(doses, want) {
		t.Errorf("doses = %v, want %v", doses, want)
	}
	if _, ok := changes["cobra"]; ok || len(changes) != 1 {
		t.Errorf("changes = %v, want knee-to-chest only", changes)
	}
}

func TestLadder(t *testing.T) {
	t.Parallel()
	cases := []struct {
		min, max time.Duration
		want     []time.Duration
	}{
		{20 * s, 30 * s, []time.Duration{20 * s, 25 * s, 30 * s}},
		{15 * s, 20 * s, []time.Duration{15 * s, 18 * s, 20 * s}},
		{5 * s, 10 * s, []time.Duration{5 * s, 8 * s, 10 * s}},
		{20 * s, 32 * s, []time.Duration{20 * s, 25 * s, 30 * s, 32 * s}},
		{10 * s, 11 * s, []time.Duration{10 * s, 11 * s}},
		{2 * s, 2500 * time.Millisecond, []time.Duration{2 * s, 2500 * time.Millisecond}},
	}
	for _, c := range cases {
		l, ok := ladderOf(routines.Exercise{Kind: routines.Hold, Hold: routines.Range{Min: c.min, Max: c.max}})
		if !ok {
			t.Fatalf("%v–%v not progressive", c.min, c.max)
		}
		var got []time.Duration
		for lv := 0; lv <= l.top(); lv++ {
			got = append(got, l.dose(lv))
		}
		if len(got) != len(c.want) {
			t.Errorf("%v–%v: ladder %v, want %v", c.min, c.max, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%v–%v: ladder %v, want %v", c.min, c.max, got, c.want)
				break
			}
		}
	}
}

func reversed(ss []journal.Session) []journal.Session {
	out := make([]journal.Session, len(ss))
	for i, s := range ss {
		out[len(ss)-1-i] = s
	}
	return out
}
