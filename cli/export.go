package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/rygtimer/rygtimer/export"
	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/routines"
)

// exportFormats are the formats of `rygtimer export`, as --format values
// and as the file extensions -o recognises.
var exportFormats = []string{"csv", "md", "json"}

func newExportCmd(lang *string) *cobra.Command {
	var format, since, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every session and step as CSV, Markdown or JSON",
		Long: `export writes the journal for your physiotherapist or a script: every
session with its pain before and after, how it ended, your note, and each
hold and set done.

  csv   one row per step, for a spreadsheet
  md    a readable report (Markdown) with weekly adherence and pain trend,
        in the chosen language
  json  an array of sessions, each with its steps; times are RFC 3339

--since keeps the sessions started on or after a date (your local time).
-o writes a file, which is replaced only once the new one is complete;
without -o the export goes to standard output. With -o and no --format,
the format comes from the file's extension.`,
		Example: `  # a report to print or mail to your physiotherapist
  rygtimer export --format md -o ryg-report.md

  # this year's sessions for a spreadsheet
  rygtimer export --format csv --since 2025-01-01 -o ryg.csv

  # for a script
  rygtimer export --format json | jq '.[] | select(.outcome == "pain_stop")'`,
		Annotations: map[string]string{formKey: "rygtimer export --format csv|md|json [--since YYYY-MM-DD] [-o FILE] [--lang en|da]"},
		Args:        noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format == "" {
				format = strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
				if format == "markdown" {
					format = "md"
				}
				if !slices.Contains(exportFormats, format) {
					return usagef("missing --format: choose csv, md or json\n%s", usageText(cmd))
				}
			}
			var from time.Time
			if since != "" {
				t, err := time.ParseInLocation(time.DateOnly, since, time.Local)
				if err != nil {
					return usagef("invalid argument %q for --since: write the date as YYYY-MM-DD, for example 2025-03-10\n%s", since, usageText(cmd))
				}
				from = t
			}
			return runExport(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), exportOptions{
				format: format, since: from, out: out, lang: textLang(*lang, cmd.ErrOrStderr()),
			})
		},
	}
	cmd.Flags().Var(newChoice(&format, "format", exportFormats...), "format", "format: csv, md (a readable report) or json")
	cmd.Flags().StringVar(&since, "since", "", "only sessions started on or after this date, written YYYY-MM-DD")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(exportFormats...))
	_ = cmd.RegisterFlagCompletionFunc("since", cobra.NoFileCompletions)
	return cmd
}

type exportOptions struct {
	format, out, lang string
	since             time.Time
}

func runExport(ctx context.Context, stdout, stderr io.Writer, o exportOptions) error {
	ss, _, err := readJournal(ctx, stderr, o.since)
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
		switch o.format {
		case "csv":
			return export.WriteCSV(w, ss)
		case "md":
			return export.WriteMarkdownNamed(w, ss, clock(), o.lang, exportNames(o.lang, customRoutines()))
		default:
			return export.WriteJSON(w, ss)
		}
	}
	if isStdout(o.out) {
		return write(stdout)
	}
	if fi, err := os.Stat(o.out); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return usagef("cannot write to %s: it is a folder; give a file name, such as %s", o.out, filepath.Join(o.out, "ryg."+o.format))
		}
		// A device or a FIFO (/dev/stderr, a named pipe) cannot be
		// replaced: write into it as a shell redirection would.
		return writeInto(o.out, write)
	}
	if dir := filepath.Dir(o.out); !isDir(dir) {
		return usagef("cannot write %s: the folder %s does not exist; make it first or choose another place", o.out, dir)
	}
	if err := export.WriteFileAtomic(o.out, write); err != nil {
		return fmt.Errorf("cannot write %s: %w\nNothing was written there. Check that you may write to the folder and that the disk is not full", o.out, err)
	}
	_, err = fmt.Fprintln(stderr, i18n.New(o.lang).N("cli.export.written", len(ss), "File", o.out))
	return err
}

// isStdout reports whether -o names standard output: nothing, "-", or
// one of its names in /dev and /proc, which the atomic replacement of a
// file (a temporary file beside it, then a rename) cannot write.
func isStdout(out string) bool {
	switch out {
	case "", "-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return true
	}
	return false
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// writeInto writes to an existing file that is not a regular one.
func writeInto(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := write(f); err != nil {
		_ = f.Close()
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return f.Close()
}

// exportNames names routines, exercises and red flags in lang for the
// Markdown report. Exercise ids are looked up in every known routine,
// built-ins first; ids no routine knows any more stay as they are.
func exportNames(lang string, custom []routines.Routine) export.Names {
	cat := i18n.New(lang)
	rs := append(routines.BuiltIns(), custom...)
	names := routineNames(lang, custom)
	exercises := map[string]string{}
	for _, r := range rs {
		for _, e := range r.Exercises {
			if _, ok := exercises[e.ID]; !ok {
				exercises[e.ID] = e.Name.In(r.Lang(lang))
			}
		}
	}
	return export.Names{
		Routine:  func(id string) string { return names[id] },
		Exercise: func(id string) string { return exercises[id] },
		RedFlag: func(id string) string {
			if s := cat.T("redflag." + id); !strings.HasPrefix(s, "!") {
				return s
			}
			return ""
		},
	}
}
