// slicepanics prints, as JSON lines, the exact panic text of every slice misuse that Gort models:
// index, 2- and 3-index slicing (including negative values, which use Go's boundsNegErrorFmts),
// makeslice, growslice overflow, and slices.Grow-style negative growth. All bounds are run-time
// values (package-level variables) so the compiler cannot reject them.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
)

var (
	neg1  = -1
	neg2  = -2
	zero  = 0
	one   = 1
	two   = 2
	three = 3
	five  = 5
	seven = 7
	big   = 1 << 50
	huge  = int(^uint(0) >> 1)
)

type result struct {
	Case  string `json:"case"`
	Panic string `json:"panic"`
}

func try(name string, f func()) (r result) {
	r.Case = name
	defer func() {
		if v := recover(); v != nil {
			if e, ok := v.(error); ok {
				r.Panic = e.Error()
			} else {
				r.Panic = fmt.Sprint(v)
			}
		}
	}()
	f()
	return
}

var sink []int
var sinkB []byte

func main() {
	s := make([]int, 3, 4)
	cases := []result{
		try("s[5] len3", func() { _ = s[five] }),
		try("s[-1] len3", func() { _ = s[neg1] }),
		try("s[3] len3 cap4", func() { _ = s[three] }),
		try("s[:5] cap4", func() { sink = s[:five] }),
		try("s[:-1]", func() { sink = s[:neg1] }),
		try("s[2:1]", func() { sink = s[two:one] }),
		try("s[-1:2]", func() { sink = s[neg1:two] }),
		try("s[-1:5]", func() { sink = s[neg1:five] }),
		try("s[5:]", func() { sink = s[five:] }),
		try("s[-1:]", func() { sink = s[neg1:] }),
		try("s[::7] cap4", func() { sink = s[zero:one:seven] }),
		try("s[::-1]", func() { sink = s[zero:one:neg1] }),
		try("s[:3:2]", func() { sink = s[zero:three:two] }),
		try("s[:-1:2]", func() { sink = s[zero:neg1:two] }),
		try("s[2:1:3]", func() { sink = s[two:one:three] }),
		try("s[-2:1:3]", func() { sink = s[neg2:one:three] }),
		try("s[5:1:7]", func() { sink = s[five:one:seven] }),
		try("make([]int, -1)", func() { sink = make([]int, neg1) }),
		try("make([]int, 5, 3)", func() { sink = make([]int, five, three) }),
		try("make([]byte, 1<<50)", func() { sinkB = make([]byte, big) }),
		try("make([]int, 1, 1<<50)", func() { sink = make([]int, one, big) }),
		try("make([]int, -1, 3)", func() { sink = make([]int, neg1, three) }),
		try("append(s, make([]int, -1)...)", func() { sink = append(s, make([]int, neg1)...) }),
		try("append huge len overflow", func() {
			h := make([]struct{}, huge)
			_ = append(h, struct{}{})
		}),
		try("append byte slice past maxAlloc", func() {
			b := make([]struct{}, 1<<49)
			bb := make([]byte, 1)
			_ = b
			sinkB = append(bb, make([]byte, 1<<49)...)
		}),
	}
	enc := json.NewEncoder(os.Stdout)
	_ = enc.Encode(map[string]any{"go_version": runtime.Version(), "cases": cases})
}
