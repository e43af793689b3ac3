namespace Gort.Types;

/// <summary>Limits of the type checker on amd64.</summary>
internal static class GoTypeLimits
{
    /// <summary>gc rejects types of 2^50 bytes or more on 64-bit (<c>MaxWidth = 1&lt;&lt;50</c>).</summary>
    public const long MaxSize = 1L << 50;

    /// <summary>gc's array check (<c>CalcSize</c>, TARRAY): at most <c>(MaxWidth-1)/elemSize</c> elements.</summary>
    public static bool ArrayFits(long elemSize, long length) => elemSize == 0 || length <= (MaxSize - 1) / elemSize;
}
