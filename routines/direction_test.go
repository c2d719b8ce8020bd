package routines

import (
	"strings"
	"testing"
)

// Every exercise that bends the back forward or back carries the fact
// sheet's pain rules in both languages (pain spreading further down the
// leg: stop it; pain moving back towards the spine: a good sign), once and
// without the general "skip it if it is worse", which the intro says under
// every caution. The pain-relief routine says once which direction to
// skip.
func TestDirectionCautions(t *testing.T) {
	t.Parallel()
	directional := map[string]bool{"pelvic-tilt": true, "knee-to-chest": true, "press-up": true, "cobra": true}
	want := map[string][]string{
		"en": {"further down your leg, stop this exercise", "towards your spine is a good sign"},
		"da": {"længere ned i benet, så stop øvelsen", "op mod ryggen, er det et godt tegn"},
	}
	worse := map[string]string{"en": "worse", "da": "værre"}
	for _, r := range BuiltIns() {
		for _, e := range r.Exercises {
			if !directional[e.ID] {
				continue
			}
			for lang, parts := range want {
				c := e.Caution.In(lang)
				for _, p := range parts {
					if strings.Count(c, p) != 1 {
						t.Errorf("%s/%s %s caution %q: want %q once", r.ID, e.ID, lang, c, p)
					}
				}
				if strings.Contains(c, worse[lang]) {
					t.Errorf("%s/%s %s caution repeats the intro's skip line: %q", r.ID, e.ID, lang, c)
				}
			}
		}
		if r.Phase == PainRelief {
			for lang, p := range map[string]string{"en": "skip the one that sends pain down your leg", "da": "Spring den over, der sender smerten ned i benet"} {
				if !strings.Contains(r.Description.In(lang), p) {
					t.Errorf("pain relief %s description lacks %q", lang, p)
				}
			}
		}
	}
}
