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

// RedFlags are progress.RedFlags, the signs from the fact sheet's
// seek-help table, most urgent first, in the model's tiers. Their texts are
// in the catalogs under redflag.<id>.
var RedFlags = func() []RedFlag {
	out := make([]RedFlag, len(progress.RedFlags))
	for i, f := range progress.RedFlags {
		out[i] = RedFlag{ID: f.ID, Tier: tierOf(f.Urgency)}
	}
	return out
}()

// tierOf is the model's tier of a progress.Urgency.
func tierOf(u progress.Urgency) Tier {
	switch u {
	case progress.UrgencySoon:
		return TierSoon
	case progress.UrgencyEmergency:
		return TierEmergency
	}
	return TierNow
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

// warningTier is how urgent a standing warning from the journal is: a red
// flag keeps its own tier, a pain stop answered "numbness or weakness, or
// bladder or bowel" is TierFor's.
func warningTier(w progress.Warning) Tier {
	if w.Reason == progress.WarnRedFlag {
		return tierOf(progress.UrgencyOf(w.RedFlag))
	}
	return TierFor(WhereNerve)
}
