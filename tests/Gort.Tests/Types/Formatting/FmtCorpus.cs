using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Gort.Types;
using Gort.Types.Formatting;

namespace Gort.Tests.Types.Formatting;

/// <summary>
/// One file of <c>TestData/measured/fmt</c>: what real Go's fmt printed (tools/fmtcorpus), with every argument
/// described structurally. <see cref="Value"/> rebuilds an argument through Gort's value interface
/// (<see cref="IGoSequence"/>, <see cref="IGoStruct"/>, <see cref="IGoMap"/>, <see cref="IGoPointer"/>), the way the
/// interpreter will, and <see cref="Host"/> replays what each Error/String/GoString method returned or how it panicked.
/// </summary>
public sealed class FmtCorpus
{
    private static readonly ConcurrentDictionary<string, FmtCorpus> s_cache = new();

    private readonly Dictionary<int, JsonElement> _typeLines = [];
    private readonly Dictionary<int, GoType> _types = [];
    private readonly Dictionary<GoType, JsonElement> _lineOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, JsonElement> _values = [];
    private readonly Dictionary<string, GoValue> _built = [];
    private readonly bool _latin1Strings;

    private FmtCorpus(string path, bool latin1Strings)
    {
        Path = path;
        _latin1Strings = latin1Strings;
        foreach (var line in File.ReadLines(path))
        {
            var o = JsonDocument.Parse(line).RootElement;
            if (o.TryGetProperty("meta", out var meta))
            {
                GoVersionText = meta.GetProperty("go").GetString()!;
            }
            else if (o.TryGetProperty("type", out var t))
            {
                _typeLines[t.GetProperty("t").GetInt32()] = t;
            }
            else if (o.TryGetProperty("value", out var v))
            {
                _values[v.GetString()!] = o.GetProperty("node");
            }
            else
            {
                Cases.Add(new FmtCase(o));
            }
        }

        Host = new RecordedHost(this);
    }

