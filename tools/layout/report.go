// Command layout prints, for every type in cases.txt, what the gc toolchain computes for it on this platform:
// unsafe.Sizeof, unsafe.Alignof, the pointer-data length of its type descriptor, whether it is comparable, and the
// offset and size of each struct field. gen.py writes the per-case code into main.go.
//
// Pointer-ness: a type "has pointers" (is not noscan) iff its type descriptor's PtrBytes (ptrdata before Go 1.21) is
// non-zero; mallocgc uses exactly that test. reflect does not export it, but every Go version from 1.17 to 1.27 lays
// the descriptor (runtime._type / internal/abi.Type) out as {Size_ uintptr; PtrBytes uintptr; ...}, so the second
// word of the descriptor is read through reflect.Type's data pointer. The first word is checked against
// reflect's Size() for every type, so a layout change would stop the program instead of producing wrong data.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"unsafe"
)

type field struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Offset   uintptr `json:"offset"`
	Size     uintptr `json:"size"`
	Embedded bool   `json:"embedded"`
}

type result struct {
	Name       string  `json:"name"`
	Text       string  `json:"text"`
	Size       uintptr `json:"size"`
	Align      uintptr `json:"align"`
	FieldAlign int     `json:"field_align"`
	PtrBytes   uintptr `json:"ptr_bytes"`
	Pointers   bool    `json:"pointers"`
	Comparable bool    `json:"comparable"`
	Kind       string  `json:"kind"`
	Fields     []field `json:"fields"`
}

var results []result

// descriptor returns the first two words of t's type descriptor: {Size_, PtrBytes}.
func descriptor(t reflect.Type) *[2]uintptr {
	// reflect.Type is an interface whose dynamic value is *reflect.rtype, which starts with the abi.Type.
	return (*[2]uintptr)((*[2]unsafe.Pointer)(unsafe.Pointer(&t))[1])
}

func report(name, text string, t reflect.Type, size, align uintptr) {
	d := descriptor(t)
	if d[0] != size || t.Size() != size || uintptr(t.Align()) != align {
		panic(fmt.Sprintf("%s: descriptor size %d, reflect size %d, unsafe.Sizeof %d: type descriptor layout changed?", name, d[0], t.Size(), size))
	}
	if d[1] > size {
		panic(fmt.Sprintf("%s: ptrdata %d > size %d", name, d[1], size))
	}
	r := result{Name: name, Text: text, Size: size, Align: align, FieldAlign: t.FieldAlign(), PtrBytes: d[1],
		Pointers: d[1] != 0, Comparable: t.Comparable(), Kind: t.Kind().String(), Fields: []field{}}
	if t.Kind() == reflect.Struct {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			r.Fields = append(r.Fields, field{Name: f.Name, Type: f.Type.String(), Offset: f.Offset, Size: f.Type.Size(), Embedded: f.Anonymous})
		}
	}
	results = append(results, r)
}

func main() {
	// Sanity anchors for the ptrdata reading: known noscan and pointerful types.
	var i int
	var p *int
	var s string
	if descriptor(reflect.TypeOf(i))[1] != 0 || descriptor(reflect.TypeOf(p))[1] != 8 || descriptor(reflect.TypeOf(s))[1] != 8 {
		panic("ptrdata anchors failed")
	}
	cases()
	out := map[string]any{
		"meta": map[string]any{
			"go_version": runtime.Version(), "goos": runtime.GOOS, "goarch": runtime.GOARCH,
			"method": "unsafe.Sizeof/Alignof of a variable of each type; reflect for field offsets, sizes, names and comparability; pointers = type descriptor PtrBytes != 0 (second word of abi.Type / runtime._type)",
		},
		"types": results,
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
