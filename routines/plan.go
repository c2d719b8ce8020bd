package routines

import "time"

// StepKind is what a step of a session asks of the patient.
type StepKind int

const (
	// StepIntro shows the exercise and waits for enter; it has no clock.
	StepIntro StepKind = iota
	// StepGetReady is the short countdown to get into position.
	StepGetReady
	// StepHold is a stretch held for a countdown.
	StepHold
	// StepReps is one set of paced (or manually counted) repetitions.
	StepReps
	// StepSwitchSide is the short pause to change to the other side.
	StepSwitchSide
	// StepRest is the rest between sets.
	StepRest
)

// GetReadyTime and SwitchSideTime are the fixed transition countdowns.
const (
	GetReadyTime   = 5 * time.Second
	SwitchSideTime = 5 * time.Second
)

// Step is one entry of a session plan. Exercise indexes Routine.Exercises.
type Step struct {
	Kind     StepKind
	Exercise int
	Set      int // 1-based; 0 for Intro and GetReady
	Sets     int
	Side     Side
	// Duration of the step; 0 for Intro and for manually counted reps.
	Duration time.Duration
	// Reps and Pace describe a StepReps; Pace holds the cycle with the
	// dose and tempo already applied.
	Reps int
	Pace []PacePhase
}

// PacePhase is one movement phase of a repetition with its actual length.
type PacePhase struct {
	Cue Text
	For time.Duration
}

// Cycle returns the length of one repetition.
func (s Step) Cycle() time.Duration {
	var d time.Duration
	for _, p := range s.Pace {
		d += p.For
	}
	return d
}

// Timed reports whether the step runs on a countdown.
func (s Step) Timed() bool { return s.Duration > 0 }

// HoldFor returns the hold time to use for e given the current doses: the
// dose clamped to the range, or the range's Min.
func HoldFor(e Exercise, r Range, doses Doses) time.Duration {
	d, ok := doses[e.ID]
	if !ok || d < r.Min {
		return r.Min
	}
	if d > r.Max {
		return r.Max
	}
	return d
}

// Plan expands a routine into the ordered steps of a session. tempo scales
// every paced movement (1 is the routine's own pace, 1.5 is slower); a
// value <= 0 counts as 1.
func Plan(r Routine, doses Doses, tempo float64) []Step {
	if tempo <= 0 {
		tempo = 1
	}
	var steps []Step
	for i, e := range r.Exercises {
		sides := e.Sides
		if len(sides) == 0 {
			sides = []Side{Both}
		}
		// The get-ready names the side the first set starts on, so a
		// patient gets into position on the right one.
		steps = append(steps,
			Step{Kind: StepIntro, Exercise: i, Sets: e.Sets},
			Step{Kind: StepGetReady, Exercise: i, Sets: e.Sets, Side: sides[0], Duration: GetReadyTime})
		work := workStep(e, doses, tempo)
		for set := 1; set <= e.Sets; set++ {
			switch {
			case set == 1:
			case e.Rest > 0:
				steps = append(steps, Step{Kind: StepRest, Exercise: i, Set: set - 1, Sets: e.Sets, Duration: e.Rest})
			case len(sides) > 1:
				// No rest asked for, but the body still has to change
				// sides from the last side of a set to the first of the next.
				steps = append(steps, Step{Kind: StepSwitchSide, Exercise: i, Set: set, Sets: e.Sets, Side: sides[0], Duration: SwitchSideTime})
			}
			for j, side := range sides {
				if j > 0 {
					steps = append(steps, Step{Kind: StepSwitchSide, Exercise: i, Set: set, Sets: e.Sets, Side: side, Duration: SwitchSideTime})
				}
				s := work
				s.Exercise, s.Set, s.Sets, s.Side = i, set, e.Sets, side
				steps = append(steps, s)
			}
		}
	}
	return steps
}

func workStep(e Exercise, doses Doses, tempo float64) Step {
	if e.Kind == Hold {
		return Step{Kind: StepHold, Duration: HoldFor(e, e.Hold, doses)}
	}
	s := Step{Kind: StepReps, Reps: e.Reps}
	if e.Manual {
		return s
	}
	for _, p := range e.Pace {
		d := p.For.Min
		if !p.For.Fixed() {
			d = HoldFor(e, p.For, doses)
		}
		s.Pace = append(s.Pace, PacePhase{Cue: p.Cue, For: scale(d, tempo)})
	}
	s.Duration = time.Duration(s.Reps) * s.Cycle()
	return s
}

// scale multiplies d by tempo, rounded to the nearest 100 ms so cues stay
// in step with the shown seconds.
func scale(d time.Duration, tempo float64) time.Duration {
	return (time.Duration(float64(d)*tempo) + 50*time.Millisecond).Truncate(100 * time.Millisecond)
}

// Length is the time a plan takes when every step runs its full course,
// not counting the time spent reading intros or counting manual reps.
func Length(steps []Step) time.Duration {
	var d time.Duration
	for _, s := range steps {
		d += s.Duration
	}
	return d
}

// Minutes rounds a length up to whole minutes for display (never 0).
func Minutes(d time.Duration) int {
	m := int((d + time.Minute - 1) / time.Minute)
	if m < 1 {
		m = 1
	}
	return m
}
