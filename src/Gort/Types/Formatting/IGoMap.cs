namespace Gort.Types.Formatting;

/// <summary>The entries of a non-nil Go map.</summary>
public interface IGoMap
{
    /// <summary><c>len</c>.</summary>
    int Count { get; }

    /// <summary>
    /// The entries in the map's iteration order (the formatter sorts them as <c>internal/fmtsort</c> does; the order
    /// matters only between keys fmtsort cannot order, such as NaNs). Keys and values of interface type are their
    /// dynamic values.
    /// </summary>
    IEnumerable<KeyValuePair<GoValue, GoValue>> Entries();
}
