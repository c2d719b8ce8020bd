package journal

import "fmt"

// Reach is how far down the body the pain reaches, asked (optionally) at
// check-in and at check-out. The further down the leg, the further the
// nerve root is irritated; pain retreating towards the back
// (centralisation) is a good sign, pain spreading down the leg
// (peripheralisation) a reason to ease off (fact sheet, pain rules).
// Its value is the stored and exported text.
type Reach string

const (
	// ReachUnknown: not answered.
	ReachUnknown Reach = ""
	// ReachBack: in the back only.
	ReachBack Reach = "back"
	// ReachButtockThigh: into the buttock or thigh, not below the knee.
	ReachButtockThigh Reach = "buttock_thigh"
	// ReachBelowKnee: below the knee, not into the foot.
	ReachBelowKnee Reach = "below_knee"
	// ReachFoot: into the foot.
	ReachFoot Reach = "foot"
)

// Reaches lists the answers from the back down the leg, the order of the
// question's choices.
var Reaches = []Reach{ReachBack, ReachButtockThigh, ReachBelowKnee, ReachFoot}

// Level is r's place from the back down: back 1, buttock or thigh 2, below
// the knee 3, foot 4; 0 for not answered (or a value this version does not
// know, read from a newer journal). A higher level reaches further down.
func (r Reach) Level() int {
	for i, x := range Reaches {
		if x == r {
			return i + 1
		}
	}
	return 0
}

// Known reports whether r is one of the four answers.
func (r Reach) Known() bool { return r.Level() > 0 }

// FurtherThan reports whether r reaches further down the leg than o; false
// when either is not answered.
func (r Reach) FurtherThan(o Reach) bool {
	return r.Known() && o.Known() && r.Level() > o.Level()
}

func checkReach(what string, r Reach) error {
	if r == ReachUnknown || r.Known() {
		return nil
	}
	return fmt.Errorf("journal: unknown %s %q (want back, buttock_thigh, below_knee or foot)", what, string(r))
}
