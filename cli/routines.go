package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

func newRoutinesCmd(e env, lang *string) *cobra.Command {
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
	cmd.AddCommand(newRoutinesListCmd(e, lang), newRoutinesShowCmd(e, lang), newRoutinesValidateCmd(e, lang))
	return cmd
}

func newRoutinesListCmd(e env, lang *string) *cobra.Command {
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
			return runRoutinesList(e, cmd.OutOrStdout(), cmd.ErrOrStderr(), textLang(e, *lang, cmd.ErrOrStderr()))
		},
	}
}

func newRoutinesShowCmd(e env, lang *string) *cobra.Command {
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
			for _, r := range append(routines.BuiltIns(), e.customRoutines()...) {
				ids = append(ids, r.ID)
			}
			return ids, cobra.ShellCompDirectiveDefault // ids, and files
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			return runRoutinesShow(e, cmd.OutOrStdout(), cmd.ErrOrStderr(), textLang(e, *lang, cmd.ErrOrStderr()), a[0])
		},
	}
	return cmd
}

func newRoutinesValidateCmd(e env, lang *string) *cobra.Command {
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
			return runRoutinesValidate(cmd.OutOrStdout(), cmd.ErrOrStderr(), textLang(e, *lang, cmd.ErrOrStderr()), a)
		},
	}
}

// --- list

func runRoutinesList(e env, stdout, stderr io.Writer, lang string) error {
	custom, loadErr := routines.LoadDir(e.routinesDir())
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
		// Ids, names and paths come from files someone else wrote.
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", termtext.Clean(r.ID), termtext.Clean(r.Name.In(r.Lang(lang))),
			views.PhaseName(cat, r.Phase), cat.T("cli.list.minutes", "N", minutes), termtext.Clean(source))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if loadErr != nil {
		fmt.Fprintf(stderr, "\n%s\n%s\n", cat.T("cli.list.custom_errors"), termtext.CleanLines(loadErr.Error()))
	}
	return nil
}

// --- show

func runRoutinesShow(e env, stdout, stderr io.Writer, lang, which string) error {
	r, err := findRoutine(e, stderr, which)
	if err != nil {
		return err
	}
	return views.RoutineText(stdout, r, lang)
}

// findRoutine finds a routine by id, or loads it from a file: a word
// with a path separator or a .toml ending, or any file that exists.
func findRoutine(e env, stderr io.Writer, which string) (routines.Routine, error) {
	isFile := strings.ContainsRune(which, os.PathSeparator) || strings.HasSuffix(which, ".toml")
	if !isFile {
		custom, loadErr := routines.LoadDir(e.routinesDir())
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
	fmt.Fprintln(stderr, termtext.CleanLines(err.Error()))
	return usagef("the routine file %s has mistakes (listed above); fix them and try again", file)
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
				fmt.Fprintf(stderr, "%s: cannot read the file: %v\n", termtext.Clean(f), pe.Err)
				continue
			}
			fmt.Fprintln(stderr, termtext.CleanLines(err.Error()))
			continue
		}
		minutes := routines.Minutes(routines.Length(routines.Plan(r, nil, 1)))
		fmt.Fprintln(stdout, cat.N("cli.validate.ok", len(r.Exercises), "File", termtext.Clean(f), "Minutes", minutes))
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
