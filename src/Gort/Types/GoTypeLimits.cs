namespace Gort.Types;

/// <summary>Limits of the type checker on amd64.</summary>
internal static class GoTypeLimits
{
    /// <summary>gc rejects types of 2^50 bytes or more on 64-bit (<c>MaxWidth = 1&lt;&lt;50</c>).</summary>
    public const long MaxSize = 1L << 50;
}
