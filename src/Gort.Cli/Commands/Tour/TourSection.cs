namespace Gort.Cli.Commands.Tour;

/// <summary>One question of the tour, answered by running the model: a table plus the rule behind the numbers.</summary>
/// <param name="Id">Stable identifier (for JSON consumers).</param>
/// <param name="Question">The question a Go engineer asks.</param>
/// <param name="Rule">One line on the runtime rule that produces the answer.</param>
/// <param name="Columns">Column headers.</param>
/// <param name="Rows">Cells, as text.</param>
internal sealed record TourSection(string Id, string Question, string Rule, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
