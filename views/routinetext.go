package views

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/routines"
)

// RoutineTextWidth is the width RoutineText wraps to: a terminal, a
// printed page.
const RoutineTextWidth = 80

// nbsp holds a length of time ("20 s") together while a line is wrapped;
// it becomes a plain space once the lines are cut.
const nbsp = "\u00a0"

// RoutineText writes the whole plan of r as plain text, in the routine's
// language for ui: each exercise with its dose (DoseText, as the app's
// intro screen says it), instructions and caution, then every timed step
// of the session at the starting dose. Every text from the routine file
// goes through termtext.Clean: the file comes from someone else.
func RoutineText(w io.Writer, r routines.Routine, ui string) error {
	lang := r.Lang(ui)
	t := routineText{cat: i18n.New(lang), lang: lang}
	t.d = durations{t.cat}
	plan := routines.Plan(r, nil, 1)
	total := routines.Length(plan)

	source := t.cat.T("cli.show.built_in")
	if r.Source != routines.BuiltIn {
		source = t.cat.T("cli.show.from_file", "File", termtext.Clean(r.Source))
	}
	fmt.Fprintf(&t.b, "%s (%s)\n", t.outside(r.Name.In(lang)), termtext.Clean(r.ID))
	t.para("", t.cat.T("cli.show.phase", "Phase", PhaseName(t.cat, r.Phase))+" · "+t.cat.N("pick.minutes", routines.Minutes(total)))
	// A path is never wrapped: it must stay whole to be copied.
	t.b.WriteString(source + "\n")
	if desc := r.Description.In(lang); desc != "" {
		t.para("", t.outside(desc))
	}
	manual := false
	for i, e := range r.Exercises {
		manual = t.exercise(i, e, plan) || manual
	}
	t.b.WriteString("\n")
	t.para("", t.cat.N("cli.show.total", routines.Minutes(total), "Time", t.d.long(total)))
	if manual {
		t.para("", t.cat.T("cli.show.total_manual"))
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

// PhaseName is a phase in words: "Pain relief".
func PhaseName(cat *i18n.Catalog, p routines.Phase) string {
	return cat.T("phase." + string(p))
}

// routineText builds RoutineText's output.
type routineText struct {
	b    strings.Builder
	cat  *i18n.Catalog
	d    durations
	lang string
}

// exercise writes exercise i of the plan and reports whether its
// repetitions are counted by hand (and so missing from the total).
func (t *routineText) exercise(i int, e routines.Exercise, plan []routines.Step) (manual bool) {
	const in = "   "
	fmt.Fprintf(&t.b, "\n%d. %s\n", i+1, t.outside(e.Name.In(t.lang)))
	t.para(in, t.dose(e))
	if e.Kind == routines.Reps {
		if e.Manual {
			manual = true
			t.para(in, t.cat.T("cli.show.manual"))
		} else {
			t.para(in, t.cat.T("cli.show.pace", "Pace", t.d.pace(paceOf(e))))
		}
	}
	if g := t.growth(e); g != "" {
		t.para(in, g)
	}

	t.b.WriteString("\n" + in + t.cat.T("cli.show.how") + "\n")
	for j, s := range e.Steps.In(t.lang) {
		num := fmt.Sprintf("%d. ", j+1)
		t.hanging(in+num, in+strings.Repeat(" ", len(num)), t.outside(s))
	}
	if c := e.Caution.In(t.lang); c != "" {
		t.para(in, t.cat.T("session.caution")+": "+t.outside(c))
	}

	t.b.WriteString("\n" + in + t.cat.T("cli.show.steps") + "\n")
	var spent time.Duration
	for _, s := range plan {
		if s.Exercise != i || s.Kind == routines.StepIntro {
			continue
		}
		spent += s.Duration
		t.hanging(in+"- ", in+"  ", t.step(s))
	}
	t.para(in, t.cat.T("cli.show.exercise_time", "Time", t.d.long(spent)))
	return manual
}

// outside makes a text from the routine file safe to print.
func (t *routineText) outside(s string) string { return termtext.Clean(s) }

// para writes s wrapped to RoutineTextWidth, every line after indent.
func (t *routineText) para(indent, s string) { t.hanging(indent, indent, s) }

// hanging writes s wrapped to RoutineTextWidth, the first line after
// first and the others after rest.
func (t *routineText) hanging(first, rest, s string) {
	for i, l := range WrapLines(s, RoutineTextWidth-ansi.StringWidth(first)) {
		if i == 0 {
			t.b.WriteString(first)
		} else {
			t.b.WriteString(rest)
		}
		t.b.WriteString(strings.ReplaceAll(l, nbsp, " ") + "\n")
	}
}

// dose is DoseText at the routine's starting hold, with the rest between
// sets.
func (t *routineText) dose(e routines.Exercise) string {
	dose := DoseText(t.cat, e, nil)
	if e.Sets > 1 && e.Rest > 0 {
		dose += " · " + t.cat.T("cli.show.rest_between", "Time", t.d.long(e.Rest))
	}
	return dose
}

// growth says how a progressive dose may grow, or "".
func (t *routineText) growth(e routines.Exercise) string {
	if e.Kind == routines.Hold {
		if e.Hold.Fixed() {
			return ""
		}
		return t.cat.T("cli.show.grows", "From", t.d.long(e.Hold.Min), "To", t.d.long(e.Hold.Max))
	}
	for _, p := range e.Pace {
		if !p.For.Fixed() {
			return t.cat.T("cli.show.grows_cue", "Cue", t.outside(p.Cue.In(t.lang)), "From", t.d.long(p.For.Min), "To", t.d.long(p.For.Max))
		}
	}
	return ""
}

// paceOf is one repetition of e at the starting dose and the routine's
// own tempo.
func paceOf(e routines.Exercise) []routines.PacePhase {
	var out []routines.PacePhase
	for _, p := range e.Pace {
		out = append(out, routines.PacePhase{Cue: p.Cue, For: p.For.Min})
	}
	return out
}

// step describes one timed step of a session.
func (t *routineText) step(s routines.Step) string {
	cat, d := t.cat, t.d
	switch s.Kind {
	case routines.StepGetReady:
		return cat.T("cli.show.get_ready", "Time", d.long(s.Duration))
	case routines.StepSwitchSide:
		return cat.T("cli.show.switch", "Side", SideTo(cat, s.Side), "Time", d.long(s.Duration))
	case routines.StepRest:
		return cat.T("cli.show.rest", "Time", d.long(s.Duration))
	case routines.StepHold:
		if s.Side != routines.Both {
			return cat.T("cli.show.hold_side", "Set", s.Set, "Sets", s.Sets, "Side", sideLabel(cat, s.Side), "Time", d.long(s.Duration))
		}
		return cat.T("cli.show.hold", "Set", s.Set, "Sets", s.Sets, "Time", d.long(s.Duration))
	case routines.StepReps:
		set := cat.T("cli.show.set", "Set", s.Set, "Sets", s.Sets)
		if s.Side != routines.Both {
			set = cat.T("cli.show.set_side", "Set", s.Set, "Sets", s.Sets, "Side", sideLabel(cat, s.Side))
		}
		if len(s.Pace) == 0 {
			return cat.N("cli.show.reps_manual", s.Reps, "Set", set)
		}
		return cat.N("cli.show.reps", s.Reps, "Set", set, "Pace", d.pace(s.Pace), "Time", d.long(s.Duration))
	}
	return ""
}

// SideTo is "the left side" as the object of a phrase: "Switch to the
// left side", "20 s hold on the left side".
func SideTo(cat *i18n.Catalog, s routines.Side) string {
	if s == routines.Left {
		return cat.T("side.to_left")
	}
	return cat.T("side.to_right")
}

// sideLabel is "left side" for a set ("Set 1/3, left side").
func sideLabel(cat *i18n.Catalog, s routines.Side) string {
	if s == routines.Left {
		return cat.T("cli.show.side_left")
	}
	return cat.T("cli.show.side_right")
}

// durations formats lengths of time in the catalog's language.
type durations struct{ cat *i18n.Catalog }

// long is "20 s", "1 min" or "1 min 5 s", held together by no-break
// spaces so that a wrapped line never splits it.
func (d durations) long(t time.Duration) string {
	var s string
	switch m, rest := int(t/time.Minute), t%time.Minute; {
	case t < time.Minute:
		s = d.cat.T("cli.dur.s", "S", Seconds(d.cat.Lang(), t))
	case rest == 0:
		s = d.cat.T("cli.dur.m", "M", m)
	default:
		s = d.cat.T("cli.dur.ms", "M", m, "S", Seconds(d.cat.Lang(), rest))
	}
	return strings.ReplaceAll(s, " ", nbsp)
}

// pace is one repetition as "Tilt 2 s · Hold 2 s · Release 2 s".
func (d durations) pace(ps []routines.PacePhase) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		cue := termtext.Clean(p.Cue.In(d.cat.Lang()))
		parts[i] = strings.ReplaceAll(cue, " ", nbsp) + nbsp + d.long(p.For)
	}
	return strings.Join(parts, " · ")
}
