// Command gctrace runs Gort's differential GC scenario: it builds and drops slices and maps in a loop while a
// bounded set stays live, so that GODEBUG=gctrace=1 shows the pacer's cycles and heap goals. The C# twin is
// tests/Gort.Observability.Tests/GcScenario.cs; keep both in step (same sizes, same order, same ring lengths).
//
//	GOMAXPROCS=1 GOGC=100 GODEBUG=gctrace=1 go run . 2> gogc100.txt
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
)

const (
	iterations = 2000
	bigRing    = 64       // live []byte of 96 KiB: 6 MiB
	bigSize    = 96 << 10 // a large object: 12 pages of its own
	smallRing  = 1024     // live []int of 100: 1024 * 896 B
	smallLen   = 100
	mapRing    = 64 // live small maps (hmap + one bucket)
	mapKeys    = 8
)

var (
	bigs   [bigRing][]byte
	smalls [smallRing][]int
	maps   [mapRing]map[int]int
)

// cycle is what runtime/metrics says right after a cycle completed: exact bytes, where gctrace prints MB.
type cycle struct {
	n, live, goal uint64
}

func main() {
	samples := []metrics.Sample{
		{Name: "/gc/cycles/total:gc-cycles"},
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/heap/goal:bytes"},
	}
	cycles := make([]cycle, 0, 256)
	var seen uint64
	for i := 0; i < iterations; i++ {
		b := make([]byte, bigSize)
		for j := range b {
			b[j] = byte(i + j) // the mutator's work: keeps allocation during concurrent mark small
		}
		bigs[i%bigRing] = b
		smalls[i%smallRing] = make([]int, smallLen)
		m := make(map[int]int)
		for k := 0; k < mapKeys; k++ {
			m[k] = i
		}
		maps[i%mapRing] = m
		metrics.Read(samples)
		if n := samples[0].Value.Uint64(); n != seen {
			seen = n
			cycles = append(cycles, cycle{n, samples[1].Value.Uint64(), samples[2].Value.Uint64()})
		}
	}
	for _, c := range cycles {
		fmt.Printf("cycle %d live %d goal %d\n", c.n, c.live, c.goal)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stdout, "NumGC=%d NextGC=%d HeapAlloc=%d Mallocs=%d TotalAlloc=%d\n", ms.NumGC, ms.NextGC, ms.HeapAlloc, ms.Mallocs, ms.TotalAlloc)
}
