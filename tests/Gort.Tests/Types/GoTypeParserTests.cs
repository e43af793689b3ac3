using Gort.Types;

namespace Gort.Tests.Types;

public class GoTypeParserTests
{
    [Theory]
    [InlineData("bool", 1, 1, false, "bool")]
    [InlineData("int", 8, 8, false, "int")]
    [InlineData("int8", 1, 1, false, "int8")]
    [InlineData("int16", 2, 2, false, "int16")]
    [InlineData("int32", 4, 4, false, "int32")]
    [InlineData("int64", 8, 8, false, "int64")]
    [InlineData("uint", 8, 8, false, "uint")]
    [InlineData("uint8", 1, 1, false, "uint8")]
    [InlineData("uint16", 2, 2, false, "uint16")]
    [InlineData("uint32", 4, 4, false, "uint32")]
    [InlineData("uint64", 8, 8, false, "uint64")]
    [InlineData("uintptr", 8, 8, false, "uintptr")]
    [InlineData("float32", 4, 4, false, "float32")]
    [InlineData("float64", 8, 8, false, "float64")]
    [InlineData("complex64", 8, 4, false, "complex64")]
    [InlineData("complex128", 16, 8, false, "complex128")]
    [InlineData("byte", 1, 1, false, "uint8")]
    [InlineData("rune", 4, 4, false, "int32")]
    [InlineData("string", 16, 8, true, "string")]
    [InlineData("any", 16, 8, true, "any")]
    [InlineData("error", 16, 8, true, "error")]
    [InlineData("unsafe.Pointer", 8, 8, true, "unsafe.Pointer")]
    [InlineData("*int", 8, 8, true, "*int")]
    [InlineData("[]int", 24, 8, true, "[]int")]
    [InlineData("[3]int16", 6, 2, false, "[3]int16")]
    [InlineData("[0x10]byte", 16, 1, false, "[16]uint8")]
    [InlineData("[0o17]byte", 15, 1, false, "[15]uint8")]
    [InlineData("[017]byte", 15, 1, false, "[15]uint8")]
    [InlineData("[0b101]byte", 5, 1, false, "[5]uint8")]
    [InlineData("[1_000]byte", 1000, 1, false, "[1000]uint8")]
    [InlineData("[1<<10]byte", 1024, 1, false, "[1024]uint8")]
    [InlineData("[2*(3+1)]byte", 8, 1, false, "[8]uint8")]
    [InlineData("[2.0]int", 16, 8, false, "[2]int")]
    [InlineData("[0]int", 0, 8, false, "[0]int")]
    [InlineData("[0]*int", 0, 8, false, "[0]*int")]
    [InlineData("map[string]int", 8, 8, true, "map[string]int")]
    [InlineData("map[[2]int]struct{}", 8, 8, true, "map[[2]int]struct {}")]
    [InlineData("chan int", 8, 8, true, "chan int")]
    [InlineData("chan<- int", 8, 8, true, "chan<- int")]
    [InlineData("<-chan int", 8, 8, true, "<-chan int")]
    [InlineData("chan<- chan int", 8, 8, true, "chan<- chan int")]
    [InlineData("chan<- <-chan int", 8, 8, true, "chan<- <-chan int")]
    [InlineData("<-chan <-chan int", 8, 8, true, "<-chan <-chan int")]
    [InlineData("chan (<-chan int)", 8, 8, true, "chan (<-chan int)")]
    [InlineData("func()", 8, 8, true, "func()")]
    [InlineData("func(int, string) error", 8, 8, true, "func(int, string) error")]
    [InlineData("func(a, b int, c ...string) (n int, err error)", 8, 8, true, "func(int, int, ...string) (int, error)")]
    [InlineData("func(...int)", 8, 8, true, "func(...int)")]
    [InlineData("func() func() int", 8, 8, true, "func() func() int")]
    [InlineData("interface{}", 16, 8, true, "interface {}")]
    [InlineData("interface{ M(int) string; error }", 16, 8, true, "interface { M(int) string; error }")]
    [InlineData("struct{}", 0, 1, false, "struct {}")]
    [InlineData("struct{a int8; b int64; c int8}", 24, 8, false, "struct { a int8; b int64; c int8 }")]
    [InlineData("struct{a, b int32; _ [3]byte}", 12, 4, false, "struct { a int32; b int32; _ [3]uint8 }")]
    [InlineData("struct{a int64; b [0]int}", 16, 8, false, "struct { a int64; b [0]int }")]
    [InlineData("struct{a int32; s string `json:\"s\"`; b bool \"tag\"}", 32, 8, true, "struct { a int32; s string; b bool }")]
    [InlineData("struct{\n a int8\n b int16\n}", 4, 2, false, "struct { a int8; b int16 }")]
    [InlineData("((*int))", 8, 8, true, "*int")]
    [InlineData("[]map[string][]*[4]chan func() (int, error)", 24, 8, true, "[]map[string][]*[4]chan func() (int, error)")]
    [InlineData("struct{a [2]struct{x int8; y int32}; b complex64}", 24, 4, false, "struct { a [2]struct { x int8; y int32 }; b complex64 }")]
    public void Parse_ValidExpression_HasGoLayout(string text, long size, int align, bool pointers, string printed)
    {
        // Act
        var type = GoTypeParser.Parse(text);

        // Assert
        Assert.Equal(size, type.Size);
        Assert.Equal(align, type.Align);
        Assert.Equal(pointers, type.HasPointers);
        Assert.Equal(printed, type.ToString());
    }

