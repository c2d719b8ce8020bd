// Package journal is rygtimer's record of what the patient did: an
// embedded SQLite database (pure Go, no cgo) with one row per session and
// one per finished hold or set, plus the pure functions that read meaning
// out of it (streaks, adherence, pain trend, progression of doses, the
// recommended phase) and the exports for a physiotherapist.
//
// Every write is its own short transaction, so a crash, a closed terminal
// or kill -9 loses at most the step in progress. The store never deletes
// or overwrites a journal it cannot read: a damaged file is moved aside
// and reported (see Store.Notice), an unreachable one makes Open fail with
// ErrUnavailable so the app can run without saving and say so.
//
// The package knows nothing of the terminal; it must never import Bubble
// Tea or lipgloss.
package journal
