package cli

import (
	"context"
	"errors"
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
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
)

// exportFormats are the formats of `rygtimer export`, as --format values
// and as the file extensions -o recognises.
var exportFormats = []string{"csv", "md", "json", "html"}

// exportFlags are the flags of `rygtimer export`.
type exportFlags struct {
	format, since, out string
	excel              bool
}

func newExportCmd(e env, lang *string) *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every session and step as CSV, Markdown, JSON or an HTML report",
		Long: `export writes the journal for your physiotherapist or a script: every
session with its pain before and after, how it ended, your note, and each
hold and set done.

  csv   one row per step, for a spreadsheet (RFC 4180; with --excel, for
        a spreadsheet in your language: a byte-order mark, and semicolons
        between cells in Danish)
  md    a readable report (Markdown) with weekly adherence and pain trend,
        in the chosen language
  json  an array of sessions, each with its steps; times are RFC 3339
  html  one page to bring to your physiotherapist: charts of pain and of
        how far it reached, weeks against the plan, stops, notes and
        your routines with their doses now; it prints on A4

--since keeps the sessions started on or after a date (your local time),
or within a span back from today: 30d (days) or 4w (weeks).
-o writes a file, which is replaced only once the new one is complete;
without -o the export goes to standard output. With -o and no --format,
the format comes from the file's extension.`,
		Example: `  # a report to bring to your physiotherapist: the last four weeks
  rygtimer export --format html --since 4w -o ryg-report.html

  # this year's sessions for a spreadsheet, in Danish Excel
  rygtimer export --format csv --excel --lang da --since 2025-01-01 -o ryg.csv

  # for a script
  rygtimer export --format json | jq '.[] | select(.outcome == "pain_stop")'`,
		Annotations: map[string]string{formKey: "rygtimer export --format csv|md|json|html [--since YYYY-MM-DD|30d|4w] [--excel] [-o FILE] [--lang en|da]"},
		Args:        noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o, err := f.options(e)
			if err != nil {
				return usagef("%v\n%s", err, usageText(cmd))
			}
			o.lang = textLang(e, *lang, cmd.ErrOrStderr())
			return runExport(cmd.Context(), e, cmd.OutOrStdout(), cmd.ErrOrStderr(), o)
		},
	}
	cmd.Flags().Var(newChoice(&f.format, "format", exportFormats...), "format", "format: csv, md (a readable report), json or html (a report to print)")
	cmd.Flags().StringVar(&f.since, "since", "", "only sessions started on or after a date (YYYY-MM-DD) or within a span back from today (30d, 4w)")
	cmd.Flags().BoolVar(&f.excel, "excel", false, "with --format csv: for a spreadsheet in your language (a byte-order mark, and semicolons between cells in Danish)")
	cmd.Flags().StringVarP(&f.out, "output", "o", "", "write to FILE instead of standard output")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(exportFormats...))
	_ = cmd.RegisterFlagCompletionFunc("since", cobra.NoFileCompletions)
	return cmd
}

type exportOptions struct {
	format, out, lang string
	since             time.Time
	excel             bool
}

// options checks the flags together; its errors are usage errors.
func (f exportFlags) options(e env) (exportOptions, error) {
	o := exportOptions{format: f.format, out: f.out, excel: f.excel}
	if o.format == "" {
		o.format = strings.TrimPrefix(strings.ToLower(filepath.Ext(f.out)), ".")
		switch o.format {
		case "markdown":
			o.format = "md"
		case "htm":
			o.format = "html"
		}
		if !slices.Contains(exportFormats, o.format) {
			return o, errors.New("missing --format: choose csv, md, json or html")
		}
	}
	if f.excel && o.format != "csv" {
		return o, fmt.Errorf("--excel is for --format csv, not %s", o.format)
	}
	if f.since != "" {
		t, err := progress.ParseSince(f.since, e.now())
		if err != nil {
			return o, err
		}
		o.since = t
	}
	return o, nil
}

func runExport(ctx context.Context, e env, stdout, stderr io.Writer, o exportOptions) error {
	from := o.since
	if o.format == "html" {
		from = time.Time{} // the report's doses replay the whole journal
	}
	all, _, err := readJournal(ctx, e, from)
	if err != nil {
		return err
	}
	ss := startedSince(all, o.since)
	write := func(w io.Writer) error {
		switch o.format {
		case "csv":
			return export.WriteCSVWith(w, ss, export.CSVOptions{Excel: o.excel, Lang: o.lang})
		case "md":
			return export.WriteMarkdownNamed(w, ss, e.now(), o.lang, exportNames(o.lang, e.customRoutines()))
		case "html":
			return export.WriteHTML(w, htmlReport(e, o, ss, all))
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

// startedSince keeps the sessions started at or after since (all for a
// zero since), as the journal's own Sessions(since) does.
func startedSince(ss []journal.Session, since time.Time) []journal.Session {
	if since.IsZero() {
		return ss
	}
	var out []journal.Session
	for _, s := range ss {
		if !s.StartedAt.Before(since) {
			out = append(out, s)
		}
	}
	return out
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
