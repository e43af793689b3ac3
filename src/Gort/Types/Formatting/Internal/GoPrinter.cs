using System.Buffers;
using Gort.Versions;

namespace Gort.Types.Formatting.Internal;

/// <summary>
/// fmt's printer (<c>pp</c> in <c>fmt/print.go</c>): the Printf format loop, argument errors, methods, and the
/// reflective walk over composite values. The number, string and padding routines of <c>fmt/format.go</c> are in
/// <c>GoPrinter.Format.cs</c>. One printer serves one call; it is not thread-safe.
/// </summary>
internal sealed partial class GoPrinter : IDisposable
{
    private const string NilAngle = "<nil>";
    private const string NilParen = "(nil)";
    private const string CommaSpace = ", ";

    private readonly GoVersion _version;
    private readonly GoFormatHost _host;
    private readonly GoQuote _quote;
    private FmtBuffer _buf;
    private FmtSort? _sort;

    // pp state
    private bool _erroring;
    private bool _panicking;
    private bool _wrapErrs;
    private bool _reordered;
    private bool _goodArgNum;
    private List<int>? _wrappedErrs;
    private int _wrapped119 = -1;
    private int _currentArg;

    public GoPrinter(GoVersion version, GoFormatHost host)
    {
        _version = version;
        _host = host;
        _quote = GoQuote.ForUnicode(version.StrconvUnicodeVersion);
        _buf = new FmtBuffer(128);
    }

    public ReadOnlySpan<byte> Output => _buf.Written;

    /// <summary>
    /// The arguments <c>%w</c> named, in format order with repeats (Errorf, 1.20+), or the one argument 1.19 wrapped.
    /// </summary>
    public IReadOnlyList<int> WrappedArgs => _version.ErrorfWrapsMany ? (IReadOnlyList<int>?)_wrappedErrs ?? [] : _wrapped119 >= 0 ? [_wrapped119] : [];

    public void Dispose() => _buf.Dispose();

    // ---- entry points ---------------------------------------------------------------------------------------------

