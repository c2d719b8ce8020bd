package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/rygtimer/rygtimer/config"
	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// textWidth is the width the routine texts are wrapped to: a terminal, a
// printed page.
const textWidth = 80

func newRoutinesCmd(lang *string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "routines",
		Short: "List, show and check exercise routines",
		Long: `routines shows the exercise routines rygtimer knows: the three built-in
ones (pain relief, mobility, strengthening) and your own, the TOML files in
$XDG_CONFIG_HOME/rygtimer/routines. A physiotherapist can write a routine
(see "Routine files" in README.md) and check it with validate before
handing it over.`,
		Example: `  # every routine with its phase and length
  rygtimer routines list

  # the whole plan of a routine, step by step, in Danish
  rygtimer routines show mobility --lang da

  # check routine files before using them
  rygtimer routines validate min-plan.toml`,
		Annotations: map[string]string{formKey: "rygtimer routines list|show|validate"},
		// A runnable parent, so that a mistyped subcommand is an error
		// rather than a silent help page.
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newRoutinesListCmd(lang), newRoutinesShowCmd(lang), newRoutinesValidateCmd(lang))
	return cmd
}

func newRoutinesListCmd(lang *string) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the built-in and your own routines",
		Long: `list prints every routine: its id (for routines show), its name, its
phase, how long it takes at the starting dose, and where it comes from.
Your own routines are the *.toml files in $XDG_CONFIG_HOME/rygtimer/routines;
a file with mistakes is left out and named on standard error.`,
		Example: `  rygtimer routines list
  rygtimer routines list --lang da`,
		Annotations: map[string]string{formKey: "rygtimer routines list [--lang en|da]"},
		Args:        noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRoutinesList(cmd.OutOrStdout(), cmd.ErrOrStderr(), textLang(*lang, cmd.ErrOrStderr()))
		},
	}
}

func newRoutinesShowCmd(lang *string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show ID|FILE",
		Short: "Show a routine's exercises and every step of its session",
		Long: `show prints a routine as plain text: each exercise with its dose, its
instructions and its caution, then every step of the session as rygtimer
will time it (get ready, each hold and side, each set with its pace, the
rests) and the total time. Doses are the starting ones; rygtimer raises a
hold step by step as your back allows.

Give a routine's id (see rygtimer routines list) or a routine file. A
routine written in one language is shown in that language.`,
		Example: `  rygtimer routines show pain-relief
  rygtimer routines show mobility --lang da
  rygtimer routines show ./min-plan.toml | less`,
		Annotations: map[string]string{formKey: "rygtimer routines show ID|FILE [--lang en|da]"},
		Args: args(cobra.ExactArgs(1), func(a []string) string {
			if len(a) == 0 {
				return "missing the routine to show: give its id (see `rygtimer routines list`) or its file"
			}
			return fmt.Sprintf("too many arguments (%d): show one routine at a time", len(a))
		}),
		ValidArgsFunction: func(_ *cobra.Command, a []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(a) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var ids []string
			for _, r := range append(routines.BuiltIns(), customRoutines()...) {
				ids = append(ids, r.ID)
			}
			return ids, cobra.ShellCompDirectiveDefault // ids, and files
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			return runRoutinesShow(cmd.OutOrStdout(), cmd.ErrOrStderr(), textLang(*lang, cmd.ErrOrStderr()), a[0])
		},
	}
	return cmd
}

func newRoutinesValidateCmd(lang *string) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check routine files and name every mistake",
		Long: `validate reads each routine file as rygtimer would and prints either
"FILE: ok" with its number of exercises and length, or every mistake in it
as FILE:LINE:COLUMN: what is wrong, the form editors can jump to. Mistakes
are printed on standard error, in English.

The exit status is 0 when every file is valid and 2 otherwise.`,
		Example: `  rygtimer routines validate min-plan.toml
  rygtimer routines validate ~/.config/rygtimer/routines/*.toml`,
		Annotations: map[string]string{formKey: "rygtimer routines validate FILE..."},
		Args: args(cobra.MinimumNArgs(1), func([]string) string {
			return "missing the routine FILE to check"
		}),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"toml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			return runRoutinesValidate(cmd.OutOrStdout(), cmd.ErrOrStderr(), textLang(*lang, cmd.ErrOrStderr()), a)
		},
	}
}

// --- list

func runRoutinesList(stdout, stderr io.Writer, lang string) error {
	custom, loadErr := routines.LoadDir(config.RoutinesDir())
	cat := i18n.New(lang)
	tw := tabwriter.NewWriter(stdout, 0, 0, 3, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", cat.T("cli.list.col_id"), cat.T("cli.list.col_name"),
		cat.T("cli.list.col_phase"), cat.T("cli.list.col_length"), cat.T("cli.list.col_source"))
	for _, r := range append(routines.BuiltIns(), custom...) {
		source := r.Source
		if source == routines.BuiltIn {
			source = cat.T("cli.list.built_in")
		}
		minutes := routines.Minutes(routines.Length(routines.Plan(r, nil, 1)))
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name.In(r.Lang(lang)), phaseName(cat, r.Phase),
			cat.T("cli.list.minutes", "N", minutes), source)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if loadErr != nil {
		fmt.Fprintf(stderr, "\n%s\n%v\n", cat.T("cli.list.custom_errors"), loadErr)
	}
	return nil
}

