package cli

import (
	"fmt"
	"io"
	"runtime/debug"

	mango "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// rootFlags are the flags of the bare `rygtimer` command.
type rootFlags struct {
	phase   string
	routine string
	lang    string
	quiet   bool
	// accessible prints every change as a plain line (screen readers).
	accessible bool
	// quietSet, accessibleSet: the flag was given, =false included, and
	// wins over the config file.
	quietSet, accessibleSet bool
}

// formKey is the annotation holding a command's right form, shown after a
// usage error. It names the flags that matter, which cobra's UseLine
// ("rygtimer export [flags]") does not.
const formKey = "form"

// newRootCmd builds the command tree. screen is the terminal the app
// draws on; the commands write their text to stdout.
func newRootCmd(e env, stdin io.Reader, screen, stdout, stderr io.Writer) *cobra.Command {
	var f rootFlags
	root := &cobra.Command{
		Use:   "rygtimer",
		Short: "A calm daily exercise companion for a lumbar disc herniation",
		Long: `rygtimer guides your daily back exercises in the terminal: it times the
stretch holds, paces and counts the repetitions, switches sides, rests
between sets, stops at once when it hurts (press x) and tells you when to
get help. It keeps a journal of your pain and progress.

Without a command it opens the full-screen app. The commands print plain
text for a pipe, a file or your physiotherapist.

Settings come from the flags, then $XDG_CONFIG_HOME/rygtimer/config.toml,
then the environment (LANG, LC_ALL). The journal is kept in
$XDG_DATA_HOME/rygtimer/journal.db.

rygtimer does not replace a physiotherapist or a doctor.`,
		Example: `  # open Home and choose a phase
  rygtimer

  # go straight to today's check-in for a phase
  rygtimer --phase mobility

  # run a routine from your physiotherapist, in Danish
  rygtimer --routine ~/ryg/min-plan.toml --lang da

  # your sessions of the last two weeks, as plain text
  rygtimer history --days 14

  # a report for your physiotherapist
  rygtimer export --format md -o ryg-report.md`,
		Annotations: map[string]string{formKey: "rygtimer [--phase pain-relief|mobility|strengthening | --routine FILE] [--lang en|da] [--quiet]"},
		Args:        noArgs,
		// Checked here rather than with MarkFlagsMutuallyExclusive, whose
		// message ("if any flags in the group [phase routine] are set…")
		// is for programmers.
		PreRunE: func(cmd *cobra.Command, _ []string) error {
			if f.phase != "" && f.routine != "" {
				return usagef("use either --phase or --routine, not both\n%s", usageText(cmd))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Checked here too so the message starts with words that
			// survive fang capitalising the first one ("Rygtimer").
			if !isTerminal(stdin) || !isTerminal(screen) {
				return usagef("not a terminal: rygtimer needs a terminal window, not a pipe or a file\n(for plain text, try `rygtimer history` or `rygtimer routines list`)")
			}
			f.quietSet, f.accessibleSet = cmd.Flags().Changed("quiet"), cmd.Flags().Changed("accessible")
			return runApp(e, f, stdin, screen)
		},
	}
	addRootFlags(root, &f)
	root.SetFlagErrorFunc(flagError)
	root.SilenceUsage = true

	root.AddCommand(newHistoryCmd(e, &f.lang), newExportCmd(e, &f.lang), newStatusCmd(e, &f.lang), newRoutinesCmd(e, &f.lang), newManCmd())
	// cobra adds `completion` when it runs; adding it now lets a mistyped
	// shell ("completion bsh") be an error instead of a help page. It
	// keeps the writer it finds, so that is set first.
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			adaptCompletionCmd(c)
		}
	}
	typeArgErrors(root)
	return root
}

// addRootFlags declares the flags of the bare command; --lang is shared
// by every command.
func addRootFlags(root *cobra.Command, f *rootFlags) {
	var phases []string
	for _, p := range routines.Phases {
		phases = append(phases, string(p))
	}
	root.Flags().Var(newChoice(&f.phase, "phase", phases...), "phase", "go straight to the check-in for a phase: pain-relief, mobility or strengthening")
	root.Flags().StringVar(&f.routine, "routine", "", "run a custom routine from a TOML FILE (see Routine files in README.md)")
	root.PersistentFlags().Var(newChoice(&f.lang, "lang", i18n.Languages...), "lang", "language: en or da (default: config, then LANG/LC_ALL)")
	root.Flags().BoolVar(&f.quiet, "quiet", false, "start with spoken cues and chimes muted (m turns them on)")
	root.Flags().BoolVar(&f.accessible, "accessible", false, "for screen readers: print every change as one plain line instead of drawing screens")
	_ = root.RegisterFlagCompletionFunc("phase", fixedCompletion(phases...))
	_ = root.RegisterFlagCompletionFunc("lang", fixedCompletion(i18n.Languages...))
	_ = root.MarkFlagFilename("routine", "toml")
}

// adaptCompletionCmd gives cobra's `completion` examples, the right form
// and an error for a stray word.
func adaptCompletionCmd(c *cobra.Command) {
	c.Example = `  # bash, for this shell
  source <(rygtimer completion bash)

  # zsh, for every new shell
  rygtimer completion zsh > "${fpath[1]}/_rygtimer"

  # fish
  rygtimer completion fish > ~/.config/fish/completions/rygtimer.fish`
	c.Annotations = map[string]string{formKey: "rygtimer completion bash|zsh|fish|powershell"}
	c.Args = noArgs
	c.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
}

// newManCmd is fang's hidden `man` command, declared here (fang's is
// turned off in Run) so that its argument check is typed like every
// other and the page goes to the command's own output.
func newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the manual page",
		Long: `man prints rygtimer's manual page in roff, built from the same help
texts, for man(1) or a package.`,
		Example:               "  rygtimer man | man -l -",
		DisableFlagsInUseLine: true,
		Hidden:                true,
		Args:                  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mango.NewManPage(1, cmd.Root())
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), page.Build(roff.NewDocument()))
			return err
		},
	}
}

func fixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// version comes from the build info: the module version of an installed
// binary, or the VCS revision of a local build.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 7 {
			v += " (" + s.Value[:7] + ")"
		}
	}
	return v
}
