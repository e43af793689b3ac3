// churn measures tombstone behaviour: N live keys, then K delete-oldest/insert-new cycles, per assign path
// (fast64 map[int]int, faststr map[string]int, fast64ptr map[*int]int, generic map[float64]int). It prints the
// Mallocs/TotalAlloc of the churn phase for 5 fresh maps each (hash seeds differ).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
)

var sinkAny any

func delta(f func()) (uint64, uint64) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs, b.TotalAlloc - a.TotalAlloc
}

const n = 100
const k = 200000

func main() {
	debug.SetGCPercent(-1)
	fmt.Println("go", runtime.Version(), "N", n, "K", k)
	strs := make([]string, n+k)
	ptrs := make([]*int, n+k)
	for i := range strs {
		strs[i] = "k" + strconv.Itoa(i)
		ptrs[i] = new(int)
	}
	for trial := 0; trial < 5; trial++ {
		mi := make(map[int]int)
		sinkAny = mi
		for i := 0; i < n; i++ {
			mi[i] = i
		}
		m1, b1 := delta(func() {
			for i := n; i < n+k; i++ {
				delete(mi, i-n)
				mi[i] = i
			}
		})
		ms := make(map[string]int)
		sinkAny = ms
		for i := 0; i < n; i++ {
			ms[strs[i]] = i
		}
		m2, b2 := delta(func() {
			for i := n; i < n+k; i++ {
				delete(ms, strs[i-n])
				ms[strs[i]] = i
			}
		})
		mp := make(map[*int]int)
		sinkAny = mp
		for i := 0; i < n; i++ {
			mp[ptrs[i]] = i
		}
		m3, b3 := delta(func() {
			for i := n; i < n+k; i++ {
				delete(mp, ptrs[i-n])
				mp[ptrs[i]] = i
			}
		})
		mf := make(map[float64]int)
		sinkAny = mf
		for i := 0; i < n; i++ {
			mf[float64(i)] = i
		}
		m4, b4 := delta(func() {
			for i := n; i < n+k; i++ {
				delete(mf, float64(i-n))
				mf[float64(i)] = i
			}
		})
		fmt.Printf("trial %d int %d/%d string %d/%d ptr %d/%d float64 %d/%d\n", trial, m1, b1, m2, b2, m3, b3, m4, b4)
	}
}
