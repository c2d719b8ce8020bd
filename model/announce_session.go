package model

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/speech"
	"github.com/rygtimer/rygtimer/views"
)

// What the exercise loop announces. A step is announced when it starts
// (with the end of the step before it, as one sentence: said separately,
// the second would cut off the first); within a step, at its moments:
// each movement cue and rep count of a paced set, halfway and ten seconds
// left on long holds, the last three seconds of a get-ready, side switch
// or rest.

// sessionChanged announces a change within the exercise loop: a new step,
// the same step started again, a pause or a resume, a moment reached.
func (m *Model) sessionChanged(prev Model) Announcement {
	switch {
	case m.sess.idx != prev.sess.idx || m.sess.entered != prev.sess.entered:
		if m.sess.idx == prev.sess.idx && m.step().Kind == routines.StepReps {
			return m.momentAnnouncement(m.momentNow()) // ←: the rep starts again
		}
		var ended *routines.Step
		if m.sess.endedFull && m.sess.idx != prev.sess.idx {
			st := prev.step()
			ended = &st
		}
		return m.stepAnnouncement(ended)
	case m.sess.manualReps != prev.sess.manualReps:
		// A rep counted by hand: the count is heard and read, as a paced
		// rep's is, or a patient who cannot see the screen never knows
		// the press was taken.
		n := m.sess.manualReps
		return Announcement{Say: m.spokenCount(n),
			Lines: m.lines(m.cat.T("session.rep_of", "N", n, "Total", m.step().Reps))}
	case m.sess.clock.paused != prev.sess.clock.paused:
		if m.sess.clock.paused {
			return Announcement{Say: m.cat.T("speech.paused"), Lines: m.lines(m.cat.T("line.paused"))}
		}
		return Announcement{Say: m.cat.T("speech.resumed"),
			Lines: m.lines(m.cat.T("line.resumed", "Time", views.Clock(m.sess.clock.remaining(m.now()))))}
	}
	if i := m.momentNow(); i > m.sess.heard && !m.sess.clock.paused {
		return m.momentAnnouncement(i)
	}
	return Announcement{}
}

// stepAnnouncement is the start of the current step, after the end of
// ended when that step ran its full course.
func (m *Model) stepAnnouncement(ended *routines.Step) Announcement {
	m.sess.heard = 0
	st := m.step()
	var a Announcement
	if ended != nil {
		a = m.endOf(*ended, &st)
	}
	start := m.startOf(st)
	a.Say = joinSaid(a.Say, start.Say)
	a.Lines = append(a.Lines, start.Lines...)
	if start.HasChime {
		a.chime(start.Chime)
	}
	return a
}

// endOf is what marks the full end of step st; next is the step after it
// (nil at the end of the session).
func (m *Model) endOf(st routines.Step, next *routines.Step) Announcement {
	var a Announcement
	switch st.Kind {
	case routines.StepHold:
		a.Say = m.cat.T("speech.hold_end")
		a.Lines = m.lines(m.cat.T("line.hold_end"))
		a.chime(speech.HoldEnd)
	case routines.StepReps:
		a.Say = m.spokenCount(st.Reps)
		a.Lines = m.lines(m.cat.T("line.reps_done", "Done", st.Reps, "Reps", st.Reps))
		a.chime(speech.HoldEnd)
	case routines.StepRest:
		a.Lines = m.lines(m.cat.T("line.rest_end"))
		a.chime(speech.RestEnd)
		return a
	default:
		return a
	}
	// The last set's end is heard as the exercise's or the session's end:
	// "Set three of three done. Exercise done." says the same thing twice.
	if st.Set < st.Sets && (next == nil || next.Exercise != st.Exercise || next.Set != st.Set || next.Kind == routines.StepRest) {
		a.Say = joinSaid(a.Say, upperFirst(m.cat.T("speech.set_done", m.setWords(st)...)))
	}
	if next != nil && next.Kind == routines.StepIntro {
		a.Say = joinSaid(a.Say, m.cat.T("speech.exercise_done"))
	}
	return a
}

// startOf is what is said and printed as step st begins.
func (m *Model) startOf(st routines.Step) Announcement {
	ex := m.sess.routine.Exercises[st.Exercise]
	var a Announcement
	switch st.Kind {
	case routines.StepIntro:
		a.Say = m.cat.T("speech.exercise", "Exercise", speech.SpokenName(m.said(ex.Name)))
		if len(ex.Sides) > 0 {
			a.Say = joinSaid(a.Say, m.spokenSide(ex.Sides[0]))
		}
		a.Lines = m.introLines()
	case routines.StepGetReady:
		a.Say = m.cat.T("speech.get_ready")
		a.Lines = m.lines(m.cat.T("line.get_ready", "Time", views.Clock(st.Duration)))
	case routines.StepSwitchSide:
		a.Say = m.cat.T("speech.switch_" + string(st.Side))
		a.Lines = m.lines(m.cat.T("line.switch", "Side", m.sideTarget(st.Side), "Time", views.Clock(st.Duration)))
		a.chime(speech.SideSwitch)
	case routines.StepRest:
		a.Say = m.cat.T("speech.rest", "Seconds", m.number(int(st.Duration/time.Second)))
		a.Lines = m.lines(m.cat.T("line.rest", "Time", views.Clock(st.Duration)))
	default:
		a = m.workStart(st)
	}
	return a
}

