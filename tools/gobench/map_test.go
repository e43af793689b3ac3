// Package gobench times Go's own map (Swiss tables in 1.24+) for the operations Gort's SwissMapBenchmarks measure:
// insert N keys into a new map, lookup hit, lookup miss, range over the map, for int64 and string keys, N in {8, 1000, 1000000}.
// Keys are random (seeded) like the C# benchmarks'; string keys are "k" + decimal. Times are per operation.
package gobench

import (
	"math/rand"
	"strconv"
	"testing"
)

var sizes = []int{8, 1000, 1000000}

func int64Keys(n int, seed int64) []int64 {
	r := rand.New(rand.NewSource(seed))
	k := make([]int64, n)
	for i := range k {
		k[i] = r.Int63()
	}
	return k
}

func strKeys(n int, seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	k := make([]string, n)
	for i := range k {
		k[i] = "k" + strconv.FormatInt(r.Int63(), 10)
	}
	return k
}

var sink int64

func BenchmarkInt64(b *testing.B) {
	for _, n := range sizes {
		keys, miss := int64Keys(n, 1), int64Keys(n, 2)
		m := make(map[int64]int64)
		for _, k := range keys {
			m[k] = 1
		}
		b.Run("Insert/N="+strconv.Itoa(n), func(b *testing.B) {
			for i := 0; i < b.N; i += n {
				x := make(map[int64]int64)
				for _, k := range keys {
					x[k] = 1
				}
			}
		})
		b.Run("LookupHit/N="+strconv.Itoa(n), func(b *testing.B) {
			var s int64
			for i := 0; i < b.N; {
				for _, k := range keys {
					s += m[k]
				}
				i += n
			}
			sink = s
		})
		b.Run("LookupMiss/N="+strconv.Itoa(n), func(b *testing.B) {
			var s int64
			for i := 0; i < b.N; {
				for _, k := range miss {
					s += m[k]
				}
				i += n
			}
			sink = s
		})
		b.Run("Iterate/N="+strconv.Itoa(n), func(b *testing.B) {
			var s int64
			for i := 0; i < b.N; {
				for _, v := range m {
					s += v
				}
				i += n
			}
			sink = s
		})
	}
}

func BenchmarkString(b *testing.B) {
	for _, n := range sizes {
		keys, miss := strKeys(n, 1), strKeys(n, 2)
		m := make(map[string]int64)
		for _, k := range keys {
			m[k] = 1
		}
		b.Run("Insert/N="+strconv.Itoa(n), func(b *testing.B) {
			for i := 0; i < b.N; i += n {
				x := make(map[string]int64)
				for _, k := range keys {
					x[k] = 1
				}
			}
		})
		b.Run("LookupHit/N="+strconv.Itoa(n), func(b *testing.B) {
			var s int64
			for i := 0; i < b.N; {
				for _, k := range keys {
					s += m[k]
				}
				i += n
			}
			sink = s
		})
		b.Run("LookupMiss/N="+strconv.Itoa(n), func(b *testing.B) {
			var s int64
			for i := 0; i < b.N; {
				for _, k := range miss {
					s += m[k]
				}
				i += n
			}
			sink = s
		})
		b.Run("Iterate/N="+strconv.Itoa(n), func(b *testing.B) {
			var s int64
			for i := 0; i < b.N; {
				for _, v := range m {
					s += v
				}
				i += n
			}
			sink = s
		})
	}
}