    public static string Dir => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "fmt");

    public static IReadOnlyList<int> Minors { get; } =
    [
        .. Directory.GetFiles(Dir, "go1.*.jsonl")
            .Select(f => int.Parse(System.IO.Path.GetFileNameWithoutExtension(f)["go1.".Length..], CultureInfo.InvariantCulture))
            .Order(),
    ];

    public string Path { get; }

    public string GoVersionText { get; } = "";

    public List<FmtCase> Cases { get; } = [];

    public GoFormatHost Host { get; }

    public IEnumerable<GoType> AllTypes => _typeLines.Keys.Select(Type);

    public static FmtCorpus Load(int minor) =>
        s_cache.GetOrAdd(System.IO.Path.Combine(Dir, $"go1.{minor}.jsonl"), p => new FmtCorpus(p, latin1Strings: false));

    /// <summary>The corpus with every string value held as a .NET string of one char per byte (the interpreter's form).</summary>
    public static FmtCorpus LoadLatin1(int minor) =>
        s_cache.GetOrAdd(System.IO.Path.Combine(Dir, $"go1.{minor}.jsonl") + "#latin1", p => new FmtCorpus(p[..p.IndexOf('#', StringComparison.Ordinal)], latin1Strings: true));

    public JsonElement Node(string valueId) => _values[valueId];

    public JsonElement LineOf(GoType type) => _lineOf[type];

    public GoValue BuildPanicValue(JsonElement node) => Build(node, []);

    /// <summary>The argument <paramref name="valueId"/> as a Go value (an interface: its dynamic value).</summary>
    public GoValue Value(string valueId)
    {
        if (!_built.TryGetValue(valueId, out var v))
        {
            _built[valueId] = v = Build(_values[valueId], []);
        }

        return v;
    }

    public GoType Type(int id)
    {
        if (_types.TryGetValue(id, out var t))
        {
            return t;
        }

        var line = _typeLines[id];
        var kind = line.GetProperty("kind").GetString()!;
        var str = line.GetProperty("str").GetString()!;
        if (line.TryGetProperty("name", out var name) && line.GetProperty("pkg").GetString() is { Length: > 0 } pkg)
        {
            var named = new GoNamedType(name.GetString()!, pkg);
            Register(id, named, line);
            named.Complete(Underlying(kind, line, str));
            return named;
        }

        t = kind == "interface" && str == "error" ? GoInterfaceType.Error : Underlying(kind, line, str);
        Register(id, t, line);
        return t;
    }

    private void Register(int id, GoType t, JsonElement line)
    {
        _types[id] = t;
        _lineOf[t] = line;
    }

    private GoType Underlying(string kind, JsonElement line, string str) => kind switch
    {
        "bool" => GoBasicType.Bool,
        "int" => GoBasicType.Int,
        "int8" => GoBasicType.Int8,
        "int16" => GoBasicType.Int16,
        "int32" => GoBasicType.Int32,
        "int64" => GoBasicType.Int64,
        "uint" => GoBasicType.Uint,
        "uint8" => GoBasicType.Uint8,
        "uint16" => GoBasicType.Uint16,
        "uint32" => GoBasicType.Uint32,
        "uint64" => GoBasicType.Uint64,
        "uintptr" => GoBasicType.Uintptr,
        "float32" => GoBasicType.Float32,
        "float64" => GoBasicType.Float64,
        "complex64" => GoBasicType.Complex64,
        "complex128" => GoBasicType.Complex128,
        "string" => GoBasicType.String,
        "unsafe.Pointer" => GoBasicType.UnsafePointer,
        "ptr" => new GoPointerType(Type(line.GetProperty("elem").GetInt32())),
        "slice" => new GoSliceType(Type(line.GetProperty("elem").GetInt32())),
        "array" => new GoArrayType(Type(line.GetProperty("elem").GetInt32()), line.GetProperty("len").GetInt64()),
        "map" => new GoMapType(Type(line.GetProperty("key").GetInt32()), Type(line.GetProperty("elem").GetInt32())),
        "chan" => new GoChanType(Type(line.GetProperty("elem").GetInt32()), line.GetProperty("dir").GetInt32() switch
        {
            1 => GoChanDirection.Receive,
            2 => GoChanDirection.Send,
            _ => GoChanDirection.Both,
        }),
        "func" => new GoFuncType(
            [.. line.GetProperty("in").EnumerateArray().Select(e => Type(e.GetInt32()))],
            [.. line.GetProperty("out").EnumerateArray().Select(e => Type(e.GetInt32()))],
            line.GetProperty("variadic").GetBoolean()),
        "interface" => str == "interface {}" ? GoInterfaceType.Any : new GoInterfaceType(str, isEmpty: !line.TryGetProperty("nmethods", out _)),
        "struct" => GoStructType.Create([.. line.GetProperty("fields").EnumerateArray().Select(f =>
            (f.GetProperty("name").GetString()!, Type(f.GetProperty("type").GetInt32()), f.GetProperty("embedded").GetBoolean()))]),
        _ => throw new InvalidDataException("unknown kind " + kind),
    };

    /// <summary>A value from its description; <paramref name="path"/> holds the pointers being built (cycles).</summary>
    private GoValue Build(JsonElement node, List<RecordedPointer> path)
    {
        if (!node.TryGetProperty("t", out var tid))
        {
            return GoValue.Nil;
        }

        var type = Type(tid.GetInt32());
        var isNil = node.TryGetProperty("nil", out _);
        var address = node.TryGetProperty("addr", out var a) ? ParseHex(a.GetString()!) : 0;
        var rec = new RecordedNode(node);
        switch (type.Underlying.Kind)
        {
            case GoKind.Bool:
                return GoValue.Bool(type, node.GetProperty("v").GetBoolean(), rec);
            case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64:
                return GoValue.Int(type, long.Parse(node.GetProperty("v").GetString()!, CultureInfo.InvariantCulture), rec);
            case GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                return GoValue.Uint(type, ulong.Parse(node.GetProperty("v").GetString()!, CultureInfo.InvariantCulture), rec);
            case GoKind.Float32:
                return GoValue.Float(type, BitConverter.UInt32BitsToSingle((uint)ParseHex(node.GetProperty("v").GetString()!)), rec);
            case GoKind.Float64:
                return GoValue.Float(type, BitConverter.UInt64BitsToDouble(ParseHex(node.GetProperty("v").GetString()!)), rec);
            case GoKind.Complex64:
                return GoValue.Complex(
                    type,
                    BitConverter.UInt32BitsToSingle((uint)ParseHex(node.GetProperty("re").GetString()!)),
                    BitConverter.UInt32BitsToSingle((uint)ParseHex(node.GetProperty("im").GetString()!)),
                    rec);
            case GoKind.Complex128:
                return GoValue.Complex(
                    type,
                    BitConverter.UInt64BitsToDouble(ParseHex(node.GetProperty("re").GetString()!)),
                    BitConverter.UInt64BitsToDouble(ParseHex(node.GetProperty("im").GetString()!)),
                    rec);
            case GoKind.String:
                var bytes = Bytes(node.GetProperty("v"));
                ((RecordedHost)Host).RememberString(type, bytes, rec);
                return _latin1Strings ? GoValue.StringLatin1(type, string.Concat(bytes.Select(b => (char)b))) : GoValue.String(type, bytes);
            case GoKind.Slice or GoKind.Array:
                if (isNil)
                {
                    return GoValue.Composite(type, null);
                }

                var elems = node.GetProperty("elems").EnumerateArray().Select(e => Build(e, path)).ToArray();
                return GoValue.Composite(type, new RecordedSequence(node, elems), address);
            case GoKind.Struct:
                return GoValue.Composite(type, new RecordedStruct(node, [.. node.GetProperty("fields").EnumerateArray().Select(f => Build(f, path))]));
            case GoKind.Map:
                if (isNil)
                {
                    return GoValue.Composite(type, null);
                }

                var entries = node.GetProperty("entries").EnumerateArray()
                    .Select(e => new KeyValuePair<GoValue, GoValue>(Build(e[0], path), Build(e[1], path))).ToArray();
                return GoValue.Composite(type, new RecordedMap(node, entries), address);
            case GoKind.Pointer:
                if (isNil)
                {
                    ((RecordedHost)Host).RememberNil(type, rec);
                    return GoValue.Composite(type, null);
                }

                if (node.TryGetProperty("backref", out _))
                {
                    var target = path.Last(p => p.Address == address && ReferenceEquals(p.Type, type));
                    return GoValue.Composite(type, target, address);
                }

                var pointer = new RecordedPointer(node, type, address);
                path.Add(pointer);
                pointer.Target = Build(node.GetProperty("target"), path);
                path.RemoveAt(path.Count - 1);
                return GoValue.Composite(type, pointer, address);
            default:
                // chan, func, unsafe.Pointer: only an address
                return GoValue.Composite(type, isNil ? null : rec, address);
        }
    }

    public static byte[] Bytes(JsonElement s) =>
        s.ValueKind == JsonValueKind.String ? Encoding.UTF8.GetBytes(s.GetString()!) : Convert.FromHexString(s.GetProperty("x").GetString()!);

    private static ulong ParseHex(string s) => ulong.Parse(s.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>A described value; its recorded method results are what <see cref="RecordedHost"/> replays.</summary>
    public class RecordedNode(JsonElement node)
    {
        public JsonElement Node { get; } = node;
    }

    public sealed class RecordedSequence(JsonElement node, GoValue[] elements) : RecordedNode(node), IGoSequence
    {
        public int Length => elements.Length;

        public GoValue Element(int index) => elements[index];
    }

    public sealed class RecordedStruct(JsonElement node, GoValue[] fields) : RecordedNode(node), IGoStruct
    {
        public GoValue Field(int index) => fields[index];
    }

    public sealed class RecordedMap(JsonElement node, KeyValuePair<GoValue, GoValue>[] entries) : RecordedNode(node), IGoMap
    {
        public int Count => entries.Length;

        public IEnumerable<KeyValuePair<GoValue, GoValue>> Entries() => entries;
    }

    public sealed class RecordedPointer(JsonElement node, GoType type, ulong address) : RecordedNode(node), IGoPointer
    {
        public GoType Type { get; } = type;

        public ulong Address { get; } = address;

        public GoValue Target { get; set; }

        public GoValue Load() => Target;
    }
}