// workStart begins a hold or a set: which set (from the second on),
// which side (unless the switch just said it), then the work itself. A
// paced set's second cue comes 2 s after its first: the side and the cue
// fill that ("Set two of two. Right side. Reach." takes 2.6 s), so a paced
// one-sided set leaves out its number, said as the set before it ended.
func (m *Model) workStart(st routines.Step) Announcement {
	var said []string
	side := st.Side != routines.Both && (m.sess.idx == 0 || m.sess.plan[m.sess.idx-1].Kind != routines.StepSwitchSide)
	if st.Set > 1 && m.firstOfSet() && !(side && len(st.Pace) > 0) {
		said = append(said, m.setStart(st))
	}
	if side {
		said = append(said, m.spokenSide(st.Side))
	}
	head := []string{m.exerciseLine(st)}
	if st.Sets > 1 {
		head = append(head, m.cat.T("session.set_of", "N", st.Set, "Total", st.Sets))
	}
	switch {
	case st.Kind == routines.StepHold:
		said = append(said, m.cat.T("speech.hold", "Seconds", m.number(int(st.Duration/time.Second))))
		head = append(head, m.cat.T("line.hold", "Time", views.Clock(st.Duration)))
	case len(st.Pace) == 0:
		said = append(said, m.cat.N("speech.manual", st.Reps, "Count", m.number(st.Reps)))
		head = append(head, m.cat.N("line.manual", st.Reps, "Reps", st.Reps), m.cat.T("session.manual_hint"))
	default:
		said = append(said, upperFirst(m.said(st.Pace[0].Cue))+".")
		head = append(head, m.repLine(st, 0, 0))
	}
	return Announcement{Say: joinSaid(said...), Lines: []string{sentences(head...)}}
}

// firstOfSet: no hold or set of the current set came before this step
// (the set began after a rest, or after the switch between sets).
func (m *Model) firstOfSet() bool {
	st := m.step()
	for j := m.sess.idx - 1; j >= 0 && m.sess.plan[j].Exercise == st.Exercise; j-- {
		if p := m.sess.plan[j]; p.Set == st.Set && (p.Kind == routines.StepHold || p.Kind == routines.StepReps) {
			return false
		}
	}
	return true
}

// moments are the offsets into step st at which something is said;
// moment i (from 1) is at moments[i-1], moment 0 is the step's start.
func moments(st routines.Step) []time.Duration {
	var at []time.Duration
	switch st.Kind {
	case routines.StepGetReady, routines.StepSwitchSide, routines.StepRest:
		for k := 3; k >= 1; k-- {
			if t := st.Duration - time.Duration(k)*time.Second; t >= leadIn(st.Kind) {
				at = append(at, t)
			}
		}
	case routines.StepHold:
		if st.Duration >= 20*time.Second {
			at = append(at, st.Duration/2)
		}
		if st.Duration >= 30*time.Second {
			at = append(at, st.Duration-10*time.Second)
		}
	case routines.StepReps:
		var t time.Duration
		for r := 0; r < st.Reps; r++ {
			for _, p := range st.Pace {
				if t > 0 {
					at = append(at, t)
				}
				t += p.For
			}
		}
	}
	return at
}

// leadIn is how long the sentence that starts a step of this kind takes
// to say, measured with espeak-ng at its default rate: a count falling
// sooner would cut it off (a newer cue stops an older one). "Get ready."
// takes under a second; "And relax. Switch to the left side." 2.5 s; the
// end of a set and a rest ("Three. Set one of three done. Rest for thirty
// seconds.") about 4 s.
func leadIn(k routines.StepKind) time.Duration {
	switch k {
	case routines.StepSwitchSide:
		return 2500 * time.Millisecond
	case routines.StepRest:
		return 4500 * time.Millisecond
	}
	return time.Second
}

// momentAt is the last moment of st reached after elapsed.
func momentAt(st routines.Step, elapsed time.Duration) int { return momentsBy(moments(st), elapsed) }

// momentsBy is how many of the moments at have come by elapsed.
func momentsBy(at []time.Duration, elapsed time.Duration) int {
	return sort.Search(len(at), func(i int) bool { return at[i] > elapsed })
}

// untilMoment is how long until the next moment of st, or 0 if none is left.
func untilMoment(st routines.Step, elapsed time.Duration) time.Duration {
	at := moments(st)
	if i := momentsBy(at, elapsed); i < len(at) {
		return at[i] - elapsed
	}
	return 0
}

