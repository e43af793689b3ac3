using Gort.Cli.Infrastructure;
using Spectre.Console;

namespace Gort.Cli.Rendering;

/// <summary>
/// A Spectre progress bar for long simulations, shown only on an interactive terminal and never with <c>--json</c>
/// (redirected output stays byte-for-byte clean). Usage from a command:
/// <code>
/// var run = LabProgress.Run(ctx, json, $"inserting {n:N0} keys", n, report =>
/// {
///     for (long i = 0; i &lt; n; i++) { lab.Insert(i); report(i + 1); }
///     return result;
/// });
/// </code>
/// <c>report</c> is cheap to call on every step: it only touches the bar every 1/500 of the total.
/// </summary>
internal static class LabProgress
{
    /// <summary>Simulations shorter than this many steps never show a bar.</summary>
    public const long MinSteps = 200_000;

    public static T Run<T>(CliContext ctx, bool json, string description, long total, Func<Action<long>, T> work)
    {
        if (json || !ctx.Interactive || total < MinSteps || !ctx.Console.Profile.Capabilities.Interactive)
        {
            return work(static _ => { });
        }

        return ctx.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(c =>
            {
                var task = c.AddTask(Markup.Escape(description), maxValue: total);
                var step = Math.Max(1, total / 500);
                var next = step;
                var result = work(done =>
                {
                    if (done >= next || done == total)
                    {
                        task.Value = done;
                        next = done + step;
                    }
                });
                task.Value = total;
                return result;
            });
    }
}
