// Package export writes a journal's sessions for a physiotherapist or a
// script: CSV (one row per step), JSON (DESIGN §8's array) and a Markdown
// report in English or Danish, and WriteFileAtomic, which replaces a file
// only with a complete new one. The figures in the report come from
// package progress; export only lays them out.
package export
