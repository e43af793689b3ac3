package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The dumper describes a Go value structurally: its type (from a shared type table), its content, the addresses fmt
// would print, and what each fmt method (Error, String, GoString) returned or how it panicked for every receiver
// fmt may call it on. The C# test builds the same value through Gort's value interface from this description.

var (
	errorType    = reflect.TypeOf((*error)(nil)).Elem()
	stringerType = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	goStrType    = reflect.TypeOf((*fmt.GoStringer)(nil)).Elem()
	formatType   = reflect.TypeOf((*fmt.Formatter)(nil)).Elem()
)

type typeTable struct {
	ids   map[reflect.Type]int
	lines []map[string]any
}

func newTypeTable() *typeTable { return &typeTable{ids: map[reflect.Type]int{}} }

// str encodes a Go string for JSON: as is when it is valid UTF-8, else as {"x": hex bytes}.
func str(s string) any {
	if utf8.ValidString(s) {
		return s
	}
	return map[string]any{"x": hex.EncodeToString([]byte(s))}
}

func addr(p uintptr) string { return "0x" + strconv.FormatUint(uint64(p), 16) }

func (tt *typeTable) id(t reflect.Type) int {
	if id, ok := tt.ids[t]; ok {
		return id
	}
	id := len(tt.ids)
	tt.ids[t] = id
	line := map[string]any{
		"t":    id,
		"str":  t.String(),
		"kind": t.Kind().String(),
		"size": t.Size(),
		"addr": addr(reflect.ValueOf(t).Pointer()),
	}
	tt.lines = append(tt.lines, line) // reserve the slot before recursing (recursive types)
	if t.Name() != "" {
		line["name"] = t.Name()
		line["pkg"] = strings.TrimSuffix(t.String(), "."+t.Name())
		if t.PkgPath() == "" && !strings.Contains(t.String(), ".") {
			line["pkg"] = ""
		}
	}
	var methods []string
	if t.Implements(errorType) {
		methods = append(methods, "Error")
	}
	if t.Implements(stringerType) {
		methods = append(methods, "String")
	}
	if t.Implements(goStrType) {
		methods = append(methods, "GoString")
	}
	if t.Implements(formatType) {
		methods = append(methods, "Format")
	}
	if methods != nil {
		line["methods"] = methods
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		line["elem"] = tt.id(t.Elem())
	case reflect.Array:
		line["elem"] = tt.id(t.Elem())
		line["len"] = t.Len()
	case reflect.Chan:
		line["elem"] = tt.id(t.Elem())
		line["dir"] = int(t.ChanDir())
	case reflect.Map:
		line["key"] = tt.id(t.Key())
		line["elem"] = tt.id(t.Elem())
	case reflect.Struct:
		fields := []map[string]any{}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fields = append(fields, map[string]any{"name": f.Name, "type": tt.id(f.Type), "embedded": f.Anonymous, "exported": f.IsExported()})
		}
		line["fields"] = fields
	case reflect.Func:
		in, out := []int{}, []int{}
		for i := 0; i < t.NumIn(); i++ {
			in = append(in, tt.id(t.In(i)))
		}
		for i := 0; i < t.NumOut(); i++ {
			out = append(out, tt.id(t.Out(i)))
		}
		line["in"], line["out"], line["variadic"] = in, out, t.IsVariadic()
	}
	if n := t.NumMethod(); n > 0 {
		line["nmethods"] = n
	}
	return id
}

type dumper struct {
	tt   *typeTable
	path []uintptr // pointer targets on the current path (cycles)
}

func floatBits(v reflect.Value) string {
	if v.Kind() == reflect.Float32 || v.Kind() == reflect.Complex64 {
		panic("use float32Bits")
	}
	return addr(uintptr(math.Float64bits(v.Float())))
}

