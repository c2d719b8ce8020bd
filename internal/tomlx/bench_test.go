package tomlx

import (
	"fmt"
	"strings"
	"testing"
)

// longLine is a document of about n bytes whose values are all on one
// line, with a Danish letter in each so that columns must count
// characters: the shape that made positions quadratic.
func longLine(n int) []byte {
	var b strings.Builder
	b.WriteString("steps = [")
	for b.Len() < n {
		b.WriteString(`"æ", `)
	}
	b.WriteString("\"æ\"]\n")
	return []byte(b.String())
}

// BenchmarkParseLongLine shows that parsing is linear in the size of the
// file: the time per byte stays the same from 1 KB to 1 MB.
func BenchmarkParseLongLine(b *testing.B) {
	for _, size := range []int{1 << 10, 100 << 10, 1 << 20} {
		doc := longLine(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				if _, err := Parse("bench.toml", doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
