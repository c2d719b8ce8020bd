package cli

import (
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/internal/termtext"
	"github.com/rygtimer/rygtimer/model"
	"github.com/rygtimer/rygtimer/speech"
)

// voice is what the announcer needs of a speech.Engine; tests give it a
// fake that records.
type voice interface {
	Say(lang speech.Lang, text string)
	Chime(c speech.Chime) (ringBell bool)
	SetMuted(muted bool)
}

// announcer carries out the model's announcements: it speaks and chimes
// through the speech engine (which never blocks) and, in accessible mode,
// prints the lines above the program. The model numbers its
// announcements, but Bubble Tea runs commands on goroutines of their own,
// in any order; the announcer puts them back in order, so an older cue
// never cuts off a newer one and printed lines never swap.
type announcer struct {
	voice voice
	print bool          // accessible mode: print the lines
	send  func(tea.Msg) // the program's Send
	mu    sync.Mutex
	next  uint64                        // the number of the announcement due next
	early map[uint64]model.Announcement // arrived before their turn
}

func newAnnouncer(v voice, print bool) *announcer {
	return &announcer{voice: v, print: print, early: map[uint64]model.Announcement{}}
}

// Announce implements model.Announcer.
func (a *announcer) Announce(seq uint64, an model.Announcement) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if seq < a.next {
		return // a model value replayed; its turn has passed
	}
	a.early[seq] = an
	for {
		an, ok := a.early[a.next]
		if !ok {
			return
		}
		delete(a.early, a.next)
		a.next++
		a.carryOut(an)
	}
}

func (a *announcer) carryOut(an model.Announcement) {
	if an.Mute {
		a.voice.SetMuted(true)
	}
	if an.Unmute {
		a.voice.SetMuted(false)
	}
	if an.HasChime && a.voice.Chime(an.Chime) {
		a.deliver(tea.Raw("\a")())
	}
	if an.Say != "" {
		a.voice.Say(speech.Lang(an.Lang), an.Say)
	}
	if a.print && len(an.Lines) > 0 {
		a.deliver(tea.Println(strings.Join(an.Lines, "\n"))())
	}
}

// deliver hands a message to the program; Send returns at once once the
// program has ended.
func (a *announcer) deliver(msg tea.Msg) {
	if a.send != nil {
		a.send(msg)
	}
}

// hearing is the help screen's line on sound: which program speaks, which
// plays the chimes, or why none does.
func hearing(cat *i18n.Catalog, e *speech.Engine, opts speech.Options) string {
	said := heardBy(cat, "hearing.speech", opts.Speech, e.SpeechProgram())
	chimes := heardBy(cat, "hearing.chimes", opts.Sound, e.SoundProgram())
	line := said + " " + chimes
	if err := e.Err(); err != nil {
		// A program that cannot reach the sound card fails quietly
		// otherwise: say why, for whoever sets it up.
		line += " " + cat.T("hearing.failed", "Reason", termtext.Clean(err.Error()))
	}
	return line + " " + cat.T("hearing.muted")
}

// heardBy says one line of hearing: off by the config, the program, or
// its stand-in when none was found (id+"_off", id, id+"_none").
func heardBy(cat *i18n.Catalog, id string, mode speech.Mode, program string) string {
	switch {
	case mode == speech.Off:
		return cat.T(id + "_off")
	case program != "":
		return cat.T(id, "Program", termtext.Clean(program))
	}
	return cat.T(id + "_none")
}
