using System.Text.Json;
using Gort.Types;

namespace Gort.Tests.Types;

/// <summary>
/// Every type of <c>tools/layout/cases.txt</c>, parsed by <see cref="GoTypeParser"/>, against what real gc toolchains
/// computed for it (<c>TestData/measured/layout/go1.NN.json</c>, see PROVENANCE.md there).
/// </summary>
public class MeasuredLayoutTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Dir, "go1.*.json").Order())
        {
            foreach (var t in Load(file).GetProperty("types").EnumerateArray())
            {
                data.Add(Path.GetFileName(file), t.GetProperty("name").GetString()!);
            }
        }

        return data;
    }

    [Fact]
    public void MeasuredFiles_CoverAtLeast80Types()
    {
        var files = Directory.GetFiles(Dir, "go1.*.json");
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.True(Load(f).GetProperty("types").GetArrayLength() >= 80, f));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_MatchesRealGoLayout(string file, string name)
    {
        // Arrange
        var expected = Load(Path.Combine(Dir, file)).GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

        // Act
        var type = GoTypeParser.Parse(expected.GetProperty("text").GetString()!);

        // Assert
        Assert.Equal(expected.GetProperty("size").GetInt64(), type.Size);
        Assert.Equal(expected.GetProperty("align").GetInt32(), type.Align);
        Assert.Equal(expected.GetProperty("pointers").GetBoolean(), type.HasPointers);
        Assert.Equal(expected.GetProperty("ptr_bytes").GetInt64(), type.PointerBytes);
        Assert.Equal(expected.GetProperty("comparable").GetBoolean(), type.IsComparable);
        var fields = expected.GetProperty("fields").EnumerateArray().ToList();
        if (type.Underlying is GoStructType s)
        {
            Assert.Equal(fields.Count, s.Fields.Count);
            for (var i = 0; i < fields.Count; i++)
            {
                Assert.Equal(fields[i].GetProperty("name").GetString(), s.Fields[i].Name);
                Assert.Equal(fields[i].GetProperty("offset").GetInt64(), s.Fields[i].Offset);
                Assert.Equal(fields[i].GetProperty("size").GetInt64(), s.Fields[i].Type.Size);
                Assert.Equal(fields[i].GetProperty("embedded").GetBoolean(), s.Fields[i].Embedded);
            }
        }
        else
        {
            Assert.Empty(fields);
        }
    }

    private static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "measured", "layout");

    private static JsonElement Load(string path) => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;
}
