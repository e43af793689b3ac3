using System.Text.Json;
using Gort.Cli;

namespace Gort.Tests.Cli;

/// <summary><c>gort map</c> on the Swiss engine: the issue-5 JSON fields and <c>--churn</c>.</summary>
public class SwissMapCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = GortApp.Run(args, stdout, stderr, interactive: false);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Json_HasEveryIssue5Field_AndTheFirstSplitEvent()
    {
        var (exit, output, _) = Run("map", "map[int]int", "--insert", "1000", "--go", "1.24", "--seed", "1", "--json");
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        foreach (var field in new[] { "engine", "count", "dirLen", "globalDepth", "tables", "capacity", "growthLeft", "tombstones", "tableCapacityHist", "mallocs", "totalAlloc", "groupSize", "slotSize", "events" })
        {
            Assert.True(json.TryGetProperty(field, out _), field);
        }

        Assert.Equal("swiss", json.GetProperty("engine").GetString());
        Assert.Equal("1024x2", json.GetProperty("tableCapacityHist").GetString());
        var events = json.GetProperty("events").EnumerateArray().Select(e => System.Text.RegularExpressions.Regex.Replace(e.GetRawText(), @"\s", "")).ToList();
        Assert.Equal("[0,0,0,0,0,\"\"]", events[0]);
        Assert.Equal("[897,2,1,2,2048,\"1024x2\"]", events[^1]);
    }

    [Theory]
    [InlineData("1.24", false)] // no pruning: the table keeps doubling
    [InlineData("1.25", true)] // pruneTombstones on mapassign_fast64: one grow, then the tombstones are recycled
    public void Churn_ShowsTombstoneBehaviourPerVersion(string go, bool prunes)
    {
        var (exit, output, _) = Run("map", "map[int]int", "--insert", "100", "--churn", "200000", "--go", go, "--seed", "1", "--json");
        Assert.Equal(0, exit);
        var churn = JsonDocument.Parse(output).RootElement.GetProperty("churn");
        Assert.Equal(200000, churn.GetProperty("cycles").GetInt64());
        if (prunes)
        {
            Assert.Equal((1, 2L, 4896L), (churn.GetProperty("grows").GetInt32(), churn.GetProperty("mallocs").GetInt64(), churn.GetProperty("totalAlloc").GetInt64()));
        }
        else
        {
            Assert.True(churn.GetProperty("grows").GetInt32() >= 2);
        }
    }

    [Fact]
    public void Churn_BadCount_IsOneLineExit2()
    {
        var (exit, _, err) = Run("map", "map[int]int", "--insert", "10", "--churn", "many");
        Assert.Equal(2, exit);
        Assert.Equal("gort: --churn: \"many\" is not a count from 0 to 100000000", err.Trim());
    }
}