func phaseName(cat *i18n.Catalog, p routines.Phase) string {
	return cat.T("phase." + string(p))
}

// --- show

func runRoutinesShow(stdout, stderr io.Writer, lang, which string) error {
	r, err := findRoutine(stderr, which)
	if err != nil {
		return err
	}
	return writeRoutine(stdout, r, lang)
}

// findRoutine finds a routine by id, or loads it from a file: a word
// with a path separator or a .toml ending, or any file that exists.
func findRoutine(stderr io.Writer, which string) (routines.Routine, error) {
	isFile := strings.ContainsRune(which, os.PathSeparator) || strings.HasSuffix(which, ".toml")
	if !isFile {
		custom, loadErr := routines.LoadDir(config.RoutinesDir())
		if r, ok := routines.Find(which, custom); ok {
			return r, nil
		}
		if fi, err := os.Stat(which); err != nil || fi.IsDir() {
			hint := ""
			if loadErr != nil {
				hint = "\n(some of your own routine files have mistakes and were left out; `rygtimer routines list` names them)"
			}
			return routines.Routine{}, usagef("there is no routine with the id %q; `rygtimer routines list` shows the ids, or give a routine file%s\n%s",
				which, hint, "Usage: `rygtimer routines show ID|FILE [--lang en|da]`")
		}
	}
	r, err := routines.Load(which)
	if err != nil {
		return r, routineFileError(stderr, which, err)
	}
	return r, nil
}

// routineFileError prints a routine file's mistakes on stderr, one per
// line as FILE:LINE:COLUMN: message, and returns the usage error that
// sums them up.
func routineFileError(stderr io.Writer, file string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return usagef("cannot read the routine file %s: %v", file, pe.Err)
	}
	fmt.Fprintln(stderr, err)
	return usagef("the routine file %s has mistakes (listed above); fix them and try again", file)
}

