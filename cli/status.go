package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/rygtimer/rygtimer/export"
	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
)

func newStatusCmd(e env, lang *string) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Print one line for a shell prompt or a tmux status bar",
		Long: `status prints one short line about today: whether you have done your
exercises, how many days in a row, the phase Home suggests, and a warning
to see a doctor first after a warning sign or a pain stop with numbness,
weakness or bladder or bowel trouble in the last seven days.

It only reads the journal, quickly, and exits 0, also before there is a
journal. With --json it prints an object for a script: done_today,
sessions_today, streak, suggested_phase, warning (null or an object with
reason and at) and pain_spreading.`,
		Example: `  # tmux (~/.tmux.conf)
  set -g status-right '#(rygtimer status)'

  # for a script
  rygtimer status --json | jq .streak`,
		Annotations: map[string]string{formKey: "rygtimer status [--json] [--lang en|da]"},
		Args:        noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := loadStatus(cmd.Context(), e)
			if err != nil {
				return err
			}
			if asJSON {
				return export.WriteStatusJSON(cmd.OutOrStdout(), st)
			}
			line := export.StatusLine(st, i18n.NewOnly(textLang(e, *lang, cmd.ErrOrStderr()), "status"))
			_, err = fmt.Fprintln(cmd.OutOrStdout(), line)
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print an object for a script instead of the line")
	return cmd
}

// loadStatus reads the status from the journal; no journal yet is the
// status of no sessions ("not done today"), not a failure.
func loadStatus(ctx context.Context, e env) (progress.Status, error) {
	now := e.now()
	var st progress.Status
	err := withJournal(ctx, e, func(ctx context.Context, s *journal.Store) error {
		var err error
		st, err = progress.LoadStatus(ctx, zoned{s, now.Location()}, now)
		return err
	})
	if errors.Is(err, journal.ErrNoJournal) {
		return progress.StatusOf(nil, now), nil
	}
	return st, err
}

// zoned reads the journal with its times in loc, the zone the status
// counts days in.
type zoned struct {
	s   *journal.Store
	loc *time.Location
}

func (z zoned) Sessions(ctx context.Context, since time.Time) ([]journal.Session, error) {
	ss, err := z.s.Sessions(ctx, since)
	return inZone(ss, z.loc), err
}

func (z zoned) ExercisedStarts(ctx context.Context, since time.Time) ([]time.Time, error) {
	ts, err := z.s.ExercisedStarts(ctx, since)
	for i := range ts {
		ts[i] = ts[i].In(z.loc)
	}
	return ts, err
}
