package cli

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// rootFlags are the flags of the bare `rygtimer` command.
type rootFlags struct {
	phase   string
	routine string
	lang    string
	quiet   bool
}

// formKey is the annotation holding a command's right form, shown after a
// usage error. It names the flags that matter, which cobra's UseLine
// ("rygtimer export [flags]") does not.
const formKey = "form"

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
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
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Checked here too so the message starts with words that
			// survive fang capitalising the first one ("Rygtimer").
			if !isTerminal(stdin) || !isTerminal(stdout) {
				return usagef("not a terminal: rygtimer needs a terminal window, not a pipe or a file\n(for plain text, try `rygtimer history` or `rygtimer routines list`)")
			}
			return runApp(cmd, f, stdin, stdout)
		},
	}
	var phases []string
	for _, p := range routines.Phases {
		phases = append(phases, string(p))
	}
	root.Flags().Var(newChoice(&f.phase, "phase", phases...), "phase", "go straight to the check-in for a phase: pain-relief, mobility or strengthening")
	root.Flags().StringVar(&f.routine, "routine", "", "run a custom routine from a TOML FILE (see Routine files in README.md)")
	root.PersistentFlags().Var(newChoice(&f.lang, "lang", i18n.Languages...), "lang", "language: en or da (default: config, then LANG/LC_ALL)")
	root.Flags().BoolVar(&f.quiet, "quiet", false, "no bell at the end of holds, switches and rests")
	// Checked here rather than with MarkFlagsMutuallyExclusive, whose
	// message ("if any flags in the group [phase routine] are set…") is
	// for programmers.
	root.PreRunE = func(cmd *cobra.Command, _ []string) error {
		if f.phase != "" && f.routine != "" {
			return usagef("use either --phase or --routine, not both\n%s", usageText(cmd))
		}
		return nil
	}
	_ = root.RegisterFlagCompletionFunc("phase", fixedCompletion(phases...))
	_ = root.RegisterFlagCompletionFunc("lang", fixedCompletion(i18n.Languages...))
	_ = root.MarkFlagFilename("routine", "toml")
	root.SetFlagErrorFunc(flagError)
	root.SilenceUsage = true

	root.AddCommand(newHistoryCmd(&f.lang), newExportCmd(&f.lang), newRoutinesCmd(&f.lang))
	// cobra adds `completion` when it runs; adding it now lets a mistyped
	// shell ("completion bsh") be an error instead of a help page. It
	// keeps the writer it finds, so that is set first.
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
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
	}
	return root
}

func fixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// choice is a flag value that must be one of a few words, so a wrong one
// is refused while the flags are read, before anything else happens.
type choice struct {
	p       *string
	typ     string
	allowed []string
}

func newChoice(p *string, typ string, allowed ...string) *choice {
	return &choice{p: p, typ: typ, allowed: allowed}
}

func (c *choice) String() string { return *c.p }
func (c *choice) Type() string   { return c.typ }

func (c *choice) Set(v string) error {
	v = strings.ToLower(strings.TrimSpace(v))
	if !slices.Contains(c.allowed, v) {
		return errors.New("use " + orList(c.allowed))
	}
	*c.p = v
	return nil
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// flagError turns pflag's errors into a usage error with the right form.
// A bad value says which values are allowed, not how strconv failed.
func flagError(c *cobra.Command, err error) error {
	var iv *pflag.InvalidValueError
	if errors.As(err, &iv) {
		why := iv.Unwrap()
		switch iv.GetFlag().Value.Type() {
		case "int", "uint":
			why = errors.New("use a whole number")
		}
		err = fmt.Errorf("invalid argument %q for --%s: %v", iv.GetValue(), iv.GetFlag().Name, why)
	}
	return usageError{fmt.Errorf("%w\n%s", err, usageText(c))}
}

// usageText is the line that ends every usage error.
func usageText(c *cobra.Command) string {
	form := c.Annotations[formKey]
	if form == "" {
		form = c.UseLine()
	}
	return "Usage: `" + form + "`"
}

// noArgs rejects stray arguments with the right form. On a command with
// subcommands a stray word is most likely a mistyped command.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if cmd.HasAvailableSubCommands() {
		return unknownCommand(cmd, args[0])
	}
	return usagef("unexpected argument %q: %s takes none\n%s", args[0], cmd.CommandPath(), usageText(cmd))
}

// unknownCommand says which commands there are, with the likeliest one
// for a typo. The message starts as cobra's does, so fang adds its hint.
func unknownCommand(cmd *cobra.Command, word string) error {
	msg := fmt.Sprintf("unknown command %q for %q", word, cmd.CommandPath())
	if s := cmd.SuggestionsFor(word); len(s) > 0 {
		msg += fmt.Sprintf(" (did you mean %q?)", s[0])
	}
	var names []string
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() && c.Name() != "help" {
			names = append(names, c.Name())
		}
	}
	return usagef("%s\nCommands: %s", msg, strings.Join(names, ", "))
}

// args wraps a cobra Args validator so that a wrong number of arguments
// is a usage error (exit 2) that says what is missing or extra, and the
// right form.
func args(v cobra.PositionalArgs, say func(args []string) string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := v(cmd, a); err != nil {
			return usagef("%s\n%s", say(a), usageText(cmd))
		}
		return nil
	}
}

// isCobraUsage recognises cobra's own usage errors, which it does not type.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument",
		"invalid argument", "if any flags in the group", "accepts ", "requires at least", "required flag", "bad flag syntax"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
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
