package progress

// Light is the traffic-light reading of pain after exercise (fact sheet,
// "Pain rules during exercise"). Its value is the colour's name, so a
// view can use it directly as a style key.
type Light string

const (
	// Unknown: no pain rating after the session.
	Unknown Light = ""
	// Green: 0–3, acceptable; it should settle soon.
	Green Light = "green"
	// Amber: 4–5, caution; ease off if it has not settled by tomorrow.
	Amber Light = "amber"
	// Red: 6–10, or pain risen by 2 or more during the session: stop or
	// change the exercise.
	Red Light = "red"
)

// TrafficLight grades pain after a session, taking into account how much
// it rose from before (when before is known).
func TrafficLight(before, after *int) Light {
	if after == nil {
		return Unknown
	}
	switch {
	case *after >= 6, before != nil && *after-*before >= 2:
		return Red
	case *after >= 4:
		return Amber
	}
	return Green
}
