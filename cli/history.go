package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

// maxDays bounds --days at a hundred years: more reaches back before any
// journal, and a huge number would overflow the date it counts back to.
const maxDays = 36500

func newHistoryCmd(e env, lang *string) *cobra.Command {
	var days int
	cmd := &cobra.Command{
		Use:   "history",
		Short: "Print your sessions, pain and streak as plain text",
		Long: `history prints the journal as plain text: your streak, this week's
sessions, pain before and after each session as a chart, the days you
exercised in the last 8 weeks, and every session, newest first.

It only reads the journal. With --days it covers only the last N days
(today counts as one); the streak then counts only those days too.`,
		Example: `  # everything in the journal
  rygtimer history

  # the last two weeks, in Danish, one page at a time
  rygtimer history --days 14 --lang da | less`,
		Annotations: map[string]string{formKey: "rygtimer history [--days N] [--lang en|da]"},
		Args:        noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Flags().Changed("days") && (days < 1 || days > maxDays) {
				return usagef("invalid argument \"%d\" for --days: use a number of days from 1 to %d\n%s", days, maxDays, usageText(cmd))
			}
			return runHistory(cmd.Context(), e, cmd.OutOrStdout(), cmd.ErrOrStderr(), textLang(e, *lang, cmd.ErrOrStderr()), days)
		},
	}
	cmd.Flags().IntVar(&days, "days", 0, "only the last N days, today included (default: all)")
	return cmd
}

func runHistory(ctx context.Context, e env, stdout, stderr io.Writer, lang string, days int) error {
	now := e.now()
	var since time.Time
	if days > 0 {
		since = progress.DayStart(now, days-1)
	}
	ss, found, err := readJournal(ctx, e, since)
	if err != nil {
		return err
	}
	cat := i18n.New(lang)
	if found && len(ss) == 0 && days > 0 {
		_, err := fmt.Fprintln(stdout, cat.N("cli.history.none_in_days", days))
		return err
	}
	// Routine ids and names, notes and answers come from the journal and
	// from files someone else wrote; views.HistoryText strips ANSI
	// sequences but not every control character (a BEL, C1 CSI), so the
	// whole text passes through termtext before it reaches a terminal.
	var b strings.Builder
	if err := views.HistoryText(&b, cat, ss, routineNames(lang, e.customRoutines()), now); err != nil {
		return err
	}
	_, err = io.WriteString(stdout, termtext.CleanLines(b.String()))
	return err
}

// checkDataHome refuses to go on without a home for the journal: with
// neither HOME nor an absolute XDG_DATA_HOME, xdg falls back to "/" and
// the journal would be made in /.local/share, or not at all.
func checkDataHome(getenv func(string) string) error {
	if getenv("HOME") != "" || filepath.IsAbs(getenv("XDG_DATA_HOME")) {
		return nil
	}
	return usagef("HOME is not set, so there is no folder for the journal; set HOME (or XDG_DATA_HOME to a full path) and try again")
}

// readJournal returns the sessions started at or after since (all for a
// zero since), with their times in e's zone. found is false when there is
// no journal yet, which is no error: nothing has been recorded. A journal
// that exists but cannot be used is a failure (exit 1) that says what to
// do.
func readJournal(ctx context.Context, e env, since time.Time) (ss []journal.Session, found bool, err error) {
	err = withJournal(ctx, e, func(ctx context.Context, s *journal.Store) error {
		ss, err = s.Sessions(ctx, since)
		return err
	})
	if errors.Is(err, journal.ErrNoJournal) {
		return nil, false, nil
	}
	if err != nil {
		return nil, true, err
	}
	return inZone(ss, e.now().Location()), true, nil
}

// withJournal opens the journal read-only for read. With no journal yet
// it returns journal.ErrNoJournal and creates nothing.
func withJournal(ctx context.Context, e env, read func(context.Context, *journal.Store) error) error {
	if err := checkDataHome(e.getenv); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	s, err := journal.OpenReadOnly(ctx, e.journalPath())
	if errors.Is(err, journal.ErrNoJournal) {
		return err
	}
	if err != nil {
		return journalFailure(err)
	}
	defer s.Close()
	if err := read(ctx, s); err != nil {
		return journalFailure(err)
	}
	return nil
}

// journalFailure says what to do about a journal that cannot be read. A
// damaged file is only set aside by the app (reading commands change
// nothing), so that is the advice; anything else is a matter of
// ownership, permissions or space.
func journalFailure(err error) error {
	if journal.IsDamaged(err) {
		return fmt.Errorf("%w\nThe journal file seems damaged. Start rygtimer once: it will set the file aside, untouched, and start a new journal", err)
	}
	return fmt.Errorf("%w\nNothing was changed. Check that the journal file and its folder belong to you and that the disk is not full, then try again", err)
}

// routineNames maps routine ids to their names in lang.
func routineNames(lang string, custom []routines.Routine) map[string]string {
	names := map[string]string{}
	for _, r := range append(routines.BuiltIns(), custom...) {
		if _, ok := names[r.ID]; !ok {
			names[r.ID] = r.Name.In(lang)
		}
	}
	return names
}
