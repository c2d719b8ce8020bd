// Package progress reads meaning out of a journal's sessions: which
// sessions count (Exercised), done today, streaks, adherence per week, the
// pain trend, the traffic light of a session, how far the pain reached and
// how it moved, the dose of each progressive exercise, the phase Home
// recommends, the day's Status for Home and `rygtimer status`, and the
// figures the History screen and `rygtimer history` draw. Its functions are pure: sessions and a now in, figures out. It
// knows no SQLite, no terminal and no words; its callers name what it
// finds in the patient's language.
package progress
