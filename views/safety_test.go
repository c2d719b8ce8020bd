package views

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/i18n"
)

// safetyKeys is a small help.KeyMap for the screens' help bar; the model
// supplies the real one.
type safetyKeys struct{ bindings []key.Binding }

func (k safetyKeys) ShortHelp() []key.Binding  { return k.bindings }
func (k safetyKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.bindings} }
func (k safetyKeys) Urgent() key.Binding       { return key.Binding{} }

func newSafetyKeys() safetyKeys {
	return safetyKeys{bindings: []key.Binding{
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
	}}
}

// safetyNumbers are the language defaults the model supplies.
func safetyNumbers(lang string) Numbers {
	if lang == i18n.DA {
		return Numbers{Emergency: "112", OutOfHours: "lægevagten (1813 i Region Hovedstaden)", Doctor: "din egen læge"}
	}
	return Numbers{Emergency: "112", OutOfHours: "your local out-of-hours service", Doctor: "your own doctor"}
}

// safetySigns is what the model passes: its red flags by tier.
var safetySigns = map[string][]string{
	TierEmergency: {"sudden_severe"},
	TierNow:       {"bladder_bowel", "saddle_numbness", "leg_weakness", "fever"},
	TierSoon:      {"leg_numbness", "worsening"},
}

var safetyRedFlagIDs = []string{"bladder_bowel", "saddle_numbness", "leg_weakness", "fever", "sudden_severe", "leg_numbness", "worsening"}

type safetyCase struct {
	name   string
	urgent bool // a top-tier screen: the emergency number and "do not wait" must show
	draw   func(c Ctx, n Numbers) string
}

