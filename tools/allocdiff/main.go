// Command allocdiff prints, for a sweep of allocation sizes and a few tiny-allocator sequences, the change in
// runtime.MemStats Mallocs and TotalAlloc. Run it under several toolchains and diff the output: identical output
// means the allocator's observable accounting (size classes, roundupsize, malloc headers, small limit, tiny
// allocator) did not change between them. Run with GOGC=off GOMAXPROCS=1.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"unsafe"
)

var sinkP unsafe.Pointer
var sinkAny any

func measure(f func()) (uint64, uint64) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs, b.TotalAlloc - a.TotalAlloc
}

func main() {
	debug.SetGCPercent(-1)
	sizes := []int{}
	for n := 1; n <= 1100; n++ {
		sizes = append(sizes, n)
	}
	for n := 1100; n <= 70000; n += 37 {
		sizes = append(sizes, n)
	}
	for _, n := range []int{32760, 32761, 32768, 32769, 65536} {
		sizes = append(sizes, n)
	}
	for _, n := range sizes {
		n := n
		m, b := measure(func() { s := make([]byte, n); sinkP = unsafe.Pointer(&s[0]) })
		fmt.Printf("noscan %d %d %d\n", n, m, b)
		if n%8 == 0 {
			m, b = measure(func() { s := make([]*byte, n/8); sinkP = unsafe.Pointer(&s[0]) })
			fmt.Printf("scan %d %d %d\n", n, m, b)
		}
	}
	// Tiny allocator sequences: k objects of size s (pointer-free), each escaping.
	for s := 1; s <= 15; s++ {
		for _, k := range []int{1, 2, 3, 5, 8, 16} {
			s, k := s, k
			m, b := measure(func() {
				for i := 0; i < k; i++ {
					x := make([]byte, s)
					sinkP = unsafe.Pointer(&x[0])
				}
			})
			fmt.Printf("tiny %d x%d %d %d\n", s, k, m, b)
		}
	}
	// Mixed tiny sizes (alignment rules): 1, 8, 3, 4, 2, 12, 6.
	m, b := measure(func() {
		for _, s := range []int{1, 8, 3, 4, 2, 12, 6, 1, 15, 7} {
			x := make([]byte, s)
			sinkP = unsafe.Pointer(&x[0])
		}
	})
	fmt.Printf("tiny-mixed %d %d\n", m, b)
	// append growth of a []int from nil, with counts.
	m, b = measure(func() {
		var s []int
		for i := 0; i < 5000; i++ {
			s = append(s, i)
			sinkP = unsafe.Pointer(&s[0])
		}
	})
	fmt.Printf("append-int %d %d\n", m, b)
	// map with 1000 int keys (engine-specific but both 1.25..1.27 are Swiss).
	m, b = measure(func() {
		mp := map[int]int{}
		for i := 0; i < 1000; i++ {
			mp[i] = i
		}
		sinkAny = mp
	})
	fmt.Printf("map-1000 %d %d\n", m, b)
}
