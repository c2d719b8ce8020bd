package model

import (
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
)

// Tier is how urgently the person should get help, from the fact sheet's
// seek-help table (DSAM Akuthåndbogen).
type Tier int

const (
	// TierSelfCare: back pain only; rest, go easier, contact a GP or
	// physiotherapist if it does not settle.
	TierSelfCare Tier = iota
	// TierPlan: no improvement after some weeks; book a visit.
	TierPlan
	// TierSoon: contact your own doctor soon (within days).
	TierSoon
	// TierNow: see a doctor now, do not wait until tomorrow.
	TierNow
	// TierEmergency: call the emergency number.
	TierEmergency
)

// RedFlag is one sign on the check-in screen that means the session must
// not start.
type RedFlag struct {
	ID   string
	Tier Tier
}

// RedFlags are the signs from the fact sheet's seek-help table, most urgent
// first. Their texts are in the catalogs under redflag.<id>.
var RedFlags = []RedFlag{
	{"bladder_bowel", TierNow},
	{"saddle_numbness", TierNow},
	{"leg_weakness", TierNow},
	{"fever", TierNow},
	{"sudden_severe", TierEmergency},
	{"leg_numbness", TierSoon},
	{"worsening", TierSoon},
}

// signsByTier lists the red flags of each tier for the seek-help page.
func signsByTier() map[string][]string {
	out := map[string][]string{}
	for _, f := range RedFlags {
		out[f.Tier.String()] = append(out[f.Tier.String()], f.ID)
	}
	return out
}

// PainWhere is the answer to the one optional question after a pain stop.
type PainWhere string

const (
	WhereUnanswered PainWhere = ""
	WhereBack       PainWhere = journal.PainBack
	WhereLeg        PainWhere = journal.PainLeg
	WhereNerve      PainWhere = journal.PainNerve // numbness, weakness, bladder or bowel
)

// PainWhereChoices in the order the screen lists them (keys 1, 2, 3).
var PainWhereChoices = []PainWhere{WhereBack, WhereLeg, WhereNerve}

// TierFor maps a pain-stop answer to its guidance: pain spreading down the
// leg (peripheralisation) means stop that exercise and contact a
// professional soon; numbness, weakness or bladder/bowel trouble is the
// top tier.
func TierFor(w PainWhere) Tier {
	switch w {
	case WhereLeg:
		return TierSoon
	case WhereNerve:
		return TierNow
	default:
		return TierSelfCare
	}
}

// tierOfFlag is the tier of a red flag id; "unsure" and an unknown id take
// the cautious TierNow.
func tierOfFlag(id string) Tier {
	for _, f := range RedFlags {
		if f.ID == id {
			return f.Tier
		}
	}
	return TierNow
}

// warningTier is how urgent a standing warning from the journal is: a red
// flag keeps its own tier, a pain stop answered "numbness or weakness, or
// bladder or bowel" is TierFor's.
func warningTier(w progress.Warning) Tier {
	if w.Reason == progress.WarnRedFlag {
		return tierOfFlag(w.RedFlag)
	}
	return TierFor(WhereNerve)
}
