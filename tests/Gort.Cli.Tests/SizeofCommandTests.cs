using System.Text.Json;
using Gort.Cli;

namespace Gort.Tests.Cli;

public class SizeofCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = GortApp.Run(args, output, error, interactive: false);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Sizeof_Json_ClassicPaddingExample()
    {
        // Act
        var (code, output, error) = Run("sizeof", "struct{a int8; b int64; c int8}", "--json");

        // Assert
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["type", "size", "align", "pointers", "fields"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("struct { a int8; b int64; c int8 }", json.GetProperty("type").GetString());
        Assert.Equal(24, json.GetProperty("size").GetInt64());
        Assert.Equal(8, json.GetProperty("align").GetInt32());
        Assert.False(json.GetProperty("pointers").GetBoolean());
        var fields = json.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal([0L, 8L, 16L], fields.Select(f => f.GetProperty("offset").GetInt64()));
        Assert.Equal(["a", "b", "c"], fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(["name", "type", "offset", "size"], fields[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Sizeof_Json_NonStructHasEmptyFields()
    {
        var (code, output, _) = Run("sizeof", "[]*int", "--json", "--go", "1.22");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(24, json.GetProperty("size").GetInt64());
        Assert.True(json.GetProperty("pointers").GetBoolean());
        Assert.Equal(0, json.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public void Sizeof_NamedStruct_ListsFields()
    {
        var (code, output, _) = Run("sizeof", "type P24 struct{p *int; _ [16]byte}; P24", "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("P24", json.GetProperty("type").GetString());
        Assert.Equal(2, json.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public void Sizeof_Table_ShowsPaddingAndReorderedSize()
    {
        var (code, output, _) = Run("sizeof", "struct{a int8; b int64; c int8}");

        Assert.Equal(0, code);
        Assert.Contains("size 24, align 8", output, StringComparison.Ordinal);
        Assert.Contains("(padding)", output, StringComparison.Ordinal);
        Assert.Contains("padding: 14 B of 24 B", output, StringComparison.Ordinal);
        Assert.Contains("reordered by alignment: size 16 (saves 8 B): b int64; a int8; c int8", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizeof_MalformedType_CaretErrorExit2()
    {
        var (code, output, error) = Run("sizeof", "struct{a int8; b }");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("gort: undefined: b (column 16)\nstruct{a int8; b }\n               ^\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Sizeof_SyntaxError_CaretErrorExit2()
    {
        var (code, _, error) = Run("sizeof", "map[string]");

        Assert.Equal(2, code);
        Assert.StartsWith("gort: syntax error: unexpected EOF, expected type (column 12)\n", error.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizeof_BadGoVersion_Exit2()
    {
        var (code, _, error) = Run("sizeof", "int", "--go", "1.99");

        Assert.Equal(2, code);
        Assert.StartsWith("gort: --go:", error, StringComparison.Ordinal);
    }
}
