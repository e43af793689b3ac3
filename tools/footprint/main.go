// Command footprint measures how many heap bytes a map or slice of a given Go type holds after it has been built
// with N elements, as runtime.MemStats sees it: HeapAlloc (live bytes, charged slot sizes) and the number of live
// objects (Mallocs - Frees), each taken after a full runtime.GC() before and after the build, so that garbage (old
// backing arrays, old bucket arrays) is already freed. The structure is kept reachable through a package-level sink,
// so everything escapes to the heap. Maps: N distinct keys inserted one by one into make(map[K]V) (no hint). Slices:
// N zero elements appended one by one to a nil slice. Output: one JSON document on stdout.
//
// Run with GOMAXPROCS=1 (see run.sh): with more Ps, background runtime goroutines occasionally add a stray small
// allocation to a window.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strconv"
)

type p24 struct {
	p *int
	_ [16]byte
}

var (
	sink     any
	keyStrs  []string
	trials   = 3
	ns       = []int{10, 100, 1000, 10000, 100000, 1000000}
	smallNs  = []int{10, 100, 1000, 10000, 100000}
	results  []row
	baseline int64
)

type row struct {
	Type      string  `json:"type"`
	N         int     `json:"n"`
	HeapAlloc []int64 `json:"heapAlloc"`
	Objects   []int64 `json:"objects"`
}

func measure(build func() any) (int64, int64) {
	var a, b runtime.MemStats
	settle()
	runtime.ReadMemStats(&a)
	sink = build()
	settle()
	runtime.ReadMemStats(&b)
	obj := int64(b.Mallocs-b.Frees) - int64(a.Mallocs-a.Frees)
	sink = nil
	return int64(b.HeapAlloc) - int64(a.HeapAlloc), obj
}

// settle runs two full collections. The first one still marks each P's current 16-byte tiny block as live
// (gcMarkTinyAllocs) and only then drops it from the mcache; the second frees it if nothing else uses it. With one
// GC, a slice that grew through a tiny allocation would show a stray 16-byte block.
func settle() {
	runtime.GC()
	runtime.GC()
}

func record(typ string, n int, build func() any) {
	r := row{Type: typ, N: n}
	for t := 0; t < trials; t++ {
		h, o := measure(build)
		r.HeapAlloc = append(r.HeapAlloc, h)
		r.Objects = append(r.Objects, o)
	}
	results = append(results, r)
}

func mapInt64Int64(n int) any {
	m := make(map[int64]int64)
	for i := 0; i < n; i++ {
		m[int64(i)] = int64(i)
	}
	return m
}

func mapInt32Int32(n int) any {
	m := make(map[int32]int32)
	for i := 0; i < n; i++ {
		m[int32(i)] = int32(i)
	}
	return m
}

func mapStringString(n int) any {
	m := make(map[string]string)
	for i := 0; i < n; i++ {
		m[keyStrs[i]] = keyStrs[i]
	}
	return m
}

func mapInt64Struct(n int) any {
	m := make(map[int64]struct{})
	for i := 0; i < n; i++ {
		m[int64(i)] = struct{}{}
	}
	return m
}

func mapInt64Ptr(n int) any {
	m := make(map[int64]*int64)
	for i := 0; i < n; i++ {
		m[int64(i)] = nil
	}
	return m
}

func mapInt64Big(n int) any {
	m := make(map[int64][200]byte)
	for i := 0; i < n; i++ {
		m[int64(i)] = [200]byte{}
	}
	return m
}

func mapBigKey(n int) any {
	m := make(map[[200]byte]int8)
	for i := 0; i < n; i++ {
		var k [200]byte
		k[0], k[1], k[2] = byte(i), byte(i>>8), byte(i>>16)
		m[k] = 1
	}
	return m
}

func mapHint(n int) any {
	m := make(map[int64]int64, n)
	for i := 0; i < n; i++ {
		m[int64(i)] = int64(i)
	}
	return m
}

func appendN[T any](n int) any {
	var s []T
	var zero T
	for i := 0; i < n; i++ {
		s = append(s, zero)
	}
	return s
}

func makeN[T any](n int) any {
	return make([]T, n)
}

func main() {
	keyStrs = make([]string, 1000000)
	for i := range keyStrs {
		keyStrs[i] = "k" + strconv.Itoa(i)
	}
	baseline, _ = measure(func() any { return nil })
	for _, n := range ns {
		record("map[int64]int64", n, func() any { return mapInt64Int64(n) })
		record("map[int32]int32", n, func() any { return mapInt32Int32(n) })
		record("map[string]string", n, func() any { return mapStringString(n) })
		record("map[int64]struct{}", n, func() any { return mapInt64Struct(n) })
		record("map[int64]*int64", n, func() any { return mapInt64Ptr(n) })
		record("[]int64", n, func() any { return appendN[int64](n) })
		record("[]byte", n, func() any { return appendN[byte](n) })
		record("[]string", n, func() any { return appendN[string](n) })
		record("[]*int64", n, func() any { return appendN[*int64](n) })
		record("[][3]byte", n, func() any { return appendN[[3]byte](n) })
		record("[]struct{p *int; _ [16]byte}", n, func() any { return appendN[p24](n) })
	}
	for _, n := range smallNs {
		record("map[int64][200]byte", n, func() any { return mapInt64Big(n) })
		record("map[[200]byte]int8", n, func() any { return mapBigKey(n) })
	}
	for _, n := range ns {
		record("hint:map[int64]int64", n, func() any { return mapHint(n) })
		record("make:[]int64", n, func() any { return makeN[int64](n) })
		record("make:[]string", n, func() any { return makeN[string](n) })
	}
	out := map[string]any{
		"go":          runtime.Version(),
		"goarch":      runtime.GOARCH,
		"gomaxprocs":  runtime.GOMAXPROCS(0),
		"baseline":    baseline,
		"description": "HeapAlloc delta (bytes) and live-object delta after two runtime.GC() calls, per trial, for building the structure with N elements (maps: N distinct keys inserted one by one into make(map[K]V), or make(map[K]V, N) for 'hint:'; slices: N zero elements appended one by one to a nil slice, or make([]T, N) for 'make:'). Everything escapes (package-level sink).",
		"rows":        results,
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
