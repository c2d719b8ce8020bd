package views

import (
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// Numbers are the phone numbers and places SeekHelp shows (from config
// [help], else the language defaults).
type Numbers struct {
	Emergency, OutOfHours, Doctor string
}

// Tier names, most urgent last; the model maps its own Tier onto these.
const (
	TierSelfCare  = "selfcare"
	TierPlan      = "plan"
	TierSoon      = "soon"
	TierNow       = "now"
	TierEmergency = "emergency"
)

// Precautions is the first-run precautions screen (FirstRun true: enter
// acknowledges and goes on to the check-in).
type Precautions struct {
	FirstRun bool
}

// RedFlags is the check-in's red-flag screen: first the list with y/n,
// then (Choosing) the list as a menu to pick which sign it is.
type RedFlags struct {
	IDs      []string // red flag ids in order; texts are redflag.<id>
	Choosing bool
	Cursor   int // in Choosing; len(IDs) is "more than one / not sure"
}

// SeekHelp is the guidance after a red flag at check-in.
type SeekHelp struct {
	Tier    string
	RedFlag string // the id answered yes, or "unsure"
	Numbers Numbers
	// Offer names the gentle routine a sign of the soon tier still
	// allows today (enter starts it, esc is not today); "" blocks.
	Offer string
}

// PainStop is the screen after x: titled Stopped, one optional question
// and the guidance for the answer.
type PainStop struct {
	Exercise string // the exercise that was running
	Answer   string // "", journal.PainBack, PainLeg or PainNerve
	Tier     string // the tier the model gives Answer; it picks the guidance
	Numbers  Numbers
	// Reach, once the patient went on from Answer, is the second question
	// (how far the pain reaches), asked below the guidance.
	Reach *ReachQuestion
}

// Info is a read-only page reached from Home.
type Info struct {
	Page string // "faq", "seekhelp", "precautions", "about"
	// Signs are the red-flag ids of each tier (TierEmergency, TierNow,
	// TierSoon), in the model's order: the one list of signs and their
	// urgency is the model's.
	Signs   map[string][]string
	Scroll  int
	Numbers Numbers
	Version string
}

// History is the History screen.
type History struct {
	Sessions []journal.Session // newest first
	Names    map[string]string // routine id → name in the UI language
	Now      time.Time
	Ready    bool // false while the journal has not answered yet
	// View is HistoryDocument as the model's viewport shows it; Above
	// and Below say whether text is cut there.
	View         string
	Above, Below bool
}
