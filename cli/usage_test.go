package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/spf13/pflag"
)

func TestHelp(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"--help"}, {"routines", "--help"}, {"export", "--help"}, {"status", "--help"}} {
		t.Run(strings.Join(args, "_"), func(t *testing.T) {
			t.Parallel()
			sb := isolate(t)
			r := sb.run(t, args...).want(t, exitOK)
			golden.RequireEqual(t, []byte(r.stdout))
		})
	}
}

func TestEveryCommandHasHelpText(t *testing.T) {
	t.Parallel()
	root := newRootCmd(isolate(t).env(), nil, io.Discard, io.Discard, io.Discard)
	for _, c := range append(root.Commands(), root) {
		for _, sub := range append(c.Commands(), c) {
			if sub.Name() == "help" || sub.Parent() != nil && sub.Parent().Name() == "completion" {
				continue
			}
			if sub.Short == "" || sub.Long == "" || sub.Example == "" {
				t.Errorf("%s lacks Short, Long or Example", sub.CommandPath())
			}
		}
	}
}

func TestUsageErrors(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		args []string
		want []string // in stderr
	}{
		{"bad_flag", []string{"history", "--bogus"}, []string{"Unknown flag: --bogus", "Usage: `rygtimer history [--days N] [--lang en|da]`"}},
		{"unknown_command", []string{"hist"}, []string{`Unknown command "hist" for "rygtimer" (did you mean "history"?)`, "Commands: completion, export, history, routines, status"}},
		{"unknown_subcommand", []string{"routines", "lst"}, []string{`Unknown command "lst" for "rygtimer routines"`, "Commands: list, show, validate"}},
		{"stray_argument", []string{"history", "today"}, []string{`Unexpected argument "today"`}},
		{"show_missing_arg", []string{"routines", "show"}, []string{"Missing the routine to show", "Usage: `rygtimer routines show ID|FILE"}},
		{"show_two_args", []string{"routines", "show", "a", "b"}, []string{"Too many arguments (2)"}},
		{"show_unknown_id", []string{"routines", "show", "stretchy"}, []string{`There is no routine with the id "stretchy"`}},
		{"show_missing_file", []string{"routines", "show", "nope.toml"}, []string{"Cannot read the routine file nope.toml: no such file or directory"}},
		{"show_bad_file", []string{"routines", "show", "testdata/bad-routine.toml"}, []string{"testdata/bad-routine.toml:3:9: phase must be", "The routine file testdata/bad-routine.toml has mistakes"}},
		{"validate_missing_arg", []string{"routines", "validate"}, []string{"Missing the routine FILE to check"}},
		{"bad_phase", []string{"--phase", "stretch"}, []string{`Invalid argument "stretch" for --phase: use pain-relief, mobility or strengthening`}},
		{"bad_lang", []string{"routines", "list", "--lang", "de"}, []string{`Invalid argument "de" for --lang: use en or da`}},
		{"phase_and_routine", []string{"--phase", "mobility", "--routine", "x.toml"}, []string{"Use either --phase or --routine, not both"}},
		{"bad_format", []string{"export", "--format", "pdf"}, []string{`Invalid argument "pdf" for --format: use csv, md, json or html`, "Usage: `rygtimer export --format csv|md|json|html"}},
		{"no_format", []string{"export"}, []string{"Missing --format: choose csv, md, json or html"}},
		{"bad_since", []string{"export", "--format", "csv", "--since", "10-03-2026"}, []string{`--since "10-03-2026" is neither a date nor a span: write a date as YYYY-MM-DD`, "Usage: `rygtimer export"}},
		{"bad_span", []string{"export", "--format", "csv", "--since", "4x"}, []string{`--since "4x" is neither a date nor a span`}},
		{"future_since", []string{"export", "--format", "csv", "--since", "2030-01-01"}, []string{"--since 2030-01-01 is after today"}},
		{"excel_not_csv", []string{"export", "--format", "json", "--excel"}, []string{"--excel is for --format csv, not json"}},
		{"status_stray_argument", []string{"status", "now"}, []string{`unexpected argument "now"`}},
		{"bad_days", []string{"history", "--days", "week"}, []string{`Invalid argument "week" for --days: use a whole number`}},
		{"zero_days", []string{"history", "--days", "0"}, []string{`Invalid argument "0" for --days`}},
		{"flag_without_value", []string{"export", "--format"}, []string{"Flag needs an argument: --format"}},
		{"bad_shell", []string{"completion", "tcsh"}, []string{`Unknown command "tcsh" for "rygtimer completion"`, "Commands: bash, fish, powershell, zsh"}},
		{"shell_stray_argument", []string{"completion", "bash", "x"}, []string{`unknown command "x" for "rygtimer completion bash"`}},
		{"man_stray_argument", []string{"man", "x"}, []string{`unexpected argument "x"`}},
		{"invalid_routine", []string{"routines", "validate", "testdata/bad-routine.toml"}, []string{"The routine file testdata/bad-routine.toml is not valid"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			sb := isolate(t)
			r := sb.run(t, c.args...).want(t, exitUsage)
			for _, w := range c.want {
				// In a terminal fang capitalises the first word; in a
				// pipe (as here) the message stays as written.
				if !strings.Contains(strings.ToLower(r.stderr), strings.ToLower(w)) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
			switch c.name {
			case "bad_flag", "unknown_command", "invalid_routine":
				golden.RequireEqual(t, []byte(r.stderr))
			}
		})
	}
}

