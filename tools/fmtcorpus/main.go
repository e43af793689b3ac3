// Command fmtcorpus prints what real Go's fmt prints for a corpus of values × verbs × flags, and describes every value
// structurally so that Gort's formatter can be given the same values and compared line by line.
//
// Output: JSON lines on stdout: one "meta" line, the "type" table, one "value" line per value, then one "case" line
// per case with a stable id and the output. A case "VALUE FORMAT" is fmt.Sprintf(FORMAT, VALUE); the hand-written
// cases also give the function (Sprintf, Sprint, Sprintln, Errorf), the format and the argument value ids. Strings
// that are not valid UTF-8 are written as {"x": hex}. A case whose output differs between repeated calls (map
// iteration order reaching the output through keys fmtsort cannot order, such as NaN) lists every output seen, sorted,
// under "alt". Errorf cases add the dynamic type of the error and the indexes of the arguments it wraps.
//
// Usage: go run . > go1.NN.jsonl   (GOTOOLCHAIN=local CGO_ENABLED=0 GOAMD64=v1; see run.sh)
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
)

const repeats = 8

func main() {
	w := json.NewEncoder(os.Stdout)
	w.SetEscapeHTML(false)
	emit := func(v any) {
		if err := w.Encode(v); err != nil {
			panic(err)
		}
	}
	emit(map[string]any{"meta": map[string]any{"go": runtime.Version(), "goos": runtime.GOOS, "goarch": runtime.GOARCH}})

	tt := newTypeTable()
	d := &dumper{tt: tt}
	all := append(append(append(values(), fuzzValues()...), argValues...), extraValues...)
	byID := map[string]any{}
	var valueLines []map[string]any
	for _, v := range all {
		if _, dup := byID[v.id]; dup {
			panic("duplicate value id " + v.id)
		}
		byID[v.id] = v.v
		valueLines = append(valueLines, map[string]any{"value": v.id, "node": d.dumpArg(v.v)})
	}
	for _, t := range tt.lines {
		emit(map[string]any{"type": t})
	}
	for _, l := range valueLines {
		emit(l)
	}

	run := func(id, fn, format string, argIDs []string, sweep bool) {
		args := make([]any, len(argIDs))
		for i, a := range argIDs {
			v, ok := byID[a]
			if !ok {
				panic("unknown value " + a)
			}
			args[i] = v
		}
		seen := map[string]bool{}
		var outs []string
		var errType string
		var wrapped []int
		for r := 0; r < repeats; r++ {
			var out string
			switch fn {
			case "Sprintf":
				out = fmt.Sprintf(format, args...)
			case "Sprint":
				out = fmt.Sprint(args...)
			case "Sprintln":
				out = fmt.Sprintln(args...)
			case "Errorf":
				err := fmt.Errorf(format, args...)
				out = err.Error()
				errType = fmt.Sprintf("%T", err)
				wrapped = wrappedArgs(err, args)
			default:
				panic(fn)
			}
			if !seen[out] {
				seen[out] = true
				outs = append(outs, out)
			}
		}
		line := map[string]any{"case": id, "out": str(outs[0])}
		if !sweep {
			line["fn"], line["format"], line["args"] = fn, str(format), argIDs
		}
		if len(outs) > 1 {
			sort.Strings(outs)
			alts := []any{}
			for _, o := range outs {
				alts = append(alts, str(o))
			}
			line["alt"] = alts
		}
		if fn == "Errorf" {
			line["errtype"] = errType
			line["wrapped"] = wrapped
		}
		emit(line)
	}

	for _, v := range append(values(), fuzzValues()...) {
		formats := groups[v.group]
		if v.group != "fuzzfloat" {
			formats = append(append([]string{}, universal...), groups[v.group]...)
		}
		seen := map[string]bool{}
		for _, f := range formats {
			if seen[f] {
				continue
			}
			seen[f] = true
			run(v.id+" "+f, "Sprintf", f, []string{v.id}, true)
		}
	}
	for _, s := range specials() {
		run(s.id, s.fn, s.format, s.args, false)
	}
}

// wrappedArgs lists the indices of the arguments that errors.Unwrap (or Unwrap() []error) of err returns, in order.
func wrappedArgs(err error, args []any) []int {
	var ws []error
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		ws = u.Unwrap()
	default:
		if e := errors.Unwrap(err); e != nil {
			ws = []error{e}
		}
	}
	out := []int{}
	for _, w := range ws {
		idx := -1
		for i, a := range args {
			if ae, ok := a.(error); ok && ae == w {
				idx = i
				break
			}
		}
		out = append(out, idx)
	}
	return out
}

func init() { _ = fmt.Sprint }
