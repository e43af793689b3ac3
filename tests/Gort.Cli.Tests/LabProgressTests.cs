using Gort.Cli.Infrastructure;
using Gort.Cli.Rendering;

namespace Gort.Tests.Cli;

public class LabProgressTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Run_WhenRedirectedOrJson_WritesNothingAndRunsTheWork(bool interactive, bool json)
    {
        var output = new StringWriter();
        var ctx = new CliContext(output, new StringWriter(), interactive);
        var steps = 0L;
        var result = LabProgress.Run(ctx, json, "inserting", 1_000_000, report =>
        {
            for (long i = 0; i < 1_000_000; i++)
            {
                steps++;
                report(i + 1);
            }

            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal(1_000_000, steps);
        Assert.Equal("", output.ToString());
    }
}
