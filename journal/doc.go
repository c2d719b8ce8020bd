// Package journal is rygtimer's record of what the patient did: an
// embedded SQLite database (pure Go, no cgo) with one row per session and
// one per finished hold or set, its schema and migrations, and the queries
// that write and read it. What the sessions mean (streaks, progression,
// the recommended phase) is package progress; the exports are package
// export.
//
// Every write is its own short transaction, so a crash, a closed terminal
// or kill -9 loses at most the step in progress. The store never deletes
// or overwrites a journal it cannot read: a damaged file is moved aside
// and reported (see Store.Notice), an unreachable one makes Open fail with
// ErrUnavailable so the app can run without saving and say so. It never
// follows a symbolic link to the journal file and never changes the mode
// of a file or folder it did not create. Reading commands use
// OpenReadOnly, which writes nothing at all.
//
// The package knows nothing of the terminal, the catalogs or routines; it
// must never import Bubble Tea, lipgloss, i18n or routines.
package journal
