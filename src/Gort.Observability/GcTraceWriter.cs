using Gort.Memory;

namespace Gort.Observability;

/// <summary>
/// <c>GODEBUG=gctrace=1</c>: writes one gctrace line per simulated GC cycle (<see cref="GcTraceFormat"/>) to a
/// <see cref="TextWriter"/>. Attach it with <see cref="GoHeap.AddListener"/> or <c>GoRuntimeOptions.Listeners</c>.
/// </summary>
/// <param name="writer">Where the lines go (Go writes them to stderr).</param>
public sealed class GcTraceWriter(TextWriter writer) : IGcListener
{
    private readonly TextWriter _writer = writer ?? throw new ArgumentNullException(nameof(writer));

    /// <inheritdoc/>
    void IGcListener.OnGcStart(GoHeap heap, in GcCycleStart start)
    {
    }

    /// <inheritdoc/>
    void IGcListener.OnGcEnd(GoHeap heap, in GcCycle cycle) => _writer.WriteLine(GcTraceFormat.Line(cycle, heap.Version));
}