// node describes v. canCall is whether fmt could call v's methods (reflect's CanInterface on fmt's path).
func (d *dumper) node(v reflect.Value, canCall bool) map[string]any {
	if !v.IsValid() {
		return map[string]any{"nil": true}
	}
	t := v.Type()
	n := map[string]any{"t": d.tt.id(t)}
	if canCall && v.CanInterface() {
		d.calls(n, v)
	}
	switch v.Kind() {
	case reflect.Bool:
		n["v"] = v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n["v"] = strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n["v"] = strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32:
		n["v"] = addr(uintptr(math.Float32bits(float32(v.Float()))))
	case reflect.Float64:
		n["v"] = addr(uintptr(math.Float64bits(v.Float())))
	case reflect.Complex64:
		c := v.Complex()
		n["re"] = addr(uintptr(math.Float32bits(float32(real(c)))))
		n["im"] = addr(uintptr(math.Float32bits(float32(imag(c)))))
	case reflect.Complex128:
		c := v.Complex()
		n["re"] = addr(uintptr(math.Float64bits(real(c))))
		n["im"] = addr(uintptr(math.Float64bits(imag(c))))
	case reflect.String:
		n["v"] = str(v.String())
	case reflect.Slice:
		if v.IsNil() {
			n["nil"] = true
			break
		}
		n["addr"] = addr(uintptr(v.UnsafePointer()))
		n["elems"] = d.elems(v, canCall)
	case reflect.Array:
		n["elems"] = d.elems(v, canCall)
	case reflect.Map:
		if v.IsNil() {
			n["nil"] = true
			break
		}
		n["addr"] = addr(uintptr(v.UnsafePointer()))
		// Entries in a fixed order (by fmt's own sorted print of the key) so the file does not change between runs;
		// fmt sorts them again anyway. Keys fmt cannot order (NaN) keep iteration order, as in Go.
		type kv struct {
			key, val reflect.Value
			order    string
		}
		var kvs []kv
		it := v.MapRange()
		for it.Next() {
			kvs = append(kvs, kv{it.Key(), it.Value(), fmt.Sprintf("%T %#v", it.Key().Interface(), it.Key().Interface())})
		}
		sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].order < kvs[j].order })
		entries := [][2]map[string]any{}
		for _, e := range kvs {
			entries = append(entries, [2]map[string]any{d.slot(e.key, canCall), d.slot(e.val, canCall)})
		}
		n["entries"] = entries
	case reflect.Struct:
		fields := []map[string]any{}
		for i := 0; i < v.NumField(); i++ {
			fields = append(fields, d.slot(v.Field(i), canCall && t.Field(i).IsExported()))
		}
		n["fields"] = fields
	case reflect.Interface:
		panic("interface values are dumped by slot")
	case reflect.Pointer:
		if v.IsNil() {
			n["nil"] = true
			break
		}
		p := uintptr(v.UnsafePointer())
		n["addr"] = addr(p)
		for _, q := range d.path {
			if q == p {
				n["backref"] = true
				return n
			}
		}
		d.path = append(d.path, p)
		n["target"] = d.slot(v.Elem(), canCall)
		d.path = d.path[:len(d.path)-1]
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		if v.IsNil() {
			n["nil"] = true
			break
		}
		n["addr"] = addr(uintptr(v.UnsafePointer()))
	default:
		panic("unhandled kind " + v.Kind().String())
	}
	return n
}

// slot describes a value read from a container: an interface slot holds its dynamic value (or nil).
func (d *dumper) slot(v reflect.Value, canCall bool) map[string]any {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return map[string]any{"nil": true}
		}
		return d.node(v.Elem(), canCall)
	}
	return d.node(v, canCall)
}

func (d *dumper) elems(v reflect.Value, canCall bool) []map[string]any {
	out := []map[string]any{}
	for i := 0; i < v.Len(); i++ {
		out = append(out, d.slot(v.Index(i), canCall))
	}
	return out
}

// calls records what each of fmt's methods does on v.
func (d *dumper) calls(n map[string]any, v reflect.Value) {
	x := v.Interface()
	rec := map[string]any{}
	if e, ok := x.(error); ok {
		rec["Error"] = d.call(func() string { return e.Error() })
	}
	if s, ok := x.(fmt.Stringer); ok {
		rec["String"] = d.call(func() string { return s.String() })
	}
	if g, ok := x.(fmt.GoStringer); ok {
		rec["GoString"] = d.call(func() string { return g.GoString() })
	}
	if len(rec) > 0 {
		n["calls"] = rec
	}
}

func (d *dumper) call(f func() string) (out map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			saved := d.path
			d.path = nil
			out = map[string]any{"panic": d.node(reflect.ValueOf(r), true)}
			d.path = saved
		}
	}()
	return map[string]any{"ret": str(f())}
}

// dumpArg describes a top-level argument (an interface{} value).
func (d *dumper) dumpArg(a any) map[string]any {
	if a == nil {
		return map[string]any{"nil": true}
	}
	return d.node(reflect.ValueOf(a), true)
}
