package views

import (
	"bufio"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
)

// historyTextWidth is the width `rygtimer history` lays its text out for.
const historyTextWidth = 80

// HistoryText writes the history as plain text, without colours or other
// escape codes, for `rygtimer history` in a pipe: the same facts, pain
// chart and weeks as the History screen, then every session, newest
// first. ss may come in any order; names maps routine ids to names in
// cat's language; now is the caller's clock (views never reads one).
func HistoryText(w io.Writer, cat *i18n.Catalog, ss []journal.Session, names map[string]string, now time.Time) error {
	ss = journal.NewestFirst(ss)
	c := Ctx{Cat: cat, Width: historyTextWidth}
	h := newHistoryDoc(c, names, now)
	bw := bufio.NewWriter(w)
	line := func(s string) {
		bw.WriteString(strings.TrimRight(ansi.Strip(s), " ") + "\n")
	}
	line(cat.T("history.text_title", "Date", h.dn.DateTime(now)))
	line("")
	if len(ss) == 0 {
		line(cat.T("history.empty"))
		return bw.Flush()
	}
	head := h.head(ss, historyTextWidth)
	cols := h.columns(ss, historyTextWidth)
	head[len(head)-1] = h.header(cols)
	for _, l := range head {
		line(l)
	}
	for _, s := range ss {
		for _, l := range h.row(s, cols) {
			line(l)
		}
	}
	return bw.Flush()
}
