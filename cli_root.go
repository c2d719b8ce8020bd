package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/rygtimer/rygtimer/routines"
)

// rootFlags are the flags of the bare `rygtimer` command.
type rootFlags struct {
	phase   string
	routine string
	lang    string
	quiet   bool
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var f rootFlags
	root := &cobra.Command{
		Use:   "rygtimer",
		Short: "A calm daily exercise companion for a lumbar disc herniation",
		Long: `rygtimer guides your daily back exercises in the terminal: it times the
stretch holds, paces and counts the repetitions, switches sides, rests
between sets, stops at once when it hurts (press x) and tells you when to
get help. It keeps a journal of your pain and progress.

rygtimer does not replace a physiotherapist or a doctor.`,
		Example: `  # open Home and choose a phase
  rygtimer

  # go straight to today's check-in for a phase
  rygtimer --phase mobility

  # run a routine from your physiotherapist, in Danish
  rygtimer --routine ~/ryg/min-plan.toml --lang da`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runApp(cmd, f, stdin, stdout)
		},
	}
	root.Flags().StringVar(&f.phase, "phase", "", "go straight to the check-in for a phase: pain-relief, mobility or strengthening")
	root.Flags().StringVar(&f.routine, "routine", "", "run a custom routine from a TOML `FILE` (see README)")
	root.PersistentFlags().StringVar(&f.lang, "lang", "", "language: en or da (default: config, then LANG/LC_ALL)")
	root.Flags().BoolVar(&f.quiet, "quiet", false, "no bell at the end of holds, switches and rests")
	root.MarkFlagsMutuallyExclusive("phase", "routine")
	_ = root.RegisterFlagCompletionFunc("phase", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, p := range routines.Phases {
			out = append(out, string(p))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
	_ = root.RegisterFlagCompletionFunc("lang", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"en", "da"}, cobra.ShellCompDirectiveNoFileComp
	})
	_ = root.MarkFlagFilename("routine", "toml")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w\nUsage: %s", err, c.UseLine())}
	})
	root.SilenceUsage = true
	return root
}

// noArgs rejects stray arguments with the right form.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q\nUsage: %s", args[0], cmd.UseLine())
	}
	return nil
}

// isCobraUsage recognises cobra's own usage errors, which it does not type.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument",
		"invalid argument", "if any flags in the group", "accepts ", "requires at least", "required flag"} {
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
