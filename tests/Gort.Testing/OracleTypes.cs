using System.Text.RegularExpressions;
using Gort.Types;

namespace Gort.Tests.Infrastructure;

/// <summary>
/// The oracle names element types either as Go type expressions (<c>[12]byte</c>, <c>*int</c>) or as
/// <c>P24{p *int; _ [16]byte}</c> — a defined struct written as name + fields. This turns both into a <see cref="GoType"/>.
/// </summary>
public static partial class OracleTypes
{
    public static GoType Parse(string elemType)
    {
        var m = DefinedStruct().Match(elemType);
        return GoTypeParser.Parse(m.Success ? $"type {m.Groups[1].Value} struct{m.Groups[2].Value}; {m.Groups[1].Value}" : elemType);
    }

    [GeneratedRegex(@"^([A-Za-z_]\w*)(\{.*\})$")]
    private static partial Regex DefinedStruct();
}
