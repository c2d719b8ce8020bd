package model

// State is where the app is. Every change of state goes through
// Model.setState, the one place that resets the step clock and bumps the
// tick generation.
type State int

const (
	StateHome State = iota
	StatePhasePick
	StatePrecautions
	StateCheckIn
	StateRedFlags
	StateRedFlagWhich
	StateSeekHelp
	// StateExercise is the exercise loop; the plan step says which part
	// (intro, get ready, hold, reps, switch side, rest).
	StateExercise
	StatePainStop
	StateCheckOut
	StateSummary
	StateHistory
	StateInfo
	// StatePainHigh follows a check-in pain of highPain or more: it says
	// so and offers pain relief instead of a harder phase.
	StatePainHigh
)

func (s State) String() string {
	return [...]string{"home", "phase-pick", "precautions", "check-in", "red-flags", "red-flag-which",
		"seek-help", "exercise", "pain-stop", "check-out", "summary", "history", "info", "pain-high"}[s]
}

// startsWhenReady: a session asked for here waits for the journal's first
// answer (doses and the precautions depend on it) and then starts.
func (s State) startsWhenReady() bool {
	return s == StateRedFlags || s == StateSeekHelp || s == StatePainHigh
}

// inSession reports whether a session is running (the pain key works and
// quitting asks first).
func (s State) inSession() bool { return s == StateExercise }
