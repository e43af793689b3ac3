package main

import (
	"errors"
	"fmt"
	"math"
)

// Formats applied to every value, then the formats of the value's group.
var universal = []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%5v", "%-5v|", "%t", "%p", "%-10T|"}

var groups = map[string][]string{
	"int": {"%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "% 05d", "%.3d", "%8.3d", "%08.3d", "%.0d", "%5.0d|", "%#x",
		"%#X", "%o", "%#o", "%O", "%b", "%#b", "%c", "%+q", "%#q", "%U", "%#U", "%e", "%f", "%g", "%08b", "%-08d|",
		"%0-8d|", "% x", "%10.4x", "%-#10x|", "%6v", "%#5x", "%+x", "%#o", "%x", "%z", "%!"},
	"rune": {"%c", "%3c", "%-3c|", "%03c", "%+q", "%#q", "%#+q", "%U", "%#U", "%#8U", "%-#8U|", "%.6U", "%#.6U", "%5q",
		"%-5q|", "%05q", "%d", "%x"},
	"float": {"%g", "%G", "%e", "%E", "%f", "%F", "%.0f", "%.1f", "%.2f", "%.3g", "%.10g", "%.20f", "%.30e", "%8.3f",
		"%-8.3f|", "%08.3f", "%+.2e", "% .2f", "%+f", "%#g", "%#.3g", "%#.0f", "%#e", "%#.0e", "%X", "%.3x", "%#x",
		"%b", "%010.2f", "%-010.2f|", "%+010.2f", "% 010.2f", "%6g", "%.0e", "%.17g", "%c", "%20v", "%-20v|",
		"%020v", "%.1g", "%5.1g", "%#.1g", "%#.4e", "%.5G", "%.0g", "%#.0x", "%+.3x", "%.13x", "%.14x", "%.15x",
		"%+v", "% v", "%08v", "%+08.2f", "%.60f", "%.400f", "%.25g", "%.18e"},
	"complex": {"%.2f", "%+.1e", "%g", "%8.2f", "%b", "%010.3f", "%+v", "% v", "%e", "%.3g", "%#v", "%c"},
	"string": {"%+q", "%#q", "%#+q", "% x", "% X", "%#x", "%# x", "%# X", "%.2s", "%.0s", "%10s", "%-10s|", "%010s",
		"%.3q", "%10q", "%-10q|", "%.2x", "%10x", "%-10x|", "%c", "%5.2s", "%.5s", "%U", "%8.3x", "%010q", "% 10x",
		"%.1q", "%#.2q", "%-#10q|", "%#10x", "%+s", "%+.2q"},
	"bytes": {"% x", "%#x", "%# X", "%5d", "%c", "%.2s", "%10s", "%+q", "%#q", "%o", "%08b", "%U", "%-10x|",
		"%.1x", "%010s", "%.0x", "%10q", "% #x", "%.3q"},
	"bool": {"%5t", "%-7t|", "%05t", "%10v", "%.2t"},
	"slice": {"%05d", "%.1f", "%c", "%e", "%6.2f", "% x", "%#x", "%U", "%o", "%+q", "%#q", "%3d", "%-3d|", "%6.3v"},
	"map":   {"%.1f", "%3d", "%+q", "%#x", "%6.3v", "%-4v|"},
	"struct": {"%+5v", "%.1f", "%+q", "%08.3f", "%o", "%#x", "%+d", "%6.3v", "%+#v"},
	"pointer": {"%#p", "%10v", "%-20p|", "%o", "%b", "%+d", "%#x", "%+v", "%U", "%c", "%10p", "%020p", "%+p", "% p"},
	"named": {"%10v", "%-10s|", "%.3s", "%+q", "% x", "%#q", "%6.2v", "%e", "%-8q|", "%10.3x", "%w"},
	"nil":   {"%10v", "%-10v|", "%w", "%010v", "%.2v"},
}

// A hand-written case: the function, the format (Printf family), and the ids of the arguments.
type special struct {
	id     string
	fn     string // Sprintf, Sprint, Sprintln, Errorf
	format string
	args   []string
}

var argValues = []value{
	{"w5", "arg", 5},
	{"w-5", "arg", -5},
	{"w0", "arg", 0},
	{"w3", "arg", 3},
	{"wBig", "arg", 10000000},
	{"wByte", "arg", Byte8(3)},
	{"wInt8", "arg", int8(-4)},
	{"wU64", "arg", uint64(math.MaxUint64)},
	{"wU32", "arg", uint32(7)},
	{"wStr", "arg", "x"},
	{"wFloat", "arg", 2.0},
	{"e1", "arg", errors.New("first")},
	{"e2", "arg", errors.New("second")},
	{"eErr", "arg", Err{5}},
	{"ePErr", "arg", &PErr{"p"}},
}

