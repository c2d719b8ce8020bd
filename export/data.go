package export

import (
	"encoding/json"
	"io"
	"strconv"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// Exports are for a physiotherapist (and for scripts: the JSON shape is
// part of DESIGN §8's observable contract). All three write the sessions
// oldest first, whatever order they are given in, because a history is
// read forwards. Times are RFC 3339 in the zone the times carry
// (Sessions returns local time).

// jsonSession is DESIGN §8's session object. Field order is the
// contract's; pain_where and red_flag come after it. Values not given are
// null: ended_at of a running session, its outcome, missing pain ratings,
// an unanswered pain location, no red flag. The note is always a string.
type jsonSession struct {
	ID         int64      `json:"id"`
	StartedAt  string     `json:"started_at"`
	EndedAt    *string    `json:"ended_at"`
	Routine    string     `json:"routine"`
	Phase      string     `json:"phase"`
	Outcome    *string    `json:"outcome"`
	PainBefore *int       `json:"pain_before"`
	PainAfter  *int       `json:"pain_after"`
	Note       string     `json:"note"`
	Steps      []jsonStep `json:"steps"`
	PainWhere  *string    `json:"pain_where"`
	RedFlag    *string    `json:"red_flag"`
	// How far the pain reached: back, buttock_thigh, below_knee, foot or
	// null when not answered.
	PainReachBefore *string `json:"pain_reach_before"`
	PainReachAfter  *string `json:"pain_reach_after"`
}

type jsonStep struct {
	Exercise  string `json:"exercise"`
	Side      string `json:"side"` // "" = both sides at once
	Set       int    `json:"set"`
	Planned   int    `json:"planned"`
	Done      int    `json:"done"`
	Unit      string `json:"unit"`
	Completed bool   `json:"completed"`
	At        string `json:"at"`
	Skipped   bool   `json:"skipped"` // skipped with s: nothing of it was done
}

// WriteJSON writes the sessions as a JSON array (DESIGN §8), indented for
// reading, with a final newline. An empty history is "[]".
func WriteJSON(w io.Writer, ss []journal.Session) error {
	out := make([]jsonSession, 0, len(ss))
	for _, s := range journal.Chronological(ss) {
		js := jsonSession{
			ID:         s.ID,
			StartedAt:  rfc3339(s.StartedAt),
			EndedAt:    optTime(s.EndedAt),
			Routine:    s.Routine,
			Phase:      s.Phase,
			Outcome:    optString(string(s.Outcome)),
			PainBefore: s.PainBefore,
			PainAfter:  s.PainAfter,
			Note:       s.Note,
			Steps:      make([]jsonStep, 0, len(s.Steps)),
			PainWhere:  optString(s.PainWhere),
			RedFlag:    optString(s.RedFlag),

			PainReachBefore: optString(string(s.PainReachBefore)),
			PainReachAfter:  optString(string(s.PainReachAfter)),
		}
		for _, st := range s.Steps {
			js.Steps = append(js.Steps, jsonStep{st.Exercise, st.Side, st.Set, st.Planned, st.Done, st.Unit, st.Completed, rfc3339(st.At), st.Skipped})
		}
		out = append(out, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // a note saying "<3" should stay readable
	return enc.Encode(out)
}

func rfc3339(t time.Time) string { return t.Format(time.RFC3339) }

func optRFC3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return rfc3339(t)
}

func optTime(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := rfc3339(t)
	return &s
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optInt(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}
