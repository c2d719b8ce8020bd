package speech

import (
	"fmt"
	"strings"
)

// Mode is the config's `enabled` setting for [speech] and [sound].
type Mode int

const (
	// Auto is on when a program is found; a configured command counts as
	// found.
	Auto Mode = iota
	// On is the same as Auto (nothing can speak without a program), but
	// says the user asked for it, so a missing program is worth a word on
	// Home.
	On
	// Off never speaks (speech) or never makes a sound, not even the bell
	// (sound).
	Off
)

func (m Mode) String() string {
	switch m {
	case On:
		return "true"
	case Off:
		return "false"
	}
	return "auto"
}

// ParseMode reads `enabled` as TOML gives it: "auto", true or false. A
// missing value (nil or "") is Auto.
func ParseMode(v any) (Mode, error) {
	switch v := v.(type) {
	case nil:
		return Auto, nil
	case bool:
		if v {
			return On, nil
		}
		return Off, nil
	case string:
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "", "auto":
			return Auto, nil
		case "true":
			return On, nil
		case "false":
			return Off, nil
		}
	}
	return Auto, fmt.Errorf(`enabled must be "auto", true or false, not %v`, v)
}
