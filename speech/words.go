package speech

import (
	"strconv"
	"strings"
)

// Number returns n as words in lang, for sentences that are heard: a voice
// may read "3." as an ordinal in Danish ("tredje"), and words sound the
// same whichever program speaks. Numbers from 0 to 99 become words; others
// stay digits, which every voice reads as a number. Danish from 50 up
// stays digits too: espeak-ng reads the written "halvtreds",
// "halvfjerds" and "seksogtres" wrongly (a sounded d, the stress on the
// wrong syllable) and the digits right, and a count that high is never
// one of the short words that matter (a hold or a rest of a minute).
func Number(lang Lang, n int) string {
	if n < 0 || n > 99 || lang == Danish && n >= 50 {
		return strconv.Itoa(n)
	}
	if lang == Danish {
		return danishNumber(n)
	}
	return englishNumber(n)
}

var englishUnder20 = [...]string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen",
}

var englishTens = [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func englishNumber(n int) string {
	if n < 20 {
		return englishUnder20[n]
	}
	if n%10 == 0 {
		return englishTens[n/10]
	}
	return englishTens[n/10] + "-" + englishUnder20[n%10]
}

// Danish "én" (not "en" or "et") is the one of counting ("Én. Vip.").
var danishUnder20 = [...]string{
	"nul", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni",
	"ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten",
	"sytten", "atten", "nitten",
}

var danishTens = [...]string{"", "", "tyve", "tredive", "fyrre"}

// danishNumber puts the ones before the tens, as Danish does: 21 is
// "enogtyve".
func danishNumber(n int) string {
	if n < 20 {
		return danishUnder20[n]
	}
	if n%10 == 0 {
		return danishTens[n/10]
	}
	ones := danishUnder20[n%10]
	if n%10 == 1 {
		ones = "en"
	}
	return ones + "og" + danishTens[n/10]
}

// SpokenName returns an exercise's name as it should be heard: without the
// parts in parentheses, which voices read with long pauses and which make
// a Danish name take over two seconds ("Kobra (bagoverbøjning i
// maveleje)" → "Kobra"). A name that is all brackets is kept as it is.
func SpokenName(name string) string {
	var b strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	spoken := strings.Join(strings.Fields(b.String()), " ")
	if spoken == "" {
		return strings.TrimSpace(name)
	}
	return spoken
}
