using System.Text;
using System.Text.Json;

namespace Gort.Tests.Types.Formatting;

/// <summary>One line of the corpus: a call of fmt and what real Go returned.</summary>
public sealed class FmtCase
{
    public FmtCase(JsonElement o)
    {
        Id = o.GetProperty("case").GetString()!;
        Expected = FmtCorpus.Bytes(o.GetProperty("out"));
        Alternatives = o.TryGetProperty("alt", out var alt) ? [.. alt.EnumerateArray().Select(FmtCorpus.Bytes)] : [Expected];
        if (o.TryGetProperty("fn", out var fn))
        {
            Function = fn.GetString()!;
            Format = FmtCorpus.Bytes(o.GetProperty("format"));
            Args = o.GetProperty("args").ValueKind == JsonValueKind.Null ? [] : [.. o.GetProperty("args").EnumerateArray().Select(a => a.GetString()!)];
        }
        else
        {
            // "VALUE FORMAT": Sprintf(FORMAT, VALUE)
            var space = Id.IndexOf(' ', StringComparison.Ordinal);
            Function = "Sprintf";
            Format = Encoding.UTF8.GetBytes(Id[(space + 1)..]);
            Args = [Id[..space]];
        }

        if (o.TryGetProperty("errtype", out var et))
        {
            ErrorType = et.GetString();
            Wrapped = [.. o.GetProperty("wrapped").EnumerateArray().Select(e => e.GetInt32())];
        }
    }

    public string Id { get; }

    public string Function { get; }

    public byte[] Format { get; }

    public string[] Args { get; }

    public byte[] Expected { get; }

    /// <summary>Every output real Go gave (more than one when map order reaches the output).</summary>
    public byte[][] Alternatives { get; }

    public string? ErrorType { get; }

    public int[] Wrapped { get; } = [];

    public bool Accepts(ReadOnlySpan<byte> actual)
    {
        foreach (var a in Alternatives)
        {
            if (actual.SequenceEqual(a))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Id;
}
