using System.Buffers;
using System.Text;
using Gort.Types;
using Gort.Types.Formatting;
using Gort.Versions;

namespace Gort.Tests.Types.Formatting;

/// <summary>The value interface's own contract: construction, wrapping, the writer entry points, bad input.</summary>
public class GoValueTests
{
    private static readonly GoFormatter s_fmt = GoFormatter.ForVersion(GoVersion.Latest);

    [Fact]
    public void Int_WrapsToTheTypesWidth_AsAGoConversion()
    {
        Assert.Equal(-56, GoValue.Int(GoBasicType.Int8, 200).AsInt64);
        Assert.Equal(255UL, GoValue.Int(GoBasicType.Uint8, -1).AsUInt64);
        Assert.Equal(ulong.MaxValue, GoValue.Uint(GoBasicType.Uint64, ulong.MaxValue).AsUInt64);
        Assert.Equal("-56 255 18446744073709551615", Sprint("%v %v %v", GoValue.Int(GoBasicType.Int8, 200), GoValue.Int(GoBasicType.Uint8, -1), GoValue.Uint(GoBasicType.Uint64, ulong.MaxValue)));
    }

    [Fact]
    public void Float32_IsRoundedToSinglePrecision_AndPrintedWithItsShortestDigits()
    {
        var f = GoValue.Float(GoBasicType.Float32, 0.1);
        Assert.Equal((double)0.1f, f.AsFloat64);
        Assert.Equal("0.1 0.10000000149011612", Sprint("%v %v", f, GoValue.Float(GoBasicType.Float64, f.AsFloat64)));
    }

    [Fact]
    public void Strings_AreBytes_InEveryRepresentation()
    {
        var bytes = new byte[] { (byte)'a', 0xff, (byte)'b' };
        var fromBytes = GoValue.String(GoBasicType.String, bytes);
        var latin1 = GoValue.StringLatin1(GoBasicType.String, "a\u00ffb");
        var slice = GoValue.String(GoBasicType.String, [0, (byte)'x', (byte)'a', 0xff, (byte)'b', 0], 2, 3);
        Assert.All([fromBytes, latin1, slice], v => Assert.Equal("\"a\\xffb\" 61ff62 3", Sprint("%q %x %d", v, v, GoValue.Int(GoBasicType.Int, v.StringLength))));
        Assert.Equal("\"héllo\"", Sprint("%q", GoValue.StringUtf16(GoBasicType.String, "héllo")));
        Assert.Equal("\"\"", Sprint("%q", GoValue.StringUtf16(GoBasicType.String, null)));
    }

    [Fact]
    public void Factories_RejectAValueOfTheWrongKind()
    {
        Assert.Throws<ArgumentException>(() => GoValue.Bool(GoBasicType.Int, true));
        Assert.Throws<ArgumentException>(() => GoValue.Int(GoBasicType.String, 1));
        Assert.Throws<ArgumentException>(() => GoValue.Float(GoBasicType.Int, 1));
        Assert.Throws<ArgumentException>(() => GoValue.Composite(GoBasicType.Int, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => GoValue.String(GoBasicType.String, new byte[2], 1, 2));
    }

    [Fact]
    public void WriterEntryPoints_AppendWhatTheStringOnesReturn()
    {
        var w = new ArrayBufferWriter<byte>();
        var one = GoValue.Int(GoBasicType.Int, 1);
        var s = GoValue.StringUtf16(GoBasicType.String, "s");
        s_fmt.Fprintf(w, "%d|"u8, one);
        s_fmt.Fprint(w, one, one, s);
        s_fmt.Fprintln(w, s, one);
        Assert.Equal("1|1 1ss 1\n", Encoding.UTF8.GetString(w.WrittenSpan));
    }

    [Fact]
    public void Errorf_ReportsWhatTheErrorWraps_PerVersion()
    {
        var host = new OneErrorHost();
        var err = GoValue.Composite(OneErrorHost.ErrType, new EmptyTarget(), 0xc000010000);
        var v27 = new GoFormatter(GoVersion.Get(27), host).Errorf("a %w b %w"u8, err, err);
        Assert.Equal("a E b E", Encoding.UTF8.GetString(v27.Message));
        Assert.Equal(GoErrorfKind.WrapErrors, v27.Kind);
        Assert.Equal([0, 1], v27.Wrapped);

        var v19 = new GoFormatter(GoVersion.Get(19), host).Errorf("a %w b %w"u8, err, err);
        Assert.Equal("a E b %!w(*main.E=&{})", Encoding.UTF8.GetString(v19.Message));
        Assert.Equal(GoErrorfKind.ErrorString, v19.Kind);
        Assert.Empty(v19.Wrapped);
    }

    private static string Sprint(string format, params GoValue[] args) => Encoding.UTF8.GetString(s_fmt.Sprintf(Encoding.UTF8.GetBytes(format), args));

    private sealed class EmptyTarget : IGoPointer
    {
        public GoValue Load() => GoValue.Composite(((GoPointerType)OneErrorHost.ErrType).Elem, null);
    }

    private sealed class OneErrorHost : GoFormatHost
    {
        public static readonly GoType ErrType = new GoPointerType(new GoNamedType("E", GoStructType.Empty, "main"));

        public override GoFormatMethods MethodsOf(GoType type) => ReferenceEquals(type, ErrType) ? GoFormatMethods.Error : GoFormatMethods.None;

        public override GoValue Call(GoFormatMethods method, GoValue receiver) => GoValue.StringUtf16(GoBasicType.String, "E");
    }
}
