package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/journal"
)

// csvHeader names the CSV columns: the session's fields, then the step's,
// then the columns added later (appended, so a script reading columns by
// position keeps working).
var csvHeader = []string{
	"session_id", "started_at", "ended_at", "routine", "phase", "outcome",
	"pain_before", "pain_after", "note", "pain_where", "red_flag",
	"exercise", "side", "set", "planned", "done", "unit", "completed", "step_at",
	"pain_reach_before", "pain_reach_after", "skipped",
}

// CSVOptions change how WriteCSVWith writes.
type CSVOptions struct {
	// Excel writes for a spreadsheet in the user's locale (`export
	// --format csv --excel`): UTF-8 with a byte-order mark, so Excel
	// reads æøå as UTF-8, and for Danish (Lang "da") ';' between cells,
	// because Danish Excel takes ',' for the decimal comma. Every figure
	// rygtimer exports is a whole number (pain 0–10, seconds,
	// repetitions) and times are RFC 3339, so no cell needs the decimal
	// comma; a decimal added later must use one in Danish. Without Excel
	// the file is plain RFC 4180: ',' and no BOM.
	Excel bool
	Lang  string
}

// WriteCSV writes plain RFC 4180 CSV; see WriteCSVWith.
func WriteCSV(w io.Writer, ss []journal.Session) error {
	return WriteCSVWith(w, ss, CSVOptions{})
}

// WriteCSVWith writes one row per step with its session's fields
// repeated, so the file sorts and filters well in a spreadsheet; a session
// without steps gets one row with the step columns empty. Values not given
// are empty cells. Every text cell is made safe for a spreadsheet (see
// cell): a note cannot become a formula.
func WriteCSVWith(w io.Writer, ss []journal.Session, o CSVOptions) error {
	if o.Excel {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if o.Excel && o.Lang == i18n.DA {
		cw.Comma = ';'
	}
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, s := range journal.Chronological(ss) {
		head := []string{
			strconv.FormatInt(s.ID, 10), rfc3339(s.StartedAt), optRFC3339(s.EndedAt),
			cell(s.Routine), cell(s.Phase), cell(string(s.Outcome)),
			optInt(s.PainBefore), optInt(s.PainAfter), cell(s.Note), cell(s.PainWhere), cell(s.RedFlag),
		}
		tail := []string{cell(string(s.PainReachBefore)), cell(string(s.PainReachAfter))}
		if len(s.Steps) == 0 {
			row := append(append(head, make([]string, 8)...), append(tail, "")...)
			if err := cw.Write(row); err != nil {
				return err
			}
			continue
		}
		for _, st := range s.Steps {
			row := append(append([]string(nil), head...),
				cell(st.Exercise), cell(st.Side), strconv.Itoa(st.Set), strconv.Itoa(st.Planned), strconv.Itoa(st.Done),
				cell(st.Unit), strconv.FormatBool(st.Completed), rfc3339(st.At))
			row = append(append(row, tail...), strconv.FormatBool(st.Skipped))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell makes outside text (a note, a custom routine's ids) safe in a
// spreadsheet: line breaks become spaces and other control characters
// U+FFFD (termtext.Clean), and a cell that a spreadsheet would run as a
// formula, starting with = + - @ (after any spaces, which some strip;
// tabs and carriage returns are gone by then), gets a leading apostrophe, the spreadsheets' own mark for
// "text" (OWASP's advice on CSV injection).
func cell(s string) string {
	s = termtext.Clean(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s))
	if t := strings.TrimLeft(s, " "); t != "" && strings.ContainsRune("=+-@\t\r", rune(t[0])) {
		return "'" + s
	}
	return s
}