func TestAppNeedsATerminal(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	r := sb.runWithStdin(t, bytes.NewBufferString("\n")).want(t, exitUsage)
	if !strings.Contains(r.stderr, "needs a terminal") {
		t.Errorf("stderr: %s", r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout: %q", r.stdout)
	}
}

func TestVersionAndCompletion(t *testing.T) {
	t.Parallel()
	sb := isolate(t)
	r := sb.run(t, "--version").want(t, exitOK)
	if !strings.HasPrefix(r.stdout, "rygtimer version ") {
		t.Errorf("--version = %q", r.stdout)
	}
	for _, shell := range []string{"bash", "zsh", "fish"} {
		r := sb.run(t, "completion", shell).want(t, exitOK)
		if !strings.Contains(r.stdout, "rygtimer") || len(r.stdout) < 1000 {
			t.Errorf("completion %s: %.80q", shell, r.stdout)
		}
	}
	r = sb.run(t, "__complete", "routines", "show", "").want(t, exitOK)
	if !strings.Contains(r.stdout, "pain-relief\nmobility\nstrengthening\n") {
		t.Errorf("routine ids are not completed: %q", r.stdout)
	}
	help := sb.run(t, "--help").want(t, exitOK).stdout
	if !strings.Contains(help, "\n    history ") {
		t.Fatalf("cannot find the command list in --help:\n%s", help)
	}
	if strings.Contains(help, "\n    man ") {
		t.Error("the man command is listed in --help")
	}
}

// The exit status follows the error's type, never its wording: a failure
// whose text happens to read like cobra's is still a failure.
func TestExitCodeByType(t *testing.T) {
	t.Parallel()
	cases := []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{errors.New("unknown command \"x\" for \"rygtimer\""), exitFailure},
		{errors.New("invalid argument: disk full"), exitFailure},
		{usagef("anything"), exitUsage},
		{fmt.Errorf("wrapped: %w", usagef("anything")), exitUsage},
		{&pflag.NotExistError{}, exitUsage},
		{&pflag.ValueRequiredError{}, exitUsage},
		{&pflag.InvalidSyntaxError{}, exitUsage},
	}
	for _, c := range cases {
		if got := exitCode(c.err); got != c.want {
			t.Errorf("exitCode(%v) = %d, want %d", c.err, got, c.want)
		}
	}
}
