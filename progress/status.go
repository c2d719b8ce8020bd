package progress

import (
	"context"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// Status is the day at a glance: what `rygtimer status` prints for a
// shell prompt or a tmux status bar, and what Home says above its menu.
// The JSON names are DESIGN §8's contract.
type Status struct {
	DoneToday     bool `json:"done_today"`
	SessionsToday int  `json:"sessions_today"` // exercised sessions today
	Streak        int  `json:"streak"`         // days in a row, see Streak
	// SuggestedPhase is the phase Home recommends: Recommend's Suggest
	// when it suggests a move, else its current phase.
	SuggestedPhase string `json:"suggested_phase"`
	// Warning is non-nil when the patient should see a doctor before
	// exercising again (see RecentWarning).
	Warning *Warning `json:"warning"`
	// PainSpreading reports SpreadingTrend: say to talk to the
	// physiotherapist.
	PainSpreading bool `json:"pain_spreading"`
}

// WarningReason says why to see a doctor first.
type WarningReason string

const (
	// WarnRedFlag: a check-in answered yes to a warning sign.
	WarnRedFlag WarningReason = "red_flag"
	// WarnPainStopNerve: a pain stop answered "numbness or weakness, or
	// bladder or bowel" (journal.PainNerve), the same tier as a red flag.
	WarnPainStopNerve WarningReason = "pain_stop_nerve"
)

// Warning is why to see a doctor before exercising again.
type Warning struct {
	Reason WarningReason `json:"reason"`
	At     time.Time     `json:"at"`
	// RedFlag is the id of the warning sign for WarnRedFlag.
	RedFlag string `json:"red_flag,omitempty"`
	// Urgency is how soon: the sign's tier (UrgencyOf), UrgencyNow for a
	// pain stop with numbness, weakness or bladder or bowel trouble.
	Urgency Urgency `json:"urgency"`
}

// Urgency is a tier of the fact sheet's seek-help table that a warning
// sign can be in.
type Urgency string

const (
	// UrgencySoon: contact your own doctor soon, within days.
	UrgencySoon Urgency = "soon"
	// UrgencyNow: see a doctor now, do not wait until tomorrow.
	UrgencyNow Urgency = "now"
	// UrgencyEmergency: call the emergency number.
	UrgencyEmergency Urgency = "emergency"
)

// RedFlag is one warning sign of the check-in and its tier.
type RedFlag struct {
	ID      string
	Urgency Urgency
}

// RedFlags are the signs from the fact sheet's seek-help table, most urgent
// first: the one list the check-in asks and the status judges. Their texts
// are in the catalogs under redflag.<id>.
var RedFlags = []RedFlag{
	{"bladder_bowel", UrgencyNow},
	{"saddle_numbness", UrgencyNow},
	{"leg_weakness", UrgencyNow},
	{"fever", UrgencyNow},
	{"sudden_severe", UrgencyEmergency},
	{"leg_numbness", UrgencySoon},
	{"worsening", UrgencySoon},
}

// UrgencyOf is the tier of a warning sign; "unsure" and an unknown id take
// the cautious UrgencyNow.
func UrgencyOf(flag string) Urgency {
	for _, f := range RedFlags {
		if f.ID == flag {
			return f.Urgency
		}
	}
	return UrgencyNow
}

// WarningDays is how long a warning stands without a session since.
const WarningDays = 7

// RecentWarning returns the newest red-flag check-in or pain stop answered
// with numbness, weakness or bladder/bowel trouble, if it started within
// the last WarningDays calendar days (today included) and no exercised
// session has started since. An exercised session afterwards means the
// patient went through a check-in's warning signs again and answered no;
// a week without one lets an old warning rest rather than nag for ever in
// a prompt (the journal and History still show it).
func RecentWarning(ss []journal.Session, now time.Time) *Warning {
	ss = journal.NewestFirst(ss)
	from := DayStart(now, WarningDays-1)
	for _, s := range since(ss, from) {
		switch {
		case Exercised(s):
			return nil
		case s.Outcome == journal.RedFlag:
			return &Warning{Reason: WarnRedFlag, At: s.StartedAt, RedFlag: s.RedFlag, Urgency: UrgencyOf(s.RedFlag)}
		case s.Outcome == journal.PainStop && s.PainWhere == journal.PainNerve:
			return &Warning{Reason: WarnPainStopNerve, At: s.StartedAt, Urgency: UrgencyNow}
		}
	}
	return nil
}

// StatusOf computes the Status of ss at now. ss should hold at least the
// last StatusWindowDays days (see LoadStatus, which reads no more than it
// must); the streak can be no longer than the days given.
func StatusOf(ss []journal.Session, now time.Time) Status {
	ss = journal.NewestFirst(ss)
	today := since(ss, DayStart(now, 0))
	n := 0
	for _, s := range today {
		if Exercised(s) {
			n++
		}
	}
	rec := Recommend(ss, now)
	phase := rec.Phase
	if rec.Suggest != "" {
		phase = rec.Suggest
	}
	return Status{
		DoneToday:      n > 0,
		SessionsToday:  n,
		Streak:         Streak(ss, now),
		SuggestedPhase: string(phase),
		Warning:        RecentWarning(ss, now),
		PainSpreading:  SpreadingTrend(ss, now),
	}
}

// StatusWindowDays is how many days of sessions LoadStatus reads: enough
// for every rule of the status but a streak as long.
const StatusWindowDays = 64

// StatusSource is what LoadStatus reads; a *journal.Store (opened with
// OpenReadOnly) is one.
type StatusSource interface {
	Sessions(ctx context.Context, since time.Time) ([]journal.Session, error)
	ExercisedStarts(ctx context.Context, since time.Time) ([]time.Time, error)
}

// LoadStatus computes the status at now reading as little of the journal
// as it can: the sessions of the last StatusWindowDays days, and, only
// when the streak fills that window, the start times of every exercised
// session (no steps) to count it to its end. It runs at every shell
// prompt, so it stays in milliseconds on years of journal (see the
// journal's BenchmarkStatusTenYears).
func LoadStatus(ctx context.Context, src StatusSource, now time.Time) (Status, error) {
	ss, err := src.Sessions(ctx, DayStart(now, StatusWindowDays))
	if err != nil {
		return Status{}, err
	}
	st := StatusOf(ss, now)
	if st.Streak < StatusWindowDays-1 {
		return st, nil
	}
	starts, err := src.ExercisedStarts(ctx, time.Time{})
	if err != nil {
		return Status{}, err
	}
	days := make([]journal.Session, len(starts))
	for i, t := range starts {
		// A completed session without steps is exercised: Streak reads
		// these as the days they are.
		days[i] = journal.Session{StartedAt: t, EndedAt: t, Outcome: journal.Completed}
	}
	st.Streak = windowedStreak(days, now)
	return st, nil
}