var safetyCases = []safetyCase{
	{"precautions_first", false, func(c Ctx, _ Numbers) string { return PrecautionsScreen(c, Precautions{FirstRun: true}) }},
	{"precautions_home", false, func(c Ctx, _ Numbers) string { return PrecautionsScreen(c, Precautions{}) }},
	{"redflags_list", false, func(c Ctx, _ Numbers) string { return RedFlagsScreen(c, RedFlags{IDs: safetyRedFlagIDs}) }},
	{"redflags_choosing", false, func(c Ctx, _ Numbers) string {
		return RedFlagsScreen(c, RedFlags{IDs: safetyRedFlagIDs, Choosing: true, Cursor: 1})
	}},
	{"redflags_choosing_unsure", false, func(c Ctx, _ Numbers) string {
		return RedFlagsScreen(c, RedFlags{IDs: safetyRedFlagIDs, Choosing: true, Cursor: len(safetyRedFlagIDs)})
	}},
	{"seekhelp_emergency", true, func(c Ctx, n Numbers) string {
		return SeekHelpScreen(c, SeekHelp{Tier: TierEmergency, RedFlag: "sudden_severe", Numbers: n})
	}},
	{"seekhelp_now", true, func(c Ctx, n Numbers) string {
		return SeekHelpScreen(c, SeekHelp{Tier: TierNow, RedFlag: "bladder_bowel", Numbers: n})
	}},
	{"seekhelp_now_unsure", true, func(c Ctx, n Numbers) string {
		return SeekHelpScreen(c, SeekHelp{Tier: TierNow, RedFlag: "unsure", Numbers: n})
	}},
	{"seekhelp_soon", false, func(c Ctx, n Numbers) string {
		return SeekHelpScreen(c, SeekHelp{Tier: TierSoon, RedFlag: "leg_numbness", Numbers: n})
	}},
	{"seekhelp_soon_offer", false, func(c Ctx, n Numbers) string {
		return SeekHelpScreen(c, SeekHelp{Tier: TierSoon, RedFlag: "worsening", Numbers: n, Offer: map[string]string{"en": "Pain relief", "da": "Smertelindring"}[c.Cat.Lang()]})
	}},
	{"painhigh_suggest", false, func(c Ctx, _ Numbers) string {
		return PainHighScreen(c, PainHigh{Pain: 8, Suggest: true, Choices: []string{c.Cat.T("painhigh.instead", "Routine", "X"), c.Cat.T("painhigh.go_on", "Routine", "Y")}})
	}},
	{"painhigh_gently", false, func(c Ctx, _ Numbers) string {
		return PainHighScreen(c, PainHigh{Pain: 7, Choices: []string{c.Cat.T("painhigh.go_on", "Routine", "X")}})
	}},
	{"seekhelp_plan", false, func(c Ctx, n Numbers) string {
		return SeekHelpScreen(c, SeekHelp{Tier: TierPlan, RedFlag: "worsening", Numbers: n})
	}},
	{"seekhelp_selfcare", false, func(c Ctx, n Numbers) string {
		return SeekHelpScreen(c, SeekHelp{Tier: TierSelfCare, RedFlag: "worsening", Numbers: n})
	}},
	{"painstop_unanswered", false, func(c Ctx, n Numbers) string {
		return PainStopScreen(c, PainStop{Exercise: safetyExercise(c), Numbers: n})
	}},
	{"painstop_back", false, func(c Ctx, n Numbers) string {
		return PainStopScreen(c, PainStop{Exercise: safetyExercise(c), Answer: "back", Tier: TierSelfCare, Numbers: n})
	}},
	{"painstop_leg", false, func(c Ctx, n Numbers) string {
		return PainStopScreen(c, PainStop{Exercise: safetyExercise(c), Answer: "leg", Tier: TierSoon, Numbers: n})
	}},
	{"painstop_nerve", true, func(c Ctx, n Numbers) string {
		return PainStopScreen(c, PainStop{Exercise: safetyExercise(c), Answer: "nerve", Tier: TierNow, Numbers: n})
	}},
	{"painstop_no_exercise", false, func(c Ctx, n Numbers) string {
		return PainStopScreen(c, PainStop{Answer: "leg", Tier: TierSoon, Numbers: n})
	}},
	{"painstop_reach_unanswered", false, func(c Ctx, n Numbers) string {
		return PainStopScreen(c, PainStop{Exercise: safetyExercise(c), Numbers: n, Reach: safetyReach(c)})
	}},
	{"painstop_reach_leg", false, func(c Ctx, n Numbers) string {
		return PainStopScreen(c, PainStop{Exercise: safetyExercise(c), Answer: "leg", Tier: TierSoon, Numbers: n, Reach: safetyReach(c)})
	}},
	{"painstop_reach_nerve", true, func(c Ctx, n Numbers) string {
		return PainStopScreen(c, PainStop{Exercise: safetyExercise(c), Answer: "nerve", Tier: TierNow, Numbers: n, Reach: safetyReach(c)})
	}},
	{"info_faq", false, func(c Ctx, n Numbers) string { return InfoScreen(c, Info{Page: "faq", Numbers: n}) }},
	{"info_faq_scrolled", false, func(c Ctx, n Numbers) string { return InfoScreen(c, Info{Page: "faq", Scroll: 6, Numbers: n}) }},
	{"info_seekhelp", false, func(c Ctx, n Numbers) string {
		return InfoScreen(c, Info{Page: "seekhelp", Signs: safetySigns, Numbers: n})
	}},
	{"info_seekhelp_end", false, func(c Ctx, n Numbers) string {
		return InfoScreen(c, Info{Page: "seekhelp", Signs: safetySigns, Scroll: 1000, Numbers: n})
	}},
	{"info_precautions", false, func(c Ctx, n Numbers) string { return InfoScreen(c, Info{Page: "precautions", Numbers: n}) }},
	{"info_about", false, func(c Ctx, n Numbers) string {
		return InfoScreen(c, Info{Page: "about", Numbers: n, Version: "v1.0.0"})
	}},
	{"info_about_end", false, func(c Ctx, n Numbers) string {
		return InfoScreen(c, Info{Page: "about", Scroll: 1000, Numbers: n, Version: "v1.0.0"})
	}},
}

func safetyExercise(c Ctx) string {
	if c.Cat.Lang() == i18n.DA {
		return "Knæ-til-bryst-stræk"
	}
	return "Knee-to-chest stretch"
}

// safetyReach is the pain stop's second question, as the model fills it.
func safetyReach(c Ctx) *ReachQuestion {
	q := ReachQuestion{Question: c.Cat.T("reach.question"), Hint: c.Cat.T("painstop.reach_hint")}
	for _, r := range []string{"back", "buttock_thigh", "below_knee", "foot"} {
		q.Choices = append(q.Choices, c.Cat.T("reach."+r))
	}
	return &q
}

func safetyCtx(lang string, w, h int) Ctx {
	return Ctx{Cat: i18n.New(lang), St: NewStyles(true), Width: w, Height: h, Keys: newSafetyKeys()}
}

var safetyMissingKey = regexp.MustCompile(`![a-z_]+\.[a-z_.]+`)

