namespace Gort.Versions;

/// <summary>The rules of <c>fmt</c>, <c>strconv</c> and <c>internal/fmtsort</c> that changed between releases.</summary>
public sealed partial class GoVersion
{
    // Predeclared types in the order the runtime package's object defines their descriptors, which is their order in
    // the binary among descriptors of the same size. Measured on go1.21.13 and go1.22.12–go1.27.3 (tools/fmtcorpus,
    // the `mAnyNumKinds` and `mAnyMixed` cases, and a reflect dump of every predeclared type's descriptor address).
    private static readonly string[] s_runtimeTypeOrder121 =
    [
        "string", "bool", "complex128", "complex64", "float32", "float64", "int", "int16", "int32", "int64", "int8",
        "uintptr", "uint32", "uint8", "uint", "unsafe.Pointer", "uint64", "uint16",
    ];

    private static readonly string[] s_runtimePointerOrder121 =
    [
        "*string", "*error", "*bool", "*complex128", "*complex64", "*float32", "*float64", "*int", "*int16", "*int32",
        "*int64", "*int8", "*uintptr", "*uint32", "*uint8", "*uint", "*unsafe.Pointer", "*uint64", "*uint16",
        "*interface {}",
    ];

    private static readonly string[] s_runtimeTypeOrder122 =
    [
        "string", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "int", "uint", "uintptr",
        "complex64", "complex128", "float32", "float64", "bool", "unsafe.Pointer",
    ];

    private static readonly string[] s_runtimePointerOrder122 =
    [
        "*error", "*string", "*int8", "*uint8", "*int16", "*uint16", "*int32", "*uint32", "*int64", "*uint64", "*int",
        "*uint", "*uintptr", "*complex64", "*complex128", "*float32", "*float64", "*bool", "*unsafe.Pointer",
        "*interface {}",
    ];

    /// <summary>
    /// The major Unicode version of the tables behind <c>strconv.IsPrint</c>, which decides what <c>%q</c> and
    /// <c>%#U</c> escape: 13 through 1.20, 15 from 1.21, 17 from 1.27 (<c>unicode/tables.go</c>; the tables come from
    /// each release's <c>strconv/isprint.go</c>, see <c>tools/isprint</c>).
    /// </summary>
    public int StrconvUnicodeVersion => Minor >= 27 ? 17 : Minor >= 21 ? 15 : 13;

    /// <summary>
    /// Go 1.23+: fmt's <c>clearflags</c> also zeroes the width and precision. After a <c>String</c>/<c>Error</c> method
    /// panics inside a composite operand, <c>catchPanic</c> restores the flags but not those numbers, so the operand's
    /// later elements are printed with width 0 (<c>fmt/format.go</c>; measured: the corpus' <c>panics %5v</c> cases).
    /// </summary>
    public bool FmtClearFlagsResetsWidth => Minor >= 23;

    /// <summary>
    /// Go 1.23+: <c>internal/fmtsort</c> compares floats with <c>cmp.Compare</c> (NaN equals NaN, so struct keys
    /// holding NaN are ordered by their other fields). Before, <c>floatCompare</c> called a NaN smaller than anything,
    /// another NaN included, so keys that differ only after a NaN came out in map iteration order.
    /// </summary>
    public bool FmtSortNaNsEqual => Minor >= 23;

    /// <summary>
    /// Go 1.20+: <c>fmt.Errorf</c> accepts several <c>%w</c> and returns a <c>*fmt.wrapErrors</c>; before, a second
    /// <c>%w</c> printed <c>%!w(...)</c> and the result wrapped nothing (<c>fmt/errors.go</c>, <c>fmt/print.go</c>).
    /// </summary>
    public bool ErrorfWrapsMany => Minor >= 20;

    /// <summary>
    /// How the linker orders type descriptors, hence mixed-type interface map keys in fmt's output: by size then name
    /// through 1.19 (measured on go1.19.8), by size then symbol index from 1.20 (1.21.13–1.26.10 measured; 1.20 not),
    /// typelinked types first from 1.27 (go1.27.3).
    /// </summary>
    public TypeDescriptorOrder TypeDescriptorOrder => Minor >= 27 ? TypeDescriptorOrder.TypelinksFirst
        : Minor >= 20 ? TypeDescriptorOrder.SizeThenSymbolIndex : TypeDescriptorOrder.SizeThenName;

    /// <summary>
    /// The predeclared types (and pointers to them) in the order the runtime package defines their descriptors, for
    /// <see cref="TypeDescriptorOrder.SizeThenSymbolIndex"/> (1.20 assumed equal to the measured 1.21).
    /// </summary>
    public IReadOnlyList<string> RuntimeTypeDescriptorOrder => Minor >= 22 ? s_runtimeTypeOrder122 : s_runtimeTypeOrder121;

    /// <summary>The pointers to predeclared types in the runtime's order (see <see cref="RuntimeTypeDescriptorOrder"/>).</summary>
    public IReadOnlyList<string> RuntimePointerDescriptorOrder => Minor >= 22 ? s_runtimePointerOrder122 : s_runtimePointerOrder121;
}