    [Fact]
    public void Parse_Definitions_CanBeNamedLater()
    {
        var type = GoTypeParser.Parse("type P24 struct{p *int; _ [16]byte}; []P24");

        var slice = Assert.IsType<GoSliceType>(type);
        var named = Assert.IsType<GoNamedType>(slice.Elem);
        Assert.Equal("P24", named.Name);
        Assert.Equal(24, named.Size);
        Assert.True(named.HasPointers);
        Assert.Equal(GoKind.Struct, named.Kind);
    }

    [Fact]
    public void Parse_OnlyDefinitions_ReturnsLastDefinedType()
    {
        var type = GoTypeParser.Parse("type A int16\ntype B struct{a A; b A}");

        Assert.Equal("B", type.ToString());
        Assert.Equal(4, type.Size);
    }

    [Theory]
    [InlineData("type _ [3]int16", 6)]
    [InlineData("type (\n\tA int8\n\tB [2]A\n)\nB", 2)]
    [InlineData("type A = [4]int32; type B A; B", 16)]
    [InlineData("// a comment\nstruct{ a int8 /* inline */; b int16 } // trailing", 4)]
    [InlineData("type T struct{ a, b T2 }; type T2 [3]byte; T", 6)]
    public void Parse_DeclarationForms(string text, long size)
    {
        Assert.Equal(size, GoTypeParser.Parse(text).Size);
    }

    [Fact]
    public void Parse_Scope_KeepsDefinitionsAcrossCalls()
    {
        var scope = new GoTypeScope();
        GoTypeParser.Parse("type P24 struct{p *int; _ [16]byte}", scope);

        var type = GoTypeParser.Parse("[2]P24", scope);

        Assert.Equal(48, type.Size);
        Assert.True(scope.TryLookup("P24", out var p24));
        Assert.Equal(24, p24.Size);
    }

    [Fact]
    public void Parse_ScopeDefine_QualifiedName()
    {
        var scope = new GoTypeScope();
        scope.Define("time.Duration", new GoNamedType("time.Duration", GoBasicType.Int64));

        var type = GoTypeParser.Parse("struct{ time.Duration; ok bool }", scope);

        var s = Assert.IsType<GoStructType>(type);
        Assert.Equal("Duration", s.Fields[0].Name);
        Assert.True(s.Fields[0].Embedded);
        Assert.Equal(16, s.Size);
    }

