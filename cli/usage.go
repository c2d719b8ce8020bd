package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// usageError marks bad usage or bad input: exit status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

func exitCode(err error) int {
	switch {
	case err == nil:
		return exitOK
	case isUsage(err):
		return exitUsage
	}
	return exitFailure
}

// isUsage recognises bad usage by the error's type: our own usageError,
// or one of pflag's typed flag errors should one ever get past flagError.
// cobra's own argument checks do not type their errors; typeArgErrors
// wraps them.
func isUsage(err error) bool {
	var (
		u   usageError
		ne  *pflag.NotExistError
		vr  *pflag.ValueRequiredError
		iv  *pflag.InvalidValueError
		syn *pflag.InvalidSyntaxError
	)
	return errors.As(err, &u) || errors.As(err, &ne) || errors.As(err, &vr) || errors.As(err, &iv) || errors.As(err, &syn)
}

// typeArgErrors makes every positional-argument check under c a usage
// error, cobra's own included (the shells of `completion`, whose checks
// return plain errors), so the exit status never depends on wording.
func typeArgErrors(c *cobra.Command) {
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, a []string) error {
			err := check(cmd, a)
			if err == nil || isUsage(err) {
				return err
			}
			return usageError{err}
		}
	}
	for _, sub := range c.Commands() {
		typeArgErrors(sub)
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