// checkSafetyScreen asserts what every safety screen must hold at any size.
func checkSafetyScreen(t *testing.T, tc safetyCase, c Ctx, out string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) > c.Height {
		t.Errorf("%d lines, window has %d", len(lines), c.Height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > c.Width {
			t.Errorf("line %d is %d cells wide, window has %d: %q", i+1, w, c.Width, ansi.Strip(l))
		}
	}
	plain := ansi.Strip(out)
	if m := safetyMissingKey.FindString(plain); m != "" {
		t.Errorf("missing catalog key %s", m)
	}
	if strings.HasPrefix(tc.name, "painstop") {
		want := map[string]string{i18n.EN: "Stopped", i18n.DA: "Stoppet"}[c.Cat.Lang()]
		title := ""
		for _, l := range lines { // the first line with text: large windows centre the screen
			if strings.TrimSpace(ansi.Strip(l)) != "" {
				title = l
				break
			}
		}
		if !strings.Contains(title, want) {
			t.Errorf("pain-stop title %q does not contain %q", ansi.Strip(title), want)
		}
	}
	if tc.urgent {
		wait := map[string]string{i18n.EN: "Do not wait until tomorrow.", i18n.DA: "Vent ikke til i morgen."}[c.Cat.Lang()]
		for _, s := range []string{"112", wait} {
			if !strings.Contains(plain, s) {
				t.Errorf("top-tier screen does not show %q", s)
			}
		}
	}
}

// TestSafetyScreens draws every safety screen in both languages at the
// two golden sizes (and checks the smallest window without a golden).
func TestSafetyScreens(t *testing.T) {
	t.Parallel()
	sizes := [][2]int{{80, 24}, {120, 40}}
	for _, tc := range safetyCases {
		for _, lang := range i18n.Languages {
			for _, sz := range sizes {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", tc.name, lang, sz[0], sz[1]), func(t *testing.T) {
					t.Parallel()
					c := safetyCtx(lang, sz[0], sz[1])
					out := tc.draw(c, safetyNumbers(lang))
					checkSafetyScreen(t, tc, c, out)
					requireGolden(t, []byte(ansi.Strip(out)))
				})
			}
		}
	}
}

// TestSafetyScreensSmallest checks the layout rules at the smallest
// window the app draws, and with the save-error line taking a row.
func TestSafetyScreensSmallest(t *testing.T) {
	t.Parallel()
	for _, tc := range safetyCases {
		for _, lang := range i18n.Languages {
			for _, saveErr := range []bool{false, true} {
				c := safetyCtx(lang, MinWidth, MinHeight)
				c.SaveErr = saveErr
				out := tc.draw(c, safetyNumbers(lang))
				t.Run(fmt.Sprintf("%s_%s_saveerr=%v", tc.name, lang, saveErr), func(t *testing.T) {
					t.Parallel()
					checkSafetyScreen(t, tc, c, out)
				})
			}
		}
	}
}

// The first-run precautions must end with the acknowledge line, even on
// the smallest window.
func TestPrecautionsAcknowledgeShows(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		for _, sz := range [][2]int{{MinWidth, MinHeight}, {80, 24}} {
			c := safetyCtx(lang, sz[0], sz[1])
			out := ansi.Strip(PrecautionsScreen(c, Precautions{FirstRun: true}))
			if ack := c.Cat.T("precautions.ack"); !strings.Contains(out, ack) {
				t.Errorf("%s %dx%d: no %q", lang, sz[0], sz[1], ack)
			}
		}
	}
}

// The chosen line of a menu is marked with ►, not by colour alone.
func TestMarkersNotColourAlone(t *testing.T) {
	t.Parallel()
	c := safetyCtx(i18n.EN, 80, 24)
	out := ansi.Strip(RedFlagsScreen(c, RedFlags{IDs: safetyRedFlagIDs, Choosing: true, Cursor: 3}))
	if !strings.Contains(out, "► "+c.Cat.T("redflag.fever")) {
		t.Errorf("cursor line not marked:\n%s", out)
	}
	if strings.Count(out, "►") != 1 {
		t.Errorf("want one marker, got %d", strings.Count(out, "►"))
	}
	out = ansi.Strip(PainStopScreen(c, PainStop{Answer: "leg", Tier: TierSoon, Numbers: safetyNumbers(i18n.EN)}))
	if !strings.Contains(out, "► 2  "+c.Cat.T("painstop.where_leg")) {
		t.Errorf("answer not marked:\n%s", out)
	}
}

// Scroll is clamped: past the end shows the end, below zero the top, and
// InfoMaxScroll is where the end starts.
func TestInfoScrollClamps(t *testing.T) {
	t.Parallel()
	for _, page := range []string{"faq", "seekhelp", "precautions", "about"} {
		c := safetyCtx(i18n.DA, 80, 24)
		v := Info{Page: page, Signs: safetySigns, Numbers: safetyNumbers(i18n.DA), Version: "v1"}
		maxS := InfoMaxScroll(c, v)
		at := func(s int) string { v.Scroll = s; return InfoScreen(c, v) }
		if at(-5) != at(0) {
			t.Errorf("%s: negative scroll differs from 0", page)
		}
		if at(maxS+50) != at(maxS) {
			t.Errorf("%s: scroll past the end differs from InfoMaxScroll %d", page, maxS)
		}
		if maxS > 0 {
			if !strings.Contains(ansi.Strip(at(0)), c.Cat.T("info.more_down")) {
				t.Errorf("%s: cut page has no ↓ mark", page)
			}
			if strings.Contains(ansi.Strip(at(maxS)), c.Cat.T("info.more_down")) {
				t.Errorf("%s: ↓ mark at the end of the page", page)
			}
		}
	}
}