    [Fact]
    public void Parse_FailedParse_DoesNotDefine()
    {
        var scope = new GoTypeScope();
        Assert.Throws<GoTypeParseException>(() => GoTypeParser.Parse("type A int; Foo", scope));

        Assert.False(scope.TryLookup("A", out _));
    }

    [Theory]
    [InlineData("type Node struct{next *Node; v int}; Node", 16, true)]
    [InlineData("type L []L; L", 24, true)]
    [InlineData("type M map[string]M; M", 8, true)]
    [InlineData("type F func(F) F; F", 8, true)]
    [InlineData("type C chan C; C", 8, true)]
    [InlineData("type T struct{p *[4]T; n int32}; T", 16, true)]
    [InlineData("type A struct{b *B}; type B struct{a A; x [3]A}; B", 32, true)]
    [InlineData("type A = B; type B struct{a *A; n int8}; A", 16, true)]
    [InlineData("type I interface{ M() I }; I", 16, true)]
    [InlineData("type A B; type B [3]int16; A", 6, false)]
    public void Parse_RecursiveThroughIndirection_Works(string text, long size, bool pointers)
    {
        var type = GoTypeParser.Parse(text);

        Assert.Equal(size, type.Size);
        Assert.Equal(pointers, type.HasPointers);
    }

    [Fact]
    public void Parse_Node_FieldPointsBackToSameNamedType()
    {
        var node = Assert.IsType<GoNamedType>(GoTypeParser.Parse("type Node struct{next *Node; v int}; Node"));

        var s = Assert.IsType<GoStructType>(node.Underlying);
        Assert.Same(node, Assert.IsType<GoPointerType>(s.Fields[0].Type).Elem);
        Assert.Equal(8, s.Fields[1].Offset);
    }

    [Fact]
    public void Parse_InterfaceOfEmbeddedEmpty_IsEmpty()
    {
        Assert.True(Assert.IsType<GoInterfaceType>(GoTypeParser.Parse("interface{}")).IsEmpty);
        Assert.True(Assert.IsType<GoInterfaceType>(GoTypeParser.Parse("interface{ any }")).IsEmpty);
        Assert.False(Assert.IsType<GoInterfaceType>(GoTypeParser.Parse("interface{ error }")).IsEmpty);
        Assert.False(Assert.IsType<GoInterfaceType>(GoTypeParser.Parse("interface{ M() }")).IsEmpty);
    }

