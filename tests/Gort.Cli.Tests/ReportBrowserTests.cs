using System.Text.RegularExpressions;
using Gort.Tests.Cli;
using Gort.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gort.Tests.Lab;

/// <summary>
/// Opens the HTML reports in headless Chromium: every chart and picture must be in the rendered DOM with its drawn
/// elements, the log must show no console error or blocked load, and the screenshot must not be blank. Screenshots
/// are kept under TestResults/browser next to the test assembly (the path is printed).
/// </summary>
public partial class ReportBrowserTests(ITestOutputHelper output)
{
    private static readonly string s_artifacts = Environment.GetEnvironmentVariable("GORT_TEST_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");

    [ChromiumFact]
    public void Report_RendersEveryChartAndPicture()
    {
        // Arrange
        Directory.CreateDirectory(s_artifacts);
        var html = Path.Combine(s_artifacts, "report.html");
        var (exit, _, err) = CliRunner.Run("report", "--out", html);
        Assert.True(exit == 0, err);

        // Act
        var (dom, log) = Chromium.DumpDom(html);
        var png = Path.Combine(s_artifacts, "report.png");
        Chromium.Screenshot(html, png, 1200, 9000);
        output.WriteLine($"screenshot: {png}");

        // Assert
        Assert.Empty(Chromium.PageErrors(log));
        var charts = Elements(dom, "svg", "gort-chart");
        Assert.Equal(5, charts.Count); // 3 cap-growth + memory + bytes per entry
        foreach (var chart in charts)
        {
            AssertChart(chart);
        }

        var pictures = Elements(dom, "svg", "gort-picture");
        Assert.Equal(["classic-map", "classic-map", "swiss-map", "swiss-map", "slices"], pictures.Select(p => Attribute(p, "data-picture")).ToArray());
        Assert.All(pictures.Take(4), p => Assert.True(Regex.Count(p, "class=\"cell ") >= 64, "a map picture has at least 64 cells"));
        Assert.Contains("class=\"bucket-array old\"", pictures[1], StringComparison.Ordinal); // mid-grow: old array drawn
        Assert.Contains("evacuatedX", pictures[1], StringComparison.Ordinal);
        Assert.True(Regex.Count(pictures[3], "class=\"dir-entry\"") >= 2, "the split Swiss map has a directory");
        Assert.Equal(4, Regex.Count(pictures[4], "<g class=\"slice\""));
        Assert.True(Chromium.InkFraction(png) > 0.01, $"screenshot {png} looks blank");
    }

    [ChromiumFact]
    public void TourHtml_RendersTablesAndCharts()
    {
        Directory.CreateDirectory(s_artifacts);
        var html = Path.Combine(s_artifacts, "tour.html");
        var (exit, _, err) = CliRunner.Run("tour", "--html", html);
        Assert.True(exit == 0, err);

        var (dom, log) = Chromium.DumpDom(html);
        var png = Path.Combine(s_artifacts, "tour.png");
        Chromium.Screenshot(html, png, 1200, 4000);
        output.WriteLine($"screenshot: {png}");

        Assert.Empty(Chromium.PageErrors(log));
        Assert.True(Regex.Count(dom, "<table>") >= 4, "every tour section renders its table");
        var charts = Elements(dom, "svg", "gort-chart");
        Assert.True(charts.Count >= 5);
        foreach (var chart in charts)
        {
            AssertChart(chart);
        }

        Assert.True(Chromium.InkFraction(png) > 0.01, $"screenshot {png} looks blank");
    }

    [ChromiumFact]
    public void PageErrors_DetectsABrokenPage()
    {
        // The console check must be able to fail: a page whose inline script is blocked by the report's policy.
        Directory.CreateDirectory(s_artifacts);
        var html = Path.Combine(s_artifacts, "broken.html");
        File.WriteAllText(html, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body><script>console.error('x')</script></body></html>");
        var (_, log) = Chromium.DumpDom(html);
        Assert.NotEmpty(Chromium.PageErrors(log));
    }

    private static void AssertChart(string svg)
    {
        var id = Attribute(svg, "data-chart");
        var series = Regex.Matches(svg, "<g class=\"series\" data-series=\"[^\"]+\"><path d=\"(M[^\"]+)\"");
        Assert.True(series.Count >= 1, $"chart {id} has no series path");
        Assert.All(series, m => Assert.True(m.Groups[1].Value.Length > 20, $"chart {id}: a series path is nearly empty"));
        Assert.Contains("class=\"legend\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"x-label\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"y-label\"", svg, StringComparison.Ordinal);
        Assert.True(Regex.Count(svg, "<circle[^>]*><title>") >= 5, $"chart {id}: points need tooltips");
    }

    private static List<string> Elements(string dom, string tag, string cssClass) =>
        [.. Regex.Matches(dom, $"<{tag}[^>]*class=\"{cssClass}\"[\\s\\S]*?</{tag}>").Select(m => m.Value)];

    private static string Attribute(string element, string name) => Regex.Match(element, $"{name}=\"([^\"]*)\"").Groups[1].Value;
}
