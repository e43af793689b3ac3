using Gort.Tests.Infrastructure;

namespace Gort.Tests.Types;

/// <summary>Every element type named in the oracle's <c>slice_growth.json</c>, parsed, has the size and pointer-ness Go reported.</summary>
public class OracleElementTypesTests
{
    [Theory]
    [MemberData(nameof(OracleData.MinorsData), MemberType = typeof(OracleData))]
    public void SliceGrowthElementTypes_MatchOracleSizeAndPointers(int minor)
    {
        var root = OracleData.Load(minor, "slice_growth.json");
        var checkedTypes = 0;
        foreach (var section in root.EnumerateObject())
        {
            if (section.Value.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                continue;
            }

            foreach (var table in section.Value.EnumerateObject().Where(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.Array))
            {
                foreach (var row in table.Value.EnumerateArray().Where(r => r.ValueKind == System.Text.Json.JsonValueKind.Object && r.TryGetProperty("elem_type", out _)))
                {
                    var type = OracleTypes.Parse(row.GetProperty("elem_type").GetString()!);
                    Assert.Equal(row.GetProperty("elem_size").GetInt64(), type.Size);
                    if (row.TryGetProperty("has_pointers", out var ptr))
                    {
                        Assert.Equal(ptr.GetBoolean(), type.HasPointers);
                    }

                    checkedTypes++;
                }
            }
        }

        Assert.True(checkedTypes >= 30, $"go1.{minor}: only {checkedTypes} element types found");
    }
}