    [Theory]
    [InlineData("[]", 3, "syntax error: unexpected EOF, expected type")]
    [InlineData("[]]", 3, "syntax error: unexpected ], expected type")]
    [InlineData("", 1, "syntax error: unexpected EOF, expected type")]
    [InlineData("3", 1, "syntax error: unexpected literal 3, expected type")]
    [InlineData("map[[]int]int", 5, "invalid map key type []int")]
    [InlineData("map[func()]int", 5, "invalid map key type func()")]
    [InlineData("map[struct{s []int}]int", 5, "invalid map key type struct { s []int }")]
    [InlineData("Foo", 1, "undefined: Foo")]
    [InlineData("[]foo.Bar", 3, "undefined: foo.Bar")]
    [InlineData("struct{a int8; b }", 16, "undefined: b")]
    [InlineData("struct{a, b}", 12, "syntax error: unexpected }, expected type")]
    [InlineData("struct{a int b int}", 14, "syntax error: unexpected name b, expected semicolon, newline, or }")]
    [InlineData("struct{ *[]int }", 10, "syntax error: unexpected [, expected name")]
    [InlineData("struct{a int; a string}", 15, "a redeclared")]
    [InlineData("struct{ *unsafe.Pointer }", 9, "embedded field type cannot be unsafe.Pointer")]
    [InlineData("type P *int; struct{ P }", 22, "embedded field type cannot be a pointer")]
    [InlineData("struct{ *error }", 9, "embedded field type cannot be a pointer to an interface")]
    [InlineData("[-1]int", 2, "invalid array length -1 (untyped int constant)")]
    [InlineData("[1<<63]int64", 2, "invalid array length 1 << 63 (untyped int constant 9223372036854775808)")]
    [InlineData("[1.5]int", 2, "array length 1.5 (untyped float constant) must be integer")]
    [InlineData("[1<<62]int64", 1, "type [4611686018427387904]int64 larger than address space")]
    [InlineData("[1<<50]byte", 1, "type [1125899906842624]uint8 larger than address space")]
    [InlineData("[...]int", 1, "invalid use of [...] array (outside a composite literal)")]
    [InlineData("[N]int", 2, "undefined array length N or missing type constraint")]
    [InlineData("[int]int", 2, "invalid array length int")]
    [InlineData("[-2.0]int", 2, "array length -2.0 (untyped float constant -2) must be integer")]
    [InlineData("[^0]int", 2, "invalid array length ^0 (untyped int constant -1)")]
    [InlineData("[1.5 << 2]int", 2, "invalid operation: shifted operand 1.5 (untyped float constant) must be integer")]
    [InlineData("[1 << -1]int", 7, "invalid operation: negative shift count -1 (untyped int constant)")]
    [InlineData("[1 << 1.5]int", 7, "1.5 (untyped float constant) truncated to uint")]
    [InlineData("[1 << 2000]int", 7, "invalid operation: invalid shift count 2000 (untyped int constant)")]
    [InlineData("[^1.0]int", 2, "invalid operation: operator ^ not defined on 1.0 (untyped float constant 1)")]
    [InlineData("[2 % 1.0]int", 2, "invalid operation: operator % not defined on 2 (untyped float constant)")]
    [InlineData("map[[1<<31]byte]int", 5, "map key type too large")]
    [InlineData("struct{ (int) }", 9, "syntax error: cannot parenthesize embedded type")]
    [InlineData("[1/0]int", 4, "invalid operation: division by zero")]
    [InlineData("[08]int", 3, "invalid digit '8' in octal literal")]
    [InlineData("[0x]int", 2, "hexadecimal literal has no digits")]
    [InlineData("[1__0]int", 2, "'_' must separate successive digits")]
    [InlineData("@", 1, "invalid character U+0040 '@'")]
    [InlineData("[]😀", 3, "invalid character U+1F600 '😀'")]
    [InlineData("*", 2, "syntax error: unexpected EOF, expected type")]
    [InlineData("func(a int, string)", 19, "syntax error: missing parameter type")]
    [InlineData("func(a int, []string)", 13, "syntax error: missing parameter name")]
    [InlineData("func(...int, int)", 6, "can only use ... with final parameter")]
    [InlineData("interface{ ~int }", 1, "cannot use type interface { ~int } outside a type constraint: interface contains type constraints")]
    [InlineData("[]comparable", 3, "cannot use type comparable outside a type constraint: interface is (or embeds) comparable")]
    [InlineData("interface{ M(); M() }", 17, "duplicate method M")]
    [InlineData("type T struct{t T}", 6, "invalid recursive type: T refers to itself")]
    [InlineData("type T [2]T", 6, "invalid recursive type: T refers to itself")]
    [InlineData("type A struct{b B}; type B struct{a A}", 6, "invalid recursive type A (A refers to B, B refers to A)")]
    [InlineData("type C = *C", 6, "invalid recursive type: C refers to itself")]
    [InlineData("type I interface{ I }", 6, "invalid recursive type: I refers to itself")]
    [InlineData("type A int; type A string", 18, "A redeclared in this block")]
    [InlineData("chan [1<<16]byte", 6, "channel element type too large (>64kB)")]
    [InlineData("int int", 5, "syntax error: unexpected name int after top level declaration")]
    [InlineData("struct{s string \"unterminated}", 17, "string literal not terminated")]
    [InlineData("<-int", 3, "syntax error: unexpected name int, expected keyword chan")]
    [InlineData("struct{s string \"x\ny int}", 19, "newline in string")]
    public void Parse_Invalid_ThrowsWithGoWordingAndColumn(string text, int column, string message)
    {
        // Act
        var e = Assert.Throws<GoTypeParseException>(() => GoTypeParser.Parse(text));

        // Assert
        Assert.Equal(message, e.Message);
        Assert.Equal(column, e.Column);
        Assert.Equal(text, e.Input);
        Assert.IsAssignableFrom<FormatException>(e);
    }