    public void DoPrint(ReadOnlySpan<GoValue> args)
    {
        var prevString = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var isString = arg.Type is not null && arg.Type.Underlying.Kind == GoKind.String;
            if (i > 0 && !isString && !prevString)
            {
                _buf.WriteByte((byte)' ');
            }

            PrintArg(arg, 'v');
            prevString = isString;
        }
    }

    public void DoPrintln(ReadOnlySpan<GoValue> args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0)
            {
                _buf.WriteByte((byte)' ');
            }

            PrintArg(args[i], 'v');
        }

        _buf.WriteByte((byte)'\n');
    }

    /// <summary>Errorf: Printf with <c>%w</c> accepted for error operands.</summary>
    public void DoErrorf(ReadOnlySpan<byte> format, ReadOnlySpan<GoValue> args)
    {
        _wrapErrs = true;
        _wrappedErrs = [];
        DoPrintf(format, args);
    }

    public bool Reordered => _reordered;

    public void DoPrintf(ReadOnlySpan<byte> format, ReadOnlySpan<GoValue> a)
    {
        var end = format.Length;
        var argNum = 0;
        var afterIndex = false;
        _reordered = false;
        for (var i = 0; i < end;)
        {
            _goodArgNum = true;
            var lasti = i;
            while (i < end && format[i] != '%')
            {
                i++;
            }

            if (i > lasti)
            {
                _buf.Write(format[lasti..i]);
            }

            if (i >= end)
            {
                break;
            }

            i++; // the '%'
            ClearFlags();
            for (; i < end; i++)
            {
                var c = format[i];
                if (c == '#')
                {
                    _sharp = true;
                }
                else if (c == '0')
                {
                    _zero = true;
                }
                else if (c == '+')
                {
                    _plus = true;
                }
                else if (c == '-')
                {
                    _minus = true;
                }
                else if (c == ' ')
                {
                    _space = true;
                }
                else
                {
                    break;
                }
            }

            // Go's fast path for a simple lower-case verb gives the same output as the general path below.
            (argNum, i, afterIndex) = ArgNumber(argNum, format, i, a.Length);

            if (i < end && format[i] == '*')
            {
                i++;
                (_wid, _widPresent, argNum) = IntFromArg(a, argNum);
                if (!_widPresent)
                {
                    _buf.WriteAscii("%!(BADWIDTH)");
                }

                if (_wid < 0)
                {
                    _wid = -_wid;
                    _minus = true;
                    _zero = false; // no zero padding to the right
                }

                afterIndex = false;
            }
            else
            {
                (_wid, _widPresent, i) = ParseNum(format, i, end);
                if (afterIndex && _widPresent)
                {
                    _goodArgNum = false; // "%[3]2d"
                }
            }

            if (i + 1 < end && format[i] == '.')
            {
                i++;
                if (afterIndex)
                {
                    _goodArgNum = false; // "%[3].2d"
                }

                (argNum, i, afterIndex) = ArgNumber(argNum, format, i, a.Length);
                if (i < end && format[i] == '*')
                {
                    i++;
                    (_prec, _precPresent, argNum) = IntFromArg(a, argNum);
                    if (_prec < 0)
                    {
                        _prec = 0;
                        _precPresent = false;
                    }

                    if (!_precPresent)
                    {
                        _buf.WriteAscii("%!(BADPREC)");
                    }

                    afterIndex = false;
                }
                else
                {
                    (_prec, _precPresent, i) = ParseNum(format, i, end);
                    if (!_precPresent)
                    {
                        _prec = 0;
                        _precPresent = true;
                    }
                }
            }

            if (!afterIndex)
            {
                (argNum, i, afterIndex) = ArgNumber(argNum, format, i, a.Length);
            }

            if (i >= end)
            {
                _buf.WriteAscii("%!(NOVERB)");
                break;
            }

            var (verb, size) = GoUtf8.DecodeRune(format[i..]);
            i += size;

            if (verb == '%')
            {
                _buf.WriteByte((byte)'%'); // does not absorb an operand, ignores width and precision
            }
            else if (!_goodArgNum)
            {
                WriteBang(verb);
                _buf.WriteAscii("(BADINDEX)");
            }
            else if (argNum >= a.Length)
            {
                WriteBang(verb);
                _buf.WriteAscii("(MISSING)");
            }
            else
            {
                if (verb == 'w' && _version.ErrorfWrapsMany)
                {
                    _wrappedErrs?.Add(argNum);
                }

                // %v sets the Go-syntax and field-name modes; so does %w from 1.20 (1.19 left %#w and %+w as flags).
                if (verb == 'v' || (verb == 'w' && _version.ErrorfWrapsMany))
                {
                    _sharpV = _sharp;
                    _sharp = false;
                    _plusV = _plus;
                    _plus = false;
                }

                _currentArg = argNum;
                PrintArg(a[argNum], verb);
                argNum++;
            }
        }

        // Extra arguments are reported unless the format used explicit indexes.
        if (!_reordered && argNum < a.Length)
        {
            ClearFlags();
            _buf.WriteAscii("%!(EXTRA ");
            for (var i = argNum; i < a.Length; i++)
            {
                if (i > argNum)
                {
                    _buf.WriteAscii(CommaSpace);
                }

                if (a[i].Type is null)
                {
                    _buf.WriteAscii(NilAngle);
                }
                else
                {
                    _buf.WriteUtf16(GoTypeStrings.Reflect(a[i].Type!));
                    _buf.WriteByte((byte)'=');
                    PrintArg(a[i], 'v');
                }
            }

            _buf.WriteByte((byte)')');
        }
    }

    private static (int Num, bool IsNum, int NewI) ParseNum(ReadOnlySpan<byte> s, int start, int end)
    {
        if (start >= end)
        {
            return (0, false, end);
        }

        int num = 0, i;
        var isNum = false;
        for (i = start; i < end && s[i] >= '0' && s[i] <= '9'; i++)
        {
            if (TooLarge(num))
            {
                return (0, false, end); // overflow; most likely a crazy long number
            }

            num = (num * 10) + (s[i] - '0');
            isNum = true;
        }

        return (num, isNum, i);
    }

    private static bool TooLarge(long x) => x > 1_000_000 || x < -1_000_000;

    private (int ArgNum, int NewI, bool Found) ArgNumber(int argNum, ReadOnlySpan<byte> format, int i, int numArgs)
    {
        if (format.Length <= i || format[i] != '[')
        {
            return (argNum, i, false);
        }

        _reordered = true;
        var (index, wid, ok) = ParseArgNumber(format[i..]);
        if (ok && index >= 0 && index < numArgs)
        {
            return (index, i + wid, true);
        }

        _goodArgNum = false;
        return (argNum, i + wid, ok);
    }

    private static (int Index, int Wid, bool Ok) ParseArgNumber(ReadOnlySpan<byte> format)
    {
        if (format.Length < 3)
        {
            return (0, 1, false);
        }

        for (var i = 1; i < format.Length; i++)
        {
            if (format[i] == ']')
            {
                var (width, ok, newi) = ParseNum(format, 1, i);
                if (!ok || newi != i)
                {
                    return (0, i + 1, false);
                }

                return (width - 1, i + 1, true);
            }
        }

        return (0, 1, false);
    }

    private static (int Num, bool IsInt, int NewArgNum) IntFromArg(ReadOnlySpan<GoValue> a, int argNum)
    {
        var newArgNum = argNum;
        var num = 0L;
        var isInt = false;
        if (argNum < a.Length)
        {
            var v = a[argNum];
            switch (v.Type?.Underlying.Kind)
            {
                case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64:
                    num = v.AsInt64;
                    isInt = true;
                    break;
                case GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                    if ((long)v.AsUInt64 >= 0)
                    {
                        num = (long)v.AsUInt64;
                        isInt = true;
                    }

                    break;
            }

            newArgNum = argNum + 1;
            if (TooLarge(num))
            {
                num = 0;
                isInt = false;
            }
        }

        return ((int)num, isInt, newArgNum);
    }

    // ---- operands -------------------------------------------------------------------------------------------------

    private void WriteBang(int verb)
    {
        _buf.WriteByte((byte)'%');
        _buf.WriteByte((byte)'!');
        _buf.WriteRune(verb);
    }

    private GoFormatMethods Methods(GoType type) => type is GoBasicType ? GoFormatMethods.None : _host.MethodsOf(type);

    /// <summary><c>printArg</c>: a top-level operand (an interface value: its dynamic value, or nil).</summary>
    private void PrintArg(GoValue arg, int verb)
    {
        if (arg.Type is null)
        {
            if (verb is 'T' or 'v')
            {
                PadString(NilAngle);
            }
            else
            {
                BadVerb(arg, null, verb);
            }

            return;
        }

        if (verb == 'T')
        {
            FmtS(GoTypeStrings.Reflect(arg.Type));
            return;
        }

        if (verb == 'p')
        {
            FmtPointer(arg, 'p');
            return;
        }

        // printArg's fast paths: predeclared types have no methods (so %w is a plain bad verb), and exactly []byte
        // passes the name "[]byte" (%#v prints []byte{...}, not []uint8{...}).
        if (arg.Type is GoBasicType { Kind: not GoKind.UnsafePointer })
        {
            PrintValue(arg, verb, 0, canInterface: true);
            return;
        }

        if (arg.Type is GoSliceType { Elem: GoBasicType { Kind: GoKind.Uint8 } })
        {
            FmtBytes(arg, verb, "[]byte", depth: 0);
            return;
        }

        if (!HandleMethods(arg, null, verb))
        {
            PrintValue(arg, verb, 0, canInterface: true);
        }
    }

    /// <summary>
    /// A value read from a slot of static type <paramref name="slotType"/> (element, field, key, map value): an
    /// interface slot holds its dynamic value or nil.
    /// </summary>
    private void PrintSlot(GoValue value, GoType slotType, int verb, int depth, bool canInterface)
    {
        if (slotType.Underlying.Kind != GoKind.Interface)
        {
            PrintValue(value, verb, depth, canInterface);
            return;
        }

        if (value.Type is null)
        {
            // printValue of a nil interface: its methods are looked for first (only %w reacts, as a bad verb).
            if (depth > 0 && canInterface && HandleMethods(value, slotType, verb))
            {
                return;
            }

            if (_sharpV)
            {
                _buf.WriteUtf16(GoTypeStrings.Reflect(slotType));
                _buf.WriteAscii(NilParen);
            }
            else
            {
                _buf.WriteAscii(NilAngle);
            }

            return;
        }

        PrintValue(value, verb, depth, canInterface);
    }

    /// <summary><c>printValue</c>: <paramref name="value"/> is never an interface (slots unwrap them).</summary>
    private void PrintValue(GoValue value, int verb, int depth, bool canInterface)
    {
        if (depth > 0 && canInterface && HandleMethods(value, null, verb))
        {
            return;
        }

        var type = value.Type!;
        var under = type.Underlying;
        switch (under.Kind)
        {
            case GoKind.Bool:
                if (verb is 't' or 'v')
                {
                    PadString(value.AsBool ? "true" : "false");
                }
                else
                {
                    BadVerb(value, null, verb);
                }

                break;
            case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64:
                PrintInteger(value, value.AsUInt64, true, verb);
                break;
            case GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                PrintInteger(value, value.AsUInt64, false, verb);
                break;
            case GoKind.Float32:
                PrintFloat(value, value.AsFloat64, 32, verb);
                break;
            case GoKind.Float64:
                PrintFloat(value, value.AsFloat64, 64, verb);
                break;
            case GoKind.Complex64:
                PrintComplex(value, 64, verb);
                break;
            case GoKind.Complex128:
                PrintComplex(value, 128, verb);
                break;
            case GoKind.String:
                PrintString(value, verb);
                break;
            case GoKind.Map:
                PrintMap(value, (GoMapType)under, verb, depth, canInterface);
                break;
            case GoKind.Struct:
                PrintStruct(value, (GoStructType)under, verb, depth, canInterface);
                break;
            case GoKind.Array or GoKind.Slice:
                PrintSequence(value, verb, depth, canInterface);
                break;
            case GoKind.Pointer:
                // A pointer to an array, slice, struct or map prints as &value at top level only (no loops below).
                if (depth == 0 && value.Reference is IGoPointer target
                    && ((GoPointerType)under).Elem.Underlying.Kind is GoKind.Array or GoKind.Slice or GoKind.Struct or GoKind.Map)
                {
                    _buf.WriteByte((byte)'&');
                    PrintValue(target.Load(), verb, depth + 1, canInterface);
                    return;
                }

                FmtPointer(value, verb);
                break;
            case GoKind.Chan or GoKind.Func or GoKind.UnsafePointer:
                FmtPointer(value, verb);
                break;
            default:
                _buf.WriteByte((byte)'?');
                _buf.WriteUtf16(GoTypeStrings.Reflect(type));
                _buf.WriteByte((byte)'?');
                break;
        }
    }

    private void PrintMap(GoValue value, GoMapType type, int verb, int depth, bool canInterface)
    {
        if (_sharpV)
        {
            _buf.WriteUtf16(GoTypeStrings.Reflect(value.Type!));
            if (value.Reference is null)
            {
                _buf.WriteAscii(NilParen);
                return;
            }

            _buf.WriteByte((byte)'{');
        }
        else
        {
            _buf.WriteAscii("map[");
        }

        if (value.Reference is IGoMap map)
        {
            _sort ??= new FmtSort(_version, _host);
            var sorted = _sort.Sort(map, type);
            for (var i = 0; i < sorted.Length; i++)
            {
                if (i > 0)
                {
                    if (_sharpV)
                    {
                        _buf.WriteAscii(CommaSpace);
                    }
                    else
                    {
                        _buf.WriteByte((byte)' ');
                    }
                }

                PrintSlot(sorted[i].Key, type.Key, verb, depth + 1, canInterface);
                _buf.WriteByte((byte)':');
                PrintSlot(sorted[i].Value, type.Elem, verb, depth + 1, canInterface);
            }
        }

        _buf.WriteByte(_sharpV ? (byte)'}' : (byte)']');
    }

    private void PrintStruct(GoValue value, GoStructType type, int verb, int depth, bool canInterface)
    {
        if (_sharpV)
        {
            _buf.WriteUtf16(GoTypeStrings.Reflect(value.Type!));
        }

        _buf.WriteByte((byte)'{');
        var fields = (IGoStruct?)value.Reference;
        for (var i = 0; i < type.Fields.Count; i++)
        {
            if (i > 0)
            {
                if (_sharpV)
                {
                    _buf.WriteAscii(CommaSpace);
                }
                else
                {
                    _buf.WriteByte((byte)' ');
                }
            }

            var field = type.Fields[i];
            if ((_plusV || _sharpV) && field.Name.Length > 0)
            {
                _buf.WriteUtf16(field.Name);
                _buf.WriteByte((byte)':');
            }

            var fieldValue = fields is null ? Zero(field.Type) : fields.Field(i);
            PrintSlot(fieldValue, field.Type, verb, depth + 1, canInterface && IsExported(field.Name));
        }

        _buf.WriteByte((byte)'}');
    }

    private void PrintSequence(GoValue value, int verb, int depth, bool canInterface)
    {
        var type = value.Type!;
        var under = type.Underlying;
        var elemType = under is GoSliceType s ? s.Elem : ((GoArrayType)under).Elem;
        if (verb is 's' or 'q' or 'x' or 'X' && elemType.Underlying.Kind == GoKind.Uint8)
        {
            FmtBytes(value, verb, GoTypeStrings.Reflect(type), depth);
            return;
        }

        var seq = value.Reference as IGoSequence;
        var isNilSlice = under.Kind == GoKind.Slice && value.Reference is null;
        var length = seq?.Length ?? (under is GoArrayType a ? (int)a.Length : 0);
        if (_sharpV)
        {
            _buf.WriteUtf16(GoTypeStrings.Reflect(type));
            if (isNilSlice)
            {
                _buf.WriteAscii(NilParen);
                return;
            }

            _buf.WriteByte((byte)'{');
            for (var i = 0; i < length; i++)
            {
                if (i > 0)
                {
                    _buf.WriteAscii(CommaSpace);
                }

                PrintSlot(seq is null ? Zero(elemType) : seq.Element(i), elemType, verb, depth + 1, canInterface);
            }

            _buf.WriteByte((byte)'}');
            return;
        }

        _buf.WriteByte((byte)'[');
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                _buf.WriteByte((byte)' ');
            }

            PrintSlot(seq is null ? Zero(elemType) : seq.Element(i), elemType, verb, depth + 1, canInterface);
        }

        _buf.WriteByte((byte)']');
    }

    // A composite without storage behind it (an array or struct value the host left null) reads as zeros.
    private static GoValue Zero(GoType type) => type.Underlying.Kind switch
    {
        GoKind.Bool => GoValue.Bool(type, false),
        GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64 or GoKind.Uint or GoKind.Uint8
            or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr => GoValue.Int(type, 0),
        GoKind.Float32 or GoKind.Float64 => GoValue.Float(type, 0),
        GoKind.Complex64 or GoKind.Complex128 => GoValue.Complex(type, 0, 0),
        GoKind.String => GoValue.StringUtf16(type, null),
        GoKind.Interface => GoValue.Nil,
        _ => GoValue.Composite(type, null),
    };

    /// <summary>Go's <c>token.IsExported</c>: the name starts with an upper-case letter.</summary>
    private static bool IsExported(string name) =>
        name.Length > 0 && System.Text.Rune.DecodeFromUtf16(name, out var r, out _) == OperationStatus.Done && System.Text.Rune.IsUpper(r);

    // ---- methods ----------------------------------------------------------------------------------------------------

    /// <summary>
    /// <c>handleMethods</c>: calls Error, String or GoString when fmt would, and reports whether the operand is done.
    /// <paramref name="nilSlot"/> is the static type of a nil interface operand reached inside a composite (only %w
    /// reacts to it).
    /// </summary>
    private bool HandleMethods(GoValue arg, GoType? nilSlot, int verb)
    {
        if (_erroring)
        {
            return false;
        }

        var methods = arg.Type is null ? GoFormatMethods.None : Methods(arg.Type);
        if (verb == 'w')
        {
            // %w is valid only in Errorf and only with an error operand; it then prints as %v. Through 1.19 only once:
            // a second %w, or a bad one, also drops the wrapping.
            var isError = (methods & GoFormatMethods.Error) != 0;
            if (_version.ErrorfWrapsMany)
            {
                if (!isError || !_wrapErrs)
                {
                    BadVerb(arg, nilSlot, verb);
                    return true;
                }
            }
            else
            {
                if (!isError || !_wrapErrs || _wrapped119 >= 0)
                {
                    _wrapped119 = -1;
                    _wrapErrs = false;
                    BadVerb(arg, nilSlot, verb);
                    return true;
                }

                _wrapped119 = _currentArg;
            }

            verb = 'v';
        }

        if (_sharpV)
        {
            if ((methods & GoFormatMethods.GoString) != 0)
            {
                CallMethod(arg, GoFormatMethods.GoString, verb, "GoString");
                return true;
            }

            return false;
        }

        if (verb is 'v' or 's' or 'x' or 'X' or 'q')
        {
            if ((methods & GoFormatMethods.Error) != 0)
            {
                CallMethod(arg, GoFormatMethods.Error, verb, "Error");
                return true;
            }

            if ((methods & GoFormatMethods.String) != 0)
            {
                CallMethod(arg, GoFormatMethods.String, verb, "String");
                return true;
            }
        }

        return false;
    }

    private void CallMethod(GoValue arg, GoFormatMethods method, int verb, string name)
    {
        GoValue result;
        try
        {
            result = _host.Call(method, arg);
        }
        catch (Exception e) when (_host.TryGetPanicValue(e, out var panicValue))
        {
            CatchPanic(arg, verb, name, panicValue, e);
            return;
        }

        if (method == GoFormatMethods.GoString)
        {
            FmtS(result);
        }
        else
        {
            PrintString(arg, result, verb);
        }
    }

    /// <summary><c>catchPanic</c>: what fmt prints when a method panics.</summary>
    private void CatchPanic(GoValue arg, int verb, string method, GoValue panicValue, Exception exception)
    {
        // A nil pointer receiver prints <nil>: most likely a method without a nil guard.
        if (arg.Type?.Underlying.Kind == GoKind.Pointer && arg.Reference is null && arg.ExplicitAddress == 0)
        {
            _buf.WriteAscii(NilAngle);
            return;
        }

        if (_panicking)
        {
            // A nested panic: printing the panic value panicked too; Go re-panics.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception).Throw();
        }

        var saved = SaveFlags();
        ClearFlags();
        WriteBang(verb);
        _buf.WriteAscii("(PANIC=");
        _buf.WriteAscii(method);
        _buf.WriteAscii(" method: ");
        _panicking = true;
        PrintArg(panicValue, 'v');
        _panicking = false;
        _buf.WriteByte((byte)')');
        RestoreFlags(saved);
    }

    /// <summary><c>badVerb</c>: <c>%!verb(type=value)</c>, or <c>%!verb(&lt;nil&gt;)</c>.</summary>
    private void BadVerb(GoValue value, GoType? nilSlot, int verb)
    {
        _erroring = true;
        WriteBang(verb);
        _buf.WriteByte((byte)'(');
        if (value.Type is not null)
        {
            _buf.WriteUtf16(GoTypeStrings.Reflect(value.Type));
            _buf.WriteByte((byte)'=');
            PrintArg(value, 'v');
        }
        else if (nilSlot is not null)
        {
            _buf.WriteUtf16(GoTypeStrings.Reflect(nilSlot));
            _buf.WriteByte((byte)'=');
            _buf.WriteUtf16(_sharpV ? GoTypeStrings.Reflect(nilSlot) + NilParen : NilAngle);
        }
        else
        {
            _buf.WriteAscii(NilAngle);
        }

        _buf.WriteByte((byte)')');
        _erroring = false;
    }

    // ---- kinds --------------------------------------------------------------------------------------------------------

    private void PrintInteger(GoValue value, ulong v, bool isSigned, int verb)
    {
        switch (verb)
        {
            case 'v':
                if (_sharpV && !isSigned)
                {
                    Fmt0x64(v, true);
                }
                else
                {
                    FmtInteger(v, 10, isSigned, verb, LowerDigits);
                }

                break;
            case 'd':
                FmtInteger(v, 10, isSigned, verb, LowerDigits);
                break;
            case 'b':
                FmtInteger(v, 2, isSigned, verb, LowerDigits);
                break;
            case 'o' or 'O':
                FmtInteger(v, 8, isSigned, verb, LowerDigits);
                break;
            case 'x':
                FmtInteger(v, 16, isSigned, verb, LowerDigits);
                break;
            case 'X':
                FmtInteger(v, 16, isSigned, verb, UpperDigits);
                break;
            case 'c':
                FmtC(v);
                break;
            case 'q':
                FmtQc(v);
                break;
            case 'U':
                FmtUnicode(v);
                break;
            default:
                BadVerb(value, null, verb);
                break;
        }
    }

    private void PrintFloat(GoValue value, double v, int size, int verb)
    {
        switch (verb)
        {
            case 'v':
                FmtFloat(v, size, (byte)'g', -1);
                break;
            case 'b' or 'g' or 'G' or 'x' or 'X':
                FmtFloat(v, size, (byte)verb, -1);
                break;
            case 'f' or 'e' or 'E':
                FmtFloat(v, size, (byte)verb, 6);
                break;
            case 'F':
                FmtFloat(v, size, (byte)'f', 6);
                break;
            default:
                BadVerb(value, null, verb);
                break;
        }
    }

    private void PrintComplex(GoValue value, int size, int verb)
    {
        if (verb is 'v' or 'b' or 'g' or 'G' or 'x' or 'X' or 'f' or 'F' or 'e' or 'E')
        {
            var oldPlus = _plus;
            _buf.WriteByte((byte)'(');
            PrintFloat(value, value.Real, size / 2, verb);
            _plus = true; // the imaginary part always has a sign
            PrintFloat(value, value.Imag, size / 2, verb);
            _buf.WriteAscii("i)");
            _plus = oldPlus;
        }
        else
        {
            BadVerb(value, null, verb);
        }
    }

    private void PrintString(GoValue value, int verb) => PrintString(value, value, verb);

    /// <summary><c>fmtString</c> of <paramref name="text"/>; <paramref name="operand"/> is what a bad verb names.</summary>
    private void PrintString(GoValue operand, GoValue text, int verb)
    {
        switch (verb)
        {
            case 'v':
                if (_sharpV)
                {
                    FmtQ(text);
                }
                else
                {
                    FmtS(text);
                }

                break;
            case 's':
                FmtS(text);
                break;
            case 'x':
                FmtSbx(text, LowerDigits);
                break;
            case 'X':
                FmtSbx(text, UpperDigits);
                break;
            case 'q':
                FmtQ(text);
                break;
            default:
                BadVerb(operand, null, verb);
                break;
        }
    }

    /// <summary><c>fmtBytes</c> for a byte slice or array operand.</summary>
    private void FmtBytes(GoValue value, int verb, string typeString, int depth)
    {
        var seq = value.Reference as IGoSequence;
        var isNil = value.Reference is null && value.Type!.Underlying.Kind == GoKind.Slice;
        var length = seq?.Length ?? (value.Type!.Underlying is GoArrayType arr ? (int)arr.Length : 0);
        byte[]? rented = null;
        ReadOnlySpan<byte> bytes;
        if (seq is IGoByteSequence direct)
        {
            bytes = direct.Bytes;
        }
        else
        {
            rented = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            for (var i = 0; i < length; i++)
            {
                rented[i] = (byte)seq!.Element(i).AsUInt64;
            }

            bytes = rented.AsSpan(0, length);
        }

        try
        {
            switch (verb)
            {
                case 'v' or 'd':
                    if (_sharpV)
                    {
                        _buf.WriteUtf16(typeString);
                        if (isNil)
                        {
                            _buf.WriteAscii(NilParen);
                            return;
                        }

                        _buf.WriteByte((byte)'{');
                        for (var i = 0; i < bytes.Length; i++)
                        {
                            if (i > 0)
                            {
                                _buf.WriteAscii(CommaSpace);
                            }

                            Fmt0x64(bytes[i], true);
                        }

                        _buf.WriteByte((byte)'}');
                    }
                    else
                    {
                        _buf.WriteByte((byte)'[');
                        for (var i = 0; i < bytes.Length; i++)
                        {
                            if (i > 0)
                            {
                                _buf.WriteByte((byte)' ');
                            }

                            FmtInteger(bytes[i], 10, false, verb, LowerDigits);
                        }

                        _buf.WriteByte((byte)']');
                    }

                    break;
                case 's':
                    FmtBs(bytes);
                    break;
                case 'x':
                    FmtSbx(bytes, LowerDigits);
                    break;
                case 'X':
                    FmtSbx(bytes, UpperDigits);
                    break;
                case 'q':
                    FmtQ(bytes);
                    break;
                default:
                    // printValue(reflect.ValueOf(v)) of a plain []byte: elements are uint8 whatever the operand's type.
                    var u8 = GoBasicType.Uint8;
                    if (_sharpV)
                    {
                        _buf.WriteAscii("[]uint8");
                        if (isNil)
                        {
                            _buf.WriteAscii(NilParen);
                            return;
                        }
                    }

                    _buf.WriteByte(_sharpV ? (byte)'{' : (byte)'[');
                    for (var i = 0; i < bytes.Length; i++)
                    {
                        if (i > 0)
                        {
                            if (_sharpV)
                            {
                                _buf.WriteAscii(CommaSpace);
                            }
                            else
                            {
                                _buf.WriteByte((byte)' ');
                            }
                        }

                        PrintValue(GoValue.Int(u8, bytes[i]), verb, depth + 1, canInterface: true);
                    }

                    _buf.WriteByte(_sharpV ? (byte)'}' : (byte)']');
                    break;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private void FmtPointer(GoValue value, int verb)
    {
        if (value.Type!.Underlying.Kind is not (GoKind.Chan or GoKind.Func or GoKind.Map or GoKind.Pointer or GoKind.Slice or GoKind.UnsafePointer))
        {
            BadVerb(value, null, verb);
            return;
        }

        var u = GoAddresses.Of(value);
        switch (verb)
        {
            case 'v':
                if (_sharpV)
                {
                    _buf.WriteByte((byte)'(');
                    _buf.WriteUtf16(GoTypeStrings.Reflect(value.Type));
                    _buf.WriteAscii(")(");
                    if (u == 0)
                    {
                        _buf.WriteAscii("nil");
                    }
                    else
                    {
                        Fmt0x64(u, true);
                    }

                    _buf.WriteByte((byte)')');
                }
                else if (u == 0)
                {
                    PadString(NilAngle);
                }
                else
                {
                    Fmt0x64(u, !_sharp);
                }

                break;
            case 'p':
                Fmt0x64(u, !_sharp);
                break;
            case 'b' or 'o' or 'd' or 'x' or 'X':
                PrintInteger(value, u, false, verb);
                break;
            default:
                BadVerb(value, null, verb);
                break;
        }
    }
}
