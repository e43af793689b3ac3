namespace Gort.Types.Formatting;

/// <summary>A non-nil Go pointer the formatter can dereference (it does so only for <c>&amp;{...}</c> at top level).</summary>
public interface IGoPointer
{
    /// <summary>The pointed-to value, of the pointer's element type.</summary>
    GoValue Load();
}
