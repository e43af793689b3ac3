using System.Numerics;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Gort.Types;

namespace Gort.Tests.Types;

public class ClrGoTypesTests
{
    public enum SmallEnum : byte
    {
        A,
    }

    public enum DefaultEnum
    {
        A,
    }

    public interface IShape
    {
        double Area();
    }

    public struct Padded
    {
        public sbyte A;
        public long B;
        public sbyte C;
    }

    public struct Managed
    {
        public bool Flag;
        public string Name;
        public int Count;
    }

    public struct WithProperty
    {
        public int Id { get; set; }

        public short Tag { get; set; }
    }

    public struct Outer
    {
        public byte A;
        public Padded Inner;
    }

    public struct Empty;

    public struct Recursive
    {
        public Recursive[] Children;
        public int V;
    }

    [InlineArray(12)]
    public struct Bytes12
    {
        private byte _element;
    }

    [GoType("type P24 struct{p *int; _ [16]byte}; P24")]
    public struct Declared
    {
        public long A;
    }

    [GoType("*struct{a int64}")]
    public sealed class DeclaredClass;

    [GoType("struct{a int8; b }")]
    public struct BadDeclaration;

    public sealed class SomeClass;

    [Theory]
    [InlineData(typeof(long), "int64", 8)]
    [InlineData(typeof(int), "int32", 4)]
    [InlineData(typeof(short), "int16", 2)]
    [InlineData(typeof(sbyte), "int8", 1)]
    [InlineData(typeof(byte), "uint8", 1)]
    [InlineData(typeof(ushort), "uint16", 2)]
    [InlineData(typeof(uint), "uint32", 4)]
    [InlineData(typeof(ulong), "uint64", 8)]
    [InlineData(typeof(float), "float32", 4)]
    [InlineData(typeof(double), "float64", 8)]
    [InlineData(typeof(bool), "bool", 1)]
    [InlineData(typeof(string), "string", 16)]
    [InlineData(typeof(nint), "int", 8)]
    [InlineData(typeof(nuint), "uint", 8)]
    [InlineData(typeof(char), "uint16", 2)]
    [InlineData(typeof(Complex), "complex128", 16)]
    [InlineData(typeof(object), "any", 16)]
    [InlineData(typeof(SmallEnum), "uint8", 1)]
    [InlineData(typeof(DefaultEnum), "int32", 4)]
    [InlineData(typeof(SomeClass), "*SomeClass", 8)]
    [InlineData(typeof(int[]), "*Int32[]", 8)]
    [InlineData(typeof(IShape), "IShape", 16)]
    [InlineData(typeof(Action), "func()", 8)]
    [InlineData(typeof(Bytes12), "[12]uint8", 12)]
    [InlineData(typeof(Declared), "P24", 24)]
    [InlineData(typeof(DeclaredClass), "*struct { a int64 }", 8)]
    public void Map_Rules(Type clr, string go, long size)
    {
        var type = ClrGoTypes.Map(clr);

        Assert.Equal(go, type.ToString());
        Assert.Equal(size, type.Size);
    }

    [Fact]
    public void Map_UnmanagedStruct_GoLayoutInDeclarationOrder()
    {
        var type = ClrGoTypes.Map(typeof(Padded));

        var s = Assert.IsType<GoStructType>(type.Underlying);
        Assert.Equal("Padded", type.ToString());
        Assert.Equal(24, type.Size);
        Assert.Equal(8, type.Align);
        Assert.False(type.HasPointers);
        Assert.Equal([0L, 8L, 16L], s.Fields.Select(f => f.Offset));
        Assert.Equal(["A", "B", "C"], s.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Map_ManagedStruct_StringFieldHasPointers()
    {
        var type = ClrGoTypes.Map(typeof(Managed));

        var s = Assert.IsType<GoStructType>(type.Underlying);
        Assert.Equal([0L, 8L, 24L], s.Fields.Select(f => f.Offset));
        Assert.Equal(32, type.Size);
        Assert.True(type.HasPointers);
        Assert.Equal(16, type.PointerBytes); // the string's data word ends at 16; the rest is scalar
    }

    [Fact]
    public void Map_AutoPropertyBackingFields_NamedAfterProperty()
    {
        var s = Assert.IsType<GoStructType>(ClrGoTypes.Map(typeof(WithProperty)).Underlying);

        Assert.Equal(["Id", "Tag"], s.Fields.Select(f => f.Name));
        Assert.Equal(8, s.Size);
    }

    [Fact]
    public void Map_NestedStruct_UsesInnerGoLayout()
    {
        var type = ClrGoTypes.Map(typeof(Outer));

        Assert.Equal(32, type.Size);
        Assert.Equal(8, Assert.IsType<GoStructType>(type.Underlying).Fields[1].Offset);
    }

    [Fact]
    public void Map_EmptyStruct_IsZeroSize()
    {
        Assert.Equal(0, ClrGoTypes.Map(typeof(Empty)).Size);
    }

    [Fact]
    public void Map_StructWithArrayOfItself_IsPointerField()
    {
        var type = ClrGoTypes.Map(typeof(Recursive));

        Assert.Equal(16, type.Size);
    }

    [Fact]
    public void GoTypeOf_MatchesMap()
    {
        Assert.Equal(24, GoTypeOf<Padded>.Size);
        Assert.False(GoTypeOf<Padded>.HasPointers);
        Assert.True(GoTypeOf<string>.HasPointers);
        Assert.Same(ClrGoTypes.Map(typeof(Managed)), GoTypeOf<Managed>.Type);
    }

    [Fact]
    public void Map_BadDeclaration_ArgumentExceptionWithParseError()
    {
        var e = Assert.Throws<ArgumentException>(() => ClrGoTypes.Map(typeof(BadDeclaration)));

        Assert.Contains("undefined: b (column 16)", e.Message, StringComparison.Ordinal);
        Assert.IsType<GoTypeParseException>(e.InnerException);
    }

    [Fact]
    public void Map_GortSliceAndMap_ByNameWithoutReference()
    {
        // Arrange: stand-ins with the full names of Gort's own generic types, made at run time so that they cannot
        // clash with the real ones when both are compiled into the test assembly.
        var module = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("GortStandIns"), AssemblyBuilderAccess.Run).DefineDynamicModule("m");
        var slice = StandIn(module, "Gort.Slices.Slice`1", "T");
        var map = StandIn(module, "Gort.Maps.Map`2", "K", "V");

        // Act / Assert
        var sliceOfPadded = ClrGoTypes.Map(slice.MakeGenericType(typeof(Padded)));
        Assert.Equal("[]Padded", sliceOfPadded.ToString());
        Assert.Equal(24, sliceOfPadded.Size);

        var mapType = ClrGoTypes.Map(map.MakeGenericType(typeof(string), slice.MakeGenericType(typeof(long))));
        Assert.Equal("map[string][]int64", mapType.ToString());
        Assert.Equal(8, mapType.Size);
        Assert.True(mapType.HasPointers);

        var e = Assert.Throws<ArgumentException>(() => ClrGoTypes.Map(map.MakeGenericType(slice.MakeGenericType(typeof(int)), typeof(int))));
        Assert.Contains("invalid map key type []int32", e.Message, StringComparison.Ordinal);
    }

    private static Type StandIn(ModuleBuilder module, string name, params string[] parameters)
    {
        var builder = module.DefineType(name, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.SequentialLayout, typeof(ValueType));
        builder.DefineGenericParameters(parameters);
        builder.DefineField("_array", typeof(object), FieldAttributes.Private);
        return builder.CreateType();
    }
}
