namespace Gort.Runtime;

/// <summary>
/// The runtime's random source (Go's <c>rand()</c>/<c>fastrand</c>): wyrand, a 64-bit generator with one word of
/// state, advanced atomically so a shared runtime can be used from several threads.
/// </summary>
internal sealed class GoRandom
{
    private const ulong Increment = 0xa0761d6478bd642f;
    private const ulong Mix = 0xe7037ed1a0b428db;
    private ulong _state;

    public GoRandom(ulong? seed) => _state = seed ?? (ulong)Random.Shared.NextInt64() ^ ((ulong)Random.Shared.NextInt64() << 1);

    public ulong Next()
    {
        var s = Interlocked.Add(ref _state, Increment);
        var product = (UInt128)s * (s ^ Mix);
        return (ulong)product ^ (ulong)(product >> 64);
    }
}
