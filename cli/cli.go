// Package cli is rygtimer's command line: the commands and flags (fang
// and cobra), the settings they resolve, the full-screen app's start and
// the exit statuses scripts rely on (DESIGN.md §8).
package cli

import (
	"context"
	"fmt"
	"io"

	"charm.land/fang/v2"
)

// Exit statuses, as DESIGN.md §8 promises scripts.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// Run executes the command line with args (without the program name)
// and returns the exit status.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := fang.Execute(ctx, root, fang.WithVersion(version()),
		fang.WithoutManpage(), fang.WithErrorHandler(errorHandler(stderr)))
	return exitCode(err)
}

// errorHandler prints errors fang's way in a terminal, and as one plain
// "rygtimer: …" message (no box, no padding, no colour) when stderr is a
// pipe or a file, where scripts and logs read it.
func errorHandler(stderr io.Writer) fang.ErrorHandler {
	return func(w io.Writer, styles fang.Styles, err error) {
		if !isTerminal(stderr) {
			_, _ = fmt.Fprintf(w, "rygtimer: %v\n", err)
			return
		}
		// fang's own handler title-cases the message, which mangles
		// file paths ("/Tmp/Plan.toml"); keep its header and colours.
		_, _ = fmt.Fprintln(w, styles.ErrorHeader.String())
		_, _ = fmt.Fprintln(w, styles.ErrorText.UnsetTransform().Render(err.Error()))
		_, _ = fmt.Fprintln(w)
	}
}