// A blank emergency number never leaves "call  now" on the screen.
func TestBlankEmergencyNumber(t *testing.T) {
	t.Parallel()
	c := safetyCtx(i18n.EN, 80, 24)
	out := ansi.Strip(SeekHelpScreen(c, SeekHelp{Tier: TierEmergency, RedFlag: "sudden_severe",
		Numbers: Numbers{OutOfHours: "x", Doctor: "y"}}))
	if !strings.Contains(out, "CALL 112 NOW") {
		t.Errorf("no fallback emergency number:\n%s", out)
	}
}

// The pain stop shows when to get help before any answer, with the
// numbers, and the way on, at every golden size and the smallest.
func TestPainStopGuidanceBeforeAnswer(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		for _, sz := range [][2]int{{MinWidth, MinHeight}, {80, 24}, {120, 40}} {
			for _, saveErr := range []bool{false, true} {
				c := safetyCtx(lang, sz[0], sz[1])
				c.SaveErr = saveErr
				n := safetyNumbers(lang)
				out := ansi.Strip(PainStopScreen(c, PainStop{Exercise: safetyExercise(c), Numbers: n}))
				flat := strings.Join(strings.Fields(out), " ")
				for _, want := range []string{"112", "1813", c.Cat.T("painstop.guide.rest"), c.Cat.T("painstop.question")} {
					if lang == i18n.EN && want == "1813" {
						want = n.OutOfHours
					}
					if !strings.Contains(flat, want) {
						t.Errorf("%s %dx%d saveErr=%v: no %q:\n%s", lang, sz[0], sz[1], saveErr, want, out)
					}
				}
				choose, short := strings.Join(strings.Fields(c.Cat.T("painstop.choose")), " "), c.Cat.T("painstop.choose_short")
				if !strings.Contains(flat, choose) && !strings.Contains(flat, short) {
					t.Errorf("%s %dx%d saveErr=%v: the way on is cut:\n%s", lang, sz[0], sz[1], saveErr, out)
				}
			}
		}
	}
}

// The pain stop's second question (how far the pain reaches) comes below
// the guidance, never in its place: at every golden size and the smallest,
// the guidance for the first answer (or, unanswered, when to get help)
// and the question's four choices and way on are all on screen.
func TestPainStopReachBelowGuidance(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		for _, sz := range [][2]int{{MinWidth, MinHeight}, {80, 24}, {120, 40}} {
			c := safetyCtx(lang, sz[0], sz[1])
			n := safetyNumbers(lang)
			q := safetyReach(c)
			for answer, guidance := range map[string]string{"": c.Cat.T("painstop.guide.rest"), "leg": c.Cat.T("painstop.leg.sign"), "nerve": "112"} {
				tier := map[string]string{"": TierSelfCare, "leg": TierSoon, "nerve": TierNow}[answer]
				out := ansi.Strip(PainStopScreen(c, PainStop{Exercise: safetyExercise(c), Answer: answer, Tier: tier, Numbers: n, Reach: q}))
				flat := strings.Join(strings.Fields(out), " ")
				at := strings.Index(flat, guidance)
				wants := append([]string{q.Question}, q.Choices...)
				wants = append(wants, strings.Join(strings.Fields(q.Hint), " "))
				for _, want := range wants {
					if i := strings.Index(flat, want); i < 0 || at < 0 || i < at {
						t.Errorf("%s %dx%d answer %q: %q missing or above the guidance %q:\n%s", lang, sz[0], sz[1], answer, want, guidance, out)
					}
				}
			}
		}
	}
}

// The soon tier's offer keeps both choices on screen at the smallest
// window.
func TestSoonOfferShowsBothChoices(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		for _, saveErr := range []bool{false, true} {
			c := safetyCtx(lang, MinWidth, MinHeight)
			c.SaveErr = saveErr
			out := ansi.Strip(SeekHelpScreen(c, SeekHelp{Tier: TierSoon, RedFlag: "worsening", Numbers: safetyNumbers(lang), Offer: "X"}))
			for _, want := range []string{c.Cat.T("seekhelp.offer.start", "Routine", "X"), c.Cat.T("seekhelp.offer.not_today")} {
				if !strings.Contains(out, want) {
					t.Errorf("%s saveErr=%v: no %q:\n%s", lang, saveErr, want, out)
				}
			}
		}
	}
}