func (m *Model) momentNow() int {
	return momentAt(m.step(), m.sess.clock.elapsed(m.now()))
}

// momentAnnouncement says moment i of the current step.
func (m *Model) momentAnnouncement(i int) Announcement {
	m.sess.heard = i
	st := m.step()
	now := m.now()
	left := m.sess.clock.remaining(now)
	switch st.Kind {
	case routines.StepReps:
		done, phase, _ := repPosition(st, m.sess.clock.elapsed(now))
		cue := upperFirst(m.said(st.Pace[phase].Cue)) + "."
		if phase == 0 && done > 0 {
			cue = joinSaid(m.spokenCount(done), cue)
		}
		return Announcement{Say: cue, Lines: []string{sentences(m.repLine(st, done, phase))}}
	case routines.StepHold:
		if i == 1 {
			return Announcement{Say: m.cat.T("speech.halfway"), Lines: m.lines(m.cat.T("line.halfway", "Time", views.Clock(left)))}
		}
		return Announcement{Say: m.cat.T("speech.ten_left"), Lines: m.lines(m.cat.T("line.time_left", "Time", views.Clock(left)))}
	}
	n := views.WholeSeconds(left)
	return Announcement{Say: m.spokenCount(n), Lines: m.lines(m.cat.T("line.time_left", "Time", views.Clock(left)))}
}

// repLine is "Set 1/3. Rep 3/10: release" without the set, which the
// caller adds where it is new.
func (m *Model) repLine(st routines.Step, done, phase int) string {
	rep := m.cat.T("session.rep_of", "N", min(done+1, st.Reps), "Total", st.Reps)
	return rep + ": " + strings.ToLower(m.said(st.Pace[phase].Cue))
}

// exerciseLine names the exercise and, for a one-side step, the side.
func (m *Model) exerciseLine(st routines.Step) string {
	name := m.said(m.sess.routine.Exercises[st.Exercise].Name)
	if st.Side == routines.Both {
		return m.cat.T("line.exercise", "Exercise", name)
	}
	return m.cat.T("line.exercise_side", "Exercise", name, "Side", strings.ToLower(m.sideName(st.Side)))
}

// introLines are the intro screen as plain lines: name, dose, the steps,
// the caution, and how to start.
func (m *Model) introLines() []string {
	v := m.introView()
	lines := []string{sentences(m.cat.T("line.exercise", "Exercise", v.Name), v.Dose)}
	for i, s := range v.Steps {
		lines = append(lines, strconv.Itoa(i+1)+". "+s)
	}
	if v.Caution != "" {
		lines = append(lines, m.cat.T("session.caution")+": "+v.Caution)
	}
	if v.DoseNote != "" {
		lines = append(lines, v.DoseNote)
	}
	return append(lines, m.cat.T("session.intro_start"))
}

func (m *Model) spokenSide(s routines.Side) string {
	if s == routines.Both {
		return ""
	}
	return m.cat.T("speech.side_" + string(s))
}

// number is n as words in the session's language.
func (m *Model) number(n int) string { return speech.Number(speech.Lang(m.cat.Lang()), n) }

// setStart names the set that begins; the last is "Last set.", which
// tells how many are left in two words.
func (m *Model) setStart(st routines.Step) string {
	if st.Set == st.Sets {
		return m.cat.T("speech.set_last")
	}
	return upperFirst(m.cat.T("speech.set_start", m.setWords(st)...))
}

// setWords are the template fields of a set's sentences: .Set and .Sets
// as numbers, .Nth as an ordinal. Danish says "Andet sæt af tre": "Sæt to"
// opens like the verb ("put two"), and "sæt" would need a neuter "et".
func (m *Model) setWords(st routines.Step) []any {
	nth := m.number(st.Set)
	if words := ordinals[m.cat.Lang()]; st.Set >= 1 && st.Set <= len(words) {
		nth = words[st.Set-1]
	}
	return []any{"Set", m.number(st.Set), "Nth", nth, "Sets", m.number(st.Sets)}
}

// ordinals up to routines.MaxSets.
var ordinals = map[string][]string{
	"en": {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"},
	"da": {"første", "andet", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende"},
}

// spokenCount is a count said on its own: "Three."
func (m *Model) spokenCount(n int) string {
	return upperFirst(m.cat.T("speech.count", "Count", m.number(n)))
}

// lines is one printed line, or none for "".
func (m *Model) lines(s string) []string {
	if s == "" {
		return nil
	}
	return []string{sentences(s)}
}

// joinSaid joins sentences with a space, leaving out empty ones.
func joinSaid(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
}

// sentences joins parts into one printed line of sentences, each ended
// with a full stop unless it already ends in punctuation.
func sentences(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
		if r, _ := utf8.DecodeLastRuneInString(p); !strings.ContainsRune(".!?:", r) {
			b.WriteByte('.')
		}
	}
	return b.String()
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
