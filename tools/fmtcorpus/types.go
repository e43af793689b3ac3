package main

import (
	"errors"
	"fmt"
)

// Named types with and without fmt's methods. Each method's behaviour is recorded by the dumper (dump.go), so the C#
// test replays what the method returned or how it panicked; what fmt does around the call is what is tested.

type Color int // String on the value receiver

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	case 2:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Celsius float64 // no methods
type Name string     // no methods
type Flag bool       // no methods
type Rune32 int32    // no methods
type Byte8 uint8     // no methods
type MyBytes []byte  // named byte slice
type IntList []int   // named slice
type StrMap map[string]int
type Arr3 [3]int8
type ByteArr [4]byte

type Label string // String on a string kind

func (l Label) String() string { return "<" + string(l) + ">" }

type Point struct{ X, Y int }

type PointS struct{ X, Y int } // String on the value receiver

func (p PointS) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type PtrS struct{ N int } // String on the pointer receiver only

func (p *PtrS) String() string { return fmt.Sprintf("PtrS#%d", p.N) }

type NilSafe struct{ N int } // pointer receiver that handles nil

func (p *NilSafe) String() string {
	if p == nil {
		return "nil NilSafe"
	}
	return fmt.Sprintf("NilSafe(%d)", p.N)
}

type Err struct{ Code int } // Error on the value receiver

func (e Err) Error() string { return fmt.Sprintf("error %d", e.Code) }

type PErr struct{ Msg string } // Error on the pointer receiver

func (e *PErr) Error() string { return "perr: " + e.Msg }

type Both struct{ V int } // Error wins over String

func (b Both) Error() string  { return "both-error" }
func (b Both) String() string { return "both-string" }

type GoStr struct{ V int } // GoString for %#v, String for the rest

func (g GoStr) GoString() string { return fmt.Sprintf("GoStr<%d>", g.V) }
func (g GoStr) String() string   { return "gostr" }

type Panicky int // String panics in several ways

func (p Panicky) String() string {
	switch p {
	case 0:
		panic("boom")
	case 1:
		panic(errors.New("error boom"))
	case 2:
		var a []int
		i := int(p) + 3
		return fmt.Sprint(a[i]) // runtime error: index out of range
	case 3:
		panic(Err{7})
	case 4:
		panic(42)
	case 5:
		panic(Label("lbl"))
	}
	return "calm"
}

type PanicErr struct{ V int } // Error panics

func (p PanicErr) Error() string { panic(fmt.Sprintf("bad error %d", p.V)) }

type Deref struct{ P *int } // String dereferences a field (nil deref panics on a non-nil receiver)

func (d *Deref) String() string { return fmt.Sprint(*d.P) }

type Inner struct {
	a int
	B string
}

type Hidden struct {
	c Color // unexported Stringer: fmt does not call String
	C Color // exported: it does
	e error
	E error
	i any
	I any
}

type Outer struct {
	Inner
	P  *Point
	S  []int
	M  map[string]int
	I  any
	E  error
	f  float64
	Fn func()
	Ch chan int
}

type Rec struct {
	Next *Rec
	V    int
}

type Embed struct {
	*Point
	Color
	Name
}

type EmbedS struct{ PointS } // String promoted from the embedded field

type Wrap struct{ V any }

type Iface interface{ M() }

type Impl struct{ N int }

func (Impl) M() {}

type Floats struct {
	F32 float32
	F64 float64
	C64 complex64
	C   complex128
}

type Ints struct {
	I8  int8
	U8  uint8
	I16 int16
	U16 uint16
	I32 int32
	U32 uint32
	I64 int64
	U64 uint64
	U   uint
	P   uintptr
}

type Key struct {
	A int
	B string
}

type FKey struct {
	F float64
	N int
}
