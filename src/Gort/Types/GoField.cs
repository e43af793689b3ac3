namespace Gort.Types;

/// <summary>A struct field and its offset.</summary>
/// <param name="Name">The field name (<c>_</c> for a blank field; the type name for an embedded field).</param>
/// <param name="Type">The field type.</param>
/// <param name="Offset"><c>unsafe.Offsetof</c>.</param>
/// <param name="Embedded">Whether the field is embedded.</param>
public sealed record GoField(string Name, GoType Type, long Offset, bool Embedded = false);
