using System.Numerics;
using Gort.Maps;
using Gort.Runtime;
using Gort.Slices;
using Gort.Types.Formatting;
using Gort.Versions;

namespace Gort.Tests.Types.Formatting;

/// <summary>
/// The library's values through the one formatter: what <c>Slice&lt;T&gt;.ToString</c>, <c>Map&lt;K,V&gt;.ToString</c>
/// and <see cref="GoFmt"/> print for CLR types the corpus cannot express (arrays, tuples, records, classes, enums).
/// Expected texts are what Go prints for the Go values these CLR values stand for (see <see cref="ClrGoValues"/>).
/// </summary>
public class ClrFormattingTests
{
    private record struct Point(long X, double Y);

    private record struct Key(string Name, int N);

    private sealed class Node
    {
        public long Value;
        public Node? Next;
    }

    private enum Color : byte
    {
        Red = 1,
    }

    [Fact]
    public void Slice_OfObjects_PrintsArraysAsSlicesAndTuplesAsStructs()
    {
        // The example: [System.Int64[] (1, 2.5)] before; Go prints []any{[]int64{1, 2}, T{1, 2.5}} so.
        Assert.Equal("[[1 2] {1 2.5}]", Slice.Of<object>(new long[] { 1, 2 }, (1L, 2.5)).ToString());
    }

    [Fact]
    public void Map_WithRecordStructKeys_PrintsGoStructsSortedFieldByField()
    {
        var m = Map.Make<Key, Point>(GoRuntime.ForVersion(GoVersion.Latest, seed: 3), 0);
        m[new Key("b", 1)] = new Point(1, 2.5);
        m[new Key("a", 2)] = new Point(-3, 1e21);
        m[new Key("a", 1)] = default;
        Assert.Equal("map[{a 1}:{0 0} {a 2}:{-3 1e+21} {b 1}:{1 2.5}]", m.ToString());
        Assert.Equal("map[{Name:a N:1}:{X:0 Y:0} {Name:a N:2}:{X:-3 Y:1e+21} {Name:b N:1}:{X:1 Y:2.5}]", GoFmt.Sprintf("%+v", m));
    }

    [Fact]
    public void Map_OfObjectKeys_OrdersByDynamicTypeThenValue()
    {
        var m = Map.Make<object, int>(GoRuntime.ForVersion(GoVersion.Latest, seed: 3), 0);
        m[(nint)2] = 1;
        m["b"] = 2;
        m[2.5] = 3;
        m[true] = 4;
        m[(nint)1] = 5;
        m["a"] = 6;

        // Go 1.27: string, int, float64, bool descriptors in that order; 1.19 sorted them by name.
        Assert.Equal("map[a:6 b:2 1:5 2:1 2.5:3 true:4]", GoFmt.Format(m, GoVersion.Get(27)));
        Assert.Equal("map[true:4 2.5:3 1:5 2:1 a:6 b:2]", GoFmt.Format(m, GoVersion.Get(19)));
    }

    [Fact]
    public void ClassInstances_ArePointers_AmpersandAtTopLevel_AddressBelow()
    {
        var node = new Node { Value = 1, Next = new Node { Value = 2 } };
        var text = GoFmt.Sprintf("%v", node);
        Assert.Matches("^&\\{1 0xc[0-9a-f]+\\}$", text);
        Assert.Equal("<nil>", GoFmt.Sprintf("%v", (Node?)null));
        Assert.Equal("*Node", GoFmt.Sprintf("%T", node));
        Assert.Equal(GoFmt.Sprintf("%p", node.Next), text[text.IndexOf("0x", StringComparison.Ordinal)..^1]);
    }

    [Fact]
    public void Primitives_MapToTheirGoTypes()
    {
        Assert.Equal("int64 int32 uint16 float32 complex128 uint8 string", GoFmt.Sprintf("%T %T %T %T %T %T %T", 1L, 1, 'x', 1f, Complex.One, Color.Red, "s"));
        Assert.Equal("120 0.1 (1+2i) 1 [104 105]", GoFmt.Sprint('x', 0.1f, new Complex(1, 2), Color.Red, Slice.FromString("hi")));
        Assert.Equal("hi 6869 68 69", GoFmt.Sprintf("%s %x % X", Slice.FromString("hi"), "hi", Slice.FromString("hi")));
        Assert.Equal("[]", Slice<Point>.Nil.ToString());
        Assert.Equal("[]main.T(nil)", GoFmt.Sprintf("%#v", Slice<long>.Nil).Replace("int64", "main.T", StringComparison.Ordinal));
    }

    [Fact]
    public void NullableValues_PrintTheirValueOrNil()
    {
        Assert.Equal("[1 <nil> 3]", Slice.Of<int?>(1, null, 3).ToString());
    }

    [Fact]
    public void DocsExample_PrintsWhatDocsFmtMdSays()
    {
        Assert.Equal(" 3.14|\"hé\\n\"|[1 2]", GoFmt.Sprintf("%5.2f|%q|%v", 3.14159, "hé\n", Slice.Of(1L, 2L)));
    }

    [Fact]
    public void Sprint_And_Sprintln_SpaceOperandsAsGo()
    {
        Assert.Equal("a1 2b", GoFmt.Sprint("a", 1, 2, "b"));
        Assert.Equal("a 1 2 b\n", GoFmt.Sprintln("a", 1, 2, "b"));
        Assert.Equal("<nil> <nil>", GoFmt.Sprint(null, null));
        Assert.Equal("%!d(string=hi) %!v(MISSING)", GoFmt.Sprintf("%d %v", "hi"));
        Assert.Equal("x%!(EXTRA int64=1, string=a)", GoFmt.Sprintf("x", 1L, "a"));
    }
}
