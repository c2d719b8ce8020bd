package journal

import (
	"fmt"
	"time"
)

// Outcome is how a session ended.
type Outcome string

const (
	// Running is the outcome of a session still running (or left open by
	// a crash until CloseAbandoned runs).
	Running     Outcome = ""
	Completed   Outcome = "completed"
	PainStop    Outcome = "pain_stop"
	Quit        Outcome = "quit"
	Interrupted Outcome = "interrupted"
	// RedFlag marks a check-in where the patient answered yes to a red
	// flag; the session never started.
	RedFlag Outcome = "red_flag"
)

// Valid reports whether o is a known outcome of a finished session.
func (o Outcome) Valid() bool {
	switch o {
	case Completed, PainStop, Quit, Interrupted, RedFlag:
		return true
	}
	return false
}

// Units of a step.
const (
	UnitSeconds = "s"
	UnitReps    = "reps"
)

// Where the pain was, the optional answer after a pain stop.
const (
	PainBack  = "back"  // back only
	PainLeg   = "leg"   // spreading into the leg
	PainNerve = "nerve" // numbness or weakness
)

// Step is one finished hold (per side) or set of repetitions.
type Step struct {
	Exercise string
	Side     string // "", "right", "left"
	Set      int    // 1-based
	// Planned and Done are seconds for Unit "s" and repetitions for
	// "reps". Done < Planned when the patient finished the step early.
	Planned, Done int
	Unit          string
	// Completed is false when the step was cut short (→, a pain stop) or
	// skipped.
	Completed bool
	// Skipped marks an exercise skipped with s: nothing of it was done
	// (Done is 0, Completed false). A skipped exercise is written as one
	// step per planned hold or set, or as a single step for the whole
	// exercise; readers treat both alike.
	Skipped bool
	At      time.Time // when the step finished
}

// Session is one exercise session (or a red-flag check-in) with its steps
// in the order they were written.
type Session struct {
	ID                 int64
	StartedAt, EndedAt time.Time // EndedAt zero = still open
	Routine, Phase     string
	Outcome            Outcome
	// Pain on the 0–10 scale; nil when not given.
	PainBefore, PainAfter *int
	Note                  string
	PainWhere             string // "", PainBack, PainLeg, PainNerve
	RedFlag               string // id of the red flag answered yes at check-in
	// How far the pain reached at check-in and at check-out; ReachUnknown
	// when not answered (and in journals older than schema version 3).
	PainReachBefore, PainReachAfter Reach
	Steps                           []Step
}

// Start is what is known when a session starts.
type Start struct {
	At             time.Time
	Routine, Phase string
	PainBefore     *int
	// PainReachBefore is how far the pain reached at check-in (optional).
	PainReachBefore Reach
}

// Finish is what is known when a session ends.
type Finish struct {
	At              time.Time
	Outcome         Outcome
	PainAfter       *int
	Note, PainWhere string
	// PainReachAfter is how far the pain reached at check-out (optional).
	PainReachAfter Reach
}

// Pain returns a pointer to n, for filling PainBefore and PainAfter.
func Pain(n int) *int { return &n }

func checkPain(what string, p *int) error {
	if p != nil && (*p < 0 || *p > 10) {
		return fmt.Errorf("journal: %s %d is outside the 0–10 scale", what, *p)
	}
	return nil
}

func checkWhere(where string) error {
	switch where {
	case "", PainBack, PainLeg, PainNerve:
		return nil
	}
	return fmt.Errorf("journal: unknown pain location %q (want back, leg or nerve)", where)
}

func (s Start) check() error {
	if s.Routine == "" {
		return fmt.Errorf("journal: a session needs a routine")
	}
	if err := checkReach("pain reach before", s.PainReachBefore); err != nil {
		return err
	}
	return checkPain("pain before", s.PainBefore)
}

func (f Finish) check() error {
	if !f.Outcome.Valid() {
		return fmt.Errorf("journal: unknown outcome %q", f.Outcome)
	}
	if err := checkPain("pain after", f.PainAfter); err != nil {
		return err
	}
	if err := checkReach("pain reach after", f.PainReachAfter); err != nil {
		return err
	}
	return checkWhere(f.PainWhere)
}

func (st Step) check() error {
	if st.Exercise == "" {
		return fmt.Errorf("journal: a step needs an exercise")
	}
	if st.Unit != UnitSeconds && st.Unit != UnitReps {
		return fmt.Errorf("journal: unknown step unit %q (want s or reps)", st.Unit)
	}
	if st.Planned < 0 || st.Done < 0 {
		return fmt.Errorf("journal: a step cannot have a negative amount")
	}
	if st.Skipped && (st.Completed || st.Done > 0) {
		return fmt.Errorf("journal: a skipped step cannot be completed or have anything done")
	}
	return nil
}
