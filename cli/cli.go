// Package cli is rygtimer's command line: the commands and flags (fang
// and cobra), the settings they resolve, the full-screen app's start and
// the exit statuses scripts rely on (DESIGN.md §8).
package cli

import (
	"context"
	"fmt"
	"io"

	"charm.land/fang/v2"

	"github.com/rygtimer/rygtimer/internal/noprobe"
	"github.com/rygtimer/rygtimer/internal/termtext"
)

// The environment is the user's again once the packages that would probe
// the terminal while they are initialised (lipgloss) have been: see
// package noprobe. cli imports them all, so its init runs after theirs.
func init() { noprobe.Restore() }

// Exit statuses, as DESIGN.md §8 promises scripts.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// Run executes the command line with args (without the program name)
// and returns the exit status.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(ctx, processEnv(), args, stdin, stdout, stderr)
}

// run is Run in the environment e.
func run(ctx context.Context, e env, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// The app draws on the terminal itself; the commands write through
	// out, which keeps the first write error.
	out := &outWriter{w: stdout}
	root := newRootCmd(e, stdin, stdout, out, stderr)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetErr(stderr)
	err := fang.Execute(ctx, root, fang.WithVersion(version()),
		fang.WithoutManpage(), fang.WithErrorHandler(errorHandler(stderr)))
	if err == nil && out.err != nil {
		// A full disk or a closed pipe: the output is not all there,
		// and a script must not take it for complete.
		_, _ = fmt.Fprintf(stderr, "rygtimer: cannot write the output: %v\n", out.err)
		return exitFailure
	}
	return exitCode(err)
}

// outWriter remembers the first error writing standard output, which
// fmt.Fprint callers and cobra's help would otherwise drop.
type outWriter struct {
	w   io.Writer
	err error
}

func (o *outWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// errorHandler prints errors fang's way (with file names and routine texts
// made safe for the terminal) in a terminal, and as one plain
// "rygtimer: …" message (no box, no padding, no colour) when stderr is a
// pipe or a file, where scripts and logs read it.
func errorHandler(stderr io.Writer) fang.ErrorHandler {
	return func(w io.Writer, styles fang.Styles, err error) {
		if !isTerminal(stderr) {
			_, _ = fmt.Fprintf(w, "rygtimer: %s\n", termtext.CleanLines(err.Error()))
			return
		}
		// fang's own handler title-cases the message, which mangles
		// file paths ("/Tmp/Plan.toml"); keep its header and colours.
		_, _ = fmt.Fprintln(w, styles.ErrorHeader.String())
		_, _ = fmt.Fprintln(w, styles.ErrorText.UnsetTransform().Render(termtext.CleanLines(err.Error())))
		_, _ = fmt.Fprintln(w)
	}
}