    [Fact]
    public void Parse_DeepNesting_WithinLimitWorks_BeyondIsParseError()
    {
        Assert.Equal(24, GoTypeParser.Parse(string.Concat(Enumerable.Repeat("[]", 400)) + "int").Size);
        Assert.Equal(8, GoTypeParser.Parse("[" + string.Concat(Enumerable.Repeat("(", 300)) + "8" + new string(')', 300) + "]byte").Size);

        var e = Assert.Throws<GoTypeParseException>(() => GoTypeParser.Parse(string.Concat(Enumerable.Repeat("*", 100_000)) + "int"));
        Assert.StartsWith("type nested too deeply", e.Message, StringComparison.Ordinal);
        Assert.Throws<GoTypeParseException>(() => GoTypeParser.Parse("[" + new string('-', 100_000) + "1]int"));

        var chain = string.Concat(Enumerable.Range(0, 2000).Select(i => $"type T{i} T{i + 1}\n")) + "type T2000 int\nT0";
        Assert.StartsWith("type definitions nested too deeply", Assert.Throws<GoTypeParseException>(() => GoTypeParser.Parse(chain)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnicodeIdentifiers_AreNames()
    {
        Assert.Equal(24, GoTypeParser.Parse("struct{ä int8; 名前 string}").Size);
    }

    [Fact]
    public void Parse_LoneSurrogate_IsParseError()
    {
        var e = Assert.Throws<GoTypeParseException>(() => GoTypeParser.Parse("[]\uD800"));

        Assert.Equal("invalid UTF-16 code unit U+D800", e.Message);
        Assert.Equal(3, e.Column);
    }

    [Fact]
    public void ParseException_CaretString_PointsAtToken()
    {
        var e = Assert.Throws<GoTypeParseException>(() => GoTypeParser.Parse("struct{a int8; b }"));

        Assert.Equal("struct{a int8; b }\n               ^", e.ToCaretString());
    }

    [Fact]
    public void ParseException_MultiLine_ReportsLineAndColumn()
    {
        var e = Assert.Throws<GoTypeParseException>(() => GoTypeParser.Parse("type A struct{\n\tx Foo\n}\nA"));

        Assert.Equal(2, e.Line);
        Assert.Equal(4, e.Column);
        Assert.Equal("\tx Foo\n\t  ^", e.ToCaretString());
    }

    [Fact]
    public void Parse_RandomGarbage_OnlyThrowsParseException()
    {
        // Fuzz: any input either parses or throws GoTypeParseException, never another exception type.
        var alphabet = new[] { "struct", "{", "}", "[", "]", "*", "map", "chan", "<-", "func", "(", ")", ",", ";", "\n", "int", "a",
            "1", "-", "<<", "...", "interface", "~", "|", "type", "=", "T", ".", "`x`", "0x", "1.5", "_", "any", "e", "'", "\"" };
        var random = new Random(20261121);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            try
            {
                GoTypeParser.Parse(text);
            }
            catch (GoTypeParseException e)
            {
                Assert.InRange(e.Column, 1, text.Length + 1);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed 20261121 step {i}: \"{text}\" threw {e.GetType().Name}: {e.Message}");
            }
        }
    }
}
