// overwrite measures whether assigning to an EXISTING key of a full 8-entry small Swiss map allocates
// (the 1.24/1.25 quirk: growToTable runs before the key search), and where the allocation goes instead.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink64 map[int64]int64
var sinkStr map[string]int
var sinkF map[float64]int
var sinkP map[*int]int

func delta(f func()) (uint64, uint64) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs, b.TotalAlloc - a.TotalAlloc
}

func main() {
	debug.SetGCPercent(-1)
	fmt.Println("go", runtime.Version())
	for n := 7; n <= 9; n++ {
		m := make(map[int64]int64)
		sink64 = m
		for i := 0; i < n; i++ {
			m[int64(i)] = 1
		}
		om, ob := delta(func() { m[0] = 2 })
		nm, nb := delta(func() { m[int64(n)] = 2 })
		fmt.Printf("map[int64]int64 N=%d overwrite %d/%d new %d/%d\n", n, om, ob, nm, nb)

		s := make(map[string]int)
		sinkStr = s
		keys := []string{"k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"}
		for i := 0; i < n; i++ {
			s[keys[i]] = 1
		}
		om, ob = delta(func() { s[keys[0]] = 2 })
		nm, nb = delta(func() { s[keys[n]] = 2 })
		fmt.Printf("map[string]int N=%d overwrite %d/%d new %d/%d\n", n, om, ob, nm, nb)

		f := make(map[float64]int)
		sinkF = f
		for i := 0; i < n; i++ {
			f[float64(i)] = 1
		}
		om, ob = delta(func() { f[0] = 2 })
		nm, nb = delta(func() { f[float64(n)] = 2 })
		fmt.Printf("map[float64]int N=%d overwrite %d/%d new %d/%d\n", n, om, ob, nm, nb)
	}
}
