package speech_test

import (
	"fmt"

	"github.com/rygtimer/rygtimer/speech"
)

// How the model is meant to use the engine: create it once from the
// config, say each cue from a command (Say returns at once, so the command
// is cheap), ring the bell when Chime asks for it, close it on quit.
func Example() {
	eng := speech.New(speech.Options{
		Speech: speech.Auto,
		Muted:  false, // --quiet
	})
	defer eng.Close()

	if p := eng.SpeechProgram(); p != "" {
		fmt.Println("Speech:", p)
	}
	eng.Say(speech.Danish, "Skift til venstre side.")
	eng.Say(speech.Danish, speech.Number(speech.Danish, 3)+".") // stops the sentence above
	if eng.Chime(speech.SideSwitch) {
		fmt.Print("\a") // the model returns tea.Raw("\a") instead
	}
	eng.SetMuted(true) // m
}