func specials() []special {
	s := func(id, fn, format string, args ...string) special { return special{id, fn, format, args} }
	return []special{
		// argument errors
		s("missing1", "Sprintf", "%d"),
		s("missing2", "Sprintf", "%d %s|", "int1"),
		s("missingV", "Sprintf", "%v %v %q", "sHello"),
		s("extra1", "Sprintf", "hi", "int1"),
		s("extra2", "Sprintf", "%d", "int1", "sHello", "nilAny", "ints", "pPoint", "f1.5", "Color1", "errNew"),
		s("extraNamed", "Sprintf", "x", "Name", "Label", "PointS", "pNilPtrS"),
		s("extraPanic", "Sprintf", "x", "Panic0"),
		s("noverb1", "Sprintf", "%"),
		s("noverb2", "Sprintf", "abc%", "int1"),
		s("noverb3", "Sprintf", "%5", "int1"),
		s("noverb4", "Sprintf", "%-+#0 ", "int1"),
		s("noverb5", "Sprintf", "%.", "int1"),
		s("noverb6", "Sprintf", "%[1]", "int1"),
		s("percent", "Sprintf", "100%%"),
		s("percentW", "Sprintf", "%5%|%-5%|%05%", "int1"),
		s("percentArgs", "Sprintf", "%d%%%d", "int1", "int42"),
		s("percentIdx", "Sprintf", "%[2]%%d", "int1", "int42"),
		s("badVerbZ", "Sprintf", "%z", "int42"),
		s("badVerbUni", "Sprintf", "%é %é", "int42", "sHello"),
		s("badVerbBytes", "Sprintf", "%\xff", "int42"),
		s("badVerbBang", "Sprintf", "%!", "sHello"),
		s("badVerbNil", "Sprintf", "%d %s %x %q", "nilAny", "nilAny", "nilAny", "nilAny"),
		s("reorder", "Sprintf", "%[2]d %[1]d", "int1", "int42"),
		s("reorder2", "Sprintf", "%[2]d %d %[1]d %d", "int1", "int42", "int-1"),
		s("reorderNoExtra", "Sprintf", "%[1]d", "int1", "int42", "int-1"),
		s("reorderRepeat", "Sprintf", "%[1]T %[1]v %[1]q", "sHello"),
		s("badIndex0", "Sprintf", "%[0]d", "int1"),
		s("badIndex3", "Sprintf", "%[3]d", "int1", "int42"),
		s("badIndexX", "Sprintf", "%[x]d", "int1"),
		s("badIndexNeg", "Sprintf", "%[-1]d", "int1"),
		s("badIndexOpen", "Sprintf", "%[1d", "int1"),
		s("badIndexEmpty", "Sprintf", "%[]d", "int1"),
		s("afterIndexWidth", "Sprintf", "%[1]2d", "int1"),
		s("afterIndexPrec", "Sprintf", "%[1].2d", "int1"),
		s("precIndex", "Sprintf", "%.[2]d", "int1", "int42"),
		s("precStarIndex", "Sprintf", "%.[2]*[1]f", "f3.14", "w3"),
		s("widthStarIndex", "Sprintf", "%[2]*[1]d|", "int42", "w5"),
		s("widthStarIndex2", "Sprintf", "%[3]*.[2]*[1]f|", "fpi", "w3", "w5"),
		s("star", "Sprintf", "%*d|", "w5", "int42"),
		s("starNeg", "Sprintf", "%*d|", "w-5", "int42"),
		s("starNegZero", "Sprintf", "%0*d|", "w-5", "int42"),
		s("starZero", "Sprintf", "%*d|", "w0", "int42"),
		s("starByte", "Sprintf", "%*d|", "wByte", "int42"),
		s("starInt8", "Sprintf", "%*d|", "wInt8", "int42"),
		s("starU32", "Sprintf", "%*d|", "wU32", "int42"),
		s("starU64", "Sprintf", "%*d|", "wU64", "int42"),
		s("starBig", "Sprintf", "%*d|", "wBig", "int42"),
		s("starStr", "Sprintf", "%*d|", "wStr", "int42"),
		s("starFloat", "Sprintf", "%*d|", "wFloat", "int42"),
		s("starMissing", "Sprintf", "%*d|"),
		s("starMissing2", "Sprintf", "%*d|", "w5"),
		s("precStar", "Sprintf", "%.*f|", "w3", "fpi"),
		s("precStarNeg", "Sprintf", "%.*f|", "w-5", "fpi"),
		s("precStarBig", "Sprintf", "%.*f|", "wBig", "fpi"),
		s("precStarStr", "Sprintf", "%.*f|", "wStr", "fpi"),
		s("widthPrecStar", "Sprintf", "%*.*f|", "w5", "w3", "fpi"),
		s("widthTooLarge", "Sprintf", "%100000000d|", "int1"),
		s("precTooLarge", "Sprintf", "%.100000000d|", "int1"),
		s("precEmpty", "Sprintf", "%.d|%.s|%.f|%.x", "int0", "sHello", "fpi", "int42"),
		s("flagsAll", "Sprintf", "%-+ #0v|%-+ #0d|", "int42", "int42"),
		s("flagsMinusZero", "Sprintf", "%-05d|%0-5d|%-05s|%0-5s|%-05.1f|%0-5.1f|%-05x|%0-5x|", "int42", "int42", "sHi", "sHi", "f1.5", "f1.5", "sHi", "sHi"),
		s("flagsPlusSpace", "Sprintf", "% +d|%+ d|% d|%+d", "int42", "int42", "int-42", "int-42"),
		s("text", "Sprintf", "a %d b %s c", "int1", "sHello"),
		s("textUTF8", "Sprintf", "é%vé\xff%v", "int1", "sHello"),
		s("multi", "Sprintf", "%v|%d|%s|%q|%x|%T", "ints", "ints", "strs", "strs", "strs", "anys"),
		s("nestedPanicWidth", "Sprintf", "%6v|%-6v|%6.2v|", "panics", "panics", "panics"),
		s("nestedPanicWidthMap", "Sprintf", "%8v|", "mPanic"),
		s("panicTop", "Sprintf", "%v|%s|%d|%x|%10v|%q", "Panic0", "Panic1", "Panic2", "Panic3", "Panic4", "Panic5"),
		s("panicNilRecv", "Sprintf", "%v|%s|%10v|%d", "pNilPtrS", "pNilPointS", "pNilPErr", "pNilPtrS"),
		// Print / Println spacing
		s("print1", "Sprint", "", "sHello", "sSpace"),
		s("print2", "Sprint", "", "int1", "int42"),
		s("print3", "Sprint", "", "sHello", "int1", "int42", "sHello", "sEmpty", "f1.5"),
		s("print4", "Sprint", "", "nilAny", "nilAny", "sHello", "nilAny"),
		s("print5", "Sprint", "", "Name", "int1", "Label", "int1", "Color1", "int1"),
		s("print6", "Sprint", "", "errNew", "errNew", "PointS", "ints", "strs"),
		s("print7", "Sprint", ""),
		s("print8", "Sprint", "", "bHi", "bHi", "sEmpty", "sEmpty", "int1"),
		s("print9", "Sprint", "", "Panic0", "int1", "pNilPtrS"),
		s("println1", "Sprintln", "", "sHello", "sSpace"),
		s("println2", "Sprintln", "", "int1", "sHello", "nilAny", "f1e6", "ints", "mStr"),
		s("println3", "Sprintln", ""),
		s("println4", "Sprintln", "", "sEmpty", "sEmpty"),
		s("println5", "Sprintln", "", "pPoint", "pNilPoint", "errNew", "errNil", "Panic1"),
		// Errorf and %w
		s("errorfW", "Errorf", "ctx: %w", "e1"),
		s("errorfV", "Errorf", "ctx: %v", "e1"),
		s("errorfNoWrap", "Errorf", "plain %d", "int1"),
		s("errorfW2", "Errorf", "%w and %w", "e1", "e2"),
		s("errorfW2rev", "Errorf", "%[2]w and %[1]w", "e1", "e2"),
		s("errorfWSame", "Errorf", "%[1]w %[1]w", "e1"),
		s("errorfWNonErr", "Errorf", "bad %w", "int1"),
		s("errorfWNil", "Errorf", "nil %w", "nilAny"),
		s("errorfWMissing", "Errorf", "%w"),
		s("errorfWFlags", "Errorf", "%+w|%#w|%10w|%-10w|", "e1", "eErr", "e2", "ePErr"),
		s("errorfWStruct", "Errorf", "%w", "eErr"),
		s("errorfWPtr", "Errorf", "%w", "ePErr"),
		s("errorfWThenNonErr", "Errorf", "%w %w", "e1", "int1"),
		s("errorfWNonErrThenErr", "Errorf", "%w %w", "int1", "e1"),
		s("errorfWx", "Errorf", "%x %w %q", "sHello", "e1", "e2"),
		s("sprintfW", "Sprintf", "%w", "e1"),
		s("sprintfWNonErr", "Sprintf", "%w", "int1"),
	}
}

// mPanic: a map whose values panic in String.
var mPanic = map[string]Panicky{"a": 0, "b": 6}

var extraValues = []value{
	{"sHi", "arg", "hi"},
	{"mPanic", "arg", mPanic},
}

func init() {
	_ = fmt.Sprint
}
