package journal

import "sort"

// After reports whether s started after o: by start, then by id for
// sessions started in the same millisecond. It is the one order of
// sessions everywhere: Sessions returns them newest first by it, and a
// history is read forwards by it.
func (s Session) After(o Session) bool {
	if !s.StartedAt.Equal(o.StartedAt) {
		return s.StartedAt.After(o.StartedAt)
	}
	return s.ID > o.ID
}

// Chronological returns a copy of ss sorted oldest first.
func Chronological(ss []Session) []Session {
	out := append([]Session(nil), ss...)
	sort.SliceStable(out, func(i, j int) bool { return out[j].After(out[i]) })
	return out
}

// NewestFirst returns ss sorted newest first, copying only when it is not
// already in that order (as Sessions returns it).
func NewestFirst(ss []Session) []Session {
	newer := func(i, j int) bool { return ss[i].After(ss[j]) }
	if sort.SliceIsSorted(ss, newer) {
		return ss
	}
	out := append([]Session(nil), ss...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].After(out[j]) })
	return out
}