// writeRoutine prints the whole plan of r as plain text, in the routine's
// language for ui.
func writeRoutine(w io.Writer, r routines.Routine, ui string) error {
	lang := r.Lang(ui)
	cat := i18n.New(lang)
	d := durations{cat}
	plan := routines.Plan(r, nil, 1)
	total := routines.Length(plan)

	var b strings.Builder
	line := func(indent, s string) { b.WriteString(wrap(s, indent, indent)) }
	source := cat.T("cli.show.built_in")
	if r.Source != routines.BuiltIn {
		source = cat.T("cli.show.from_file", "File", r.Source)
	}
	fmt.Fprintf(&b, "%s (%s)\n", r.Name.In(lang), r.ID)
	line("", cat.T("cli.show.phase", "Phase", phaseName(cat, r.Phase))+" · "+cat.N("pick.minutes", routines.Minutes(total)))
	// A path is never wrapped: it must stay whole to be copied.
	b.WriteString(source + "\n")
	if desc := r.Description.In(lang); desc != "" {
		line("", desc)
	}

	manual := false
	for i, e := range r.Exercises {
		b.WriteString("\n")
		fmt.Fprintf(&b, "%d. %s\n", i+1, e.Name.In(lang))
		const in = "   "
		line(in, exerciseDose(cat, d, e))
		if e.Kind == routines.Reps {
			if e.Manual {
				manual = true
				line(in, cat.T("cli.show.manual"))
			} else {
				line(in, cat.T("cli.show.pace", "Pace", d.pace(paceOf(e))))
			}
		}
		if g := growth(cat, d, e, lang); g != "" {
			line(in, g)
		}

		b.WriteString("\n" + in + cat.T("cli.show.how") + "\n")
		for j, s := range e.Steps.In(lang) {
			num := fmt.Sprintf("%d. ", j+1)
			b.WriteString(wrap(s, in+num, in+strings.Repeat(" ", len(num))))
		}
		if c := e.Caution.In(lang); c != "" {
			b.WriteString(wrap(cat.T("session.caution")+": "+c, in, in))
		}

		b.WriteString("\n" + in + cat.T("cli.show.steps") + "\n")
		var spent time.Duration
		for _, s := range plan {
			if s.Exercise != i || s.Kind == routines.StepIntro {
				continue
			}
			spent += s.Duration
			b.WriteString(wrap(stepText(cat, d, s), in+"- ", in+"  "))
		}
		line(in, cat.T("cli.show.exercise_time", "Time", d.long(spent)))
	}

	b.WriteString("\n")
	line("", cat.N("cli.show.total", routines.Minutes(total), "Time", d.long(total)))
	if manual {
		line("", cat.T("cli.show.total_manual"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// exerciseDose is the one-line dose of an exercise, in the words of the
// app's intro screen, with the rest between sets.
func exerciseDose(cat *i18n.Catalog, d durations, e routines.Exercise) string {
	var dose string
	sides := len(e.Sides) > 1
	switch {
	case e.Kind == routines.Hold && sides:
		dose = cat.T("dose.hold_sides", "Sets", e.Sets, "Secs", d.secs(e.Hold.Min))
	case e.Kind == routines.Hold:
		dose = cat.T("dose.hold", "Sets", e.Sets, "Secs", d.secs(e.Hold.Min))
	case sides:
		dose = cat.T("dose.reps_sides", "Sets", e.Sets, "Reps", e.Reps)
	default:
		dose = cat.T("dose.reps", "Sets", e.Sets, "Reps", e.Reps)
	}
	if e.Sets > 1 && e.Rest > 0 {
		dose += " · " + cat.T("cli.show.rest_between", "Time", d.long(e.Rest))
	}
	return dose
}

// growth says how a progressive dose may grow, or "".
func growth(cat *i18n.Catalog, d durations, e routines.Exercise, lang string) string {
	if e.Kind == routines.Hold {
		if e.Hold.Fixed() {
			return ""
		}
		return cat.T("cli.show.grows", "From", d.long(e.Hold.Min), "To", d.long(e.Hold.Max))
	}
	for _, p := range e.Pace {
		if !p.For.Fixed() {
			return cat.T("cli.show.grows_cue", "Cue", p.Cue.In(lang), "From", d.long(p.For.Min), "To", d.long(p.For.Max))
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

// stepText describes one timed step of a session.
func stepText(cat *i18n.Catalog, d durations, s routines.Step) string {
	switch s.Kind {
	case routines.StepGetReady:
		return cat.T("cli.show.get_ready", "Time", d.long(s.Duration))
	case routines.StepSwitchSide:
		return cat.T("cli.show.switch", "Side", sideName(cat, s.Side), "Time", d.long(s.Duration))
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

// sideName is "the left side" for a switch ("Switch to the left side").
func sideName(cat *i18n.Catalog, s routines.Side) string {
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

// secs is a whole number of seconds, for the dose texts; a fraction of a
// second is written out.
func (d durations) secs(t time.Duration) string {
	return d.decimal(strconv.FormatFloat(t.Seconds(), 'f', -1, 64))
}

// long is "20 s", "1 min" or "1 min 5 s", held together by non-breaking
// spaces so that wrap never splits it; wrap turns them back into spaces.
func (d durations) long(t time.Duration) string {
	var s string
	switch m, rest := int(t/time.Minute), t%time.Minute; {
	case t < time.Minute:
		s = d.cat.T("cli.dur.s", "S", d.secs(t))
	case rest == 0:
		s = d.cat.T("cli.dur.m", "M", m)
	default:
		s = d.cat.T("cli.dur.ms", "M", m, "S", d.secs(rest))
	}
	return strings.ReplaceAll(s, " ", nbsp)
}

// pace is one repetition as "Tilt 2 s · Hold 2 s · Release 2 s".
func (d durations) pace(ps []routines.PacePhase) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = strings.ReplaceAll(p.Cue.In(d.cat.Lang()), " ", nbsp) + nbsp + d.long(p.For)
	}
	return strings.Join(parts, " · ")
}

const nbsp = "\u00a0"

func (d durations) decimal(s string) string {
	if d.cat.Lang() == i18n.DA {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

// wrap breaks s into lines of at most textWidth columns, the first
// starting with first and the rest with rest.
func wrap(s, first, rest string) string {
	width := textWidth - ansi.StringWidth(first)
	lines := strings.Split(ansi.Wrap(s, width, ""), "\n")
	var b strings.Builder
	for i, l := range lines {
		if i == 0 {
			b.WriteString(first)
		} else {
			b.WriteString(rest)
		}
		b.WriteString(strings.ReplaceAll(strings.TrimRight(l, " "), nbsp, " ") + "\n")
	}
	return b.String()
}

// --- validate

func runRoutinesValidate(stdout, stderr io.Writer, lang string, files []string) error {
	cat := i18n.New(lang)
	bad := 0
	for _, f := range files {
		r, err := routines.Load(f)
		if err != nil {
			bad++
			var pe *fs.PathError
			if errors.As(err, &pe) {
				fmt.Fprintf(stderr, "%s: cannot read the file: %v\n", f, pe.Err)
				continue
			}
			fmt.Fprintln(stderr, err)
			continue
		}
		minutes := routines.Minutes(routines.Length(routines.Plan(r, nil, 1)))
		fmt.Fprintln(stdout, cat.N("cli.validate.ok", len(r.Exercises), "File", f, "Minutes", minutes))
	}
	switch {
	case bad == 0:
		return nil
	case len(files) == 1:
		return usagef("the routine file %s is not valid (see above); fix it and check it again", files[0])
	case bad == 1:
		return usagef("1 of %d routine files is not valid (see above); fix it and check again", len(files))
	default:
		return usagef("%d of %d routine files are not valid (see above); fix them and check again", bad, len(files))
	}
}
