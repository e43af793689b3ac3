using System.Runtime.CompilerServices;
using System.Text;

namespace Gort.Types.Formatting.Internal;

/// <summary>
/// Types as <c>reflect.Type.String</c> writes them, which is what <c>%T</c>, <c>%#v</c> and the <c>%!verb(type=value)</c>
/// errors print: package-qualified names (<c>main.T</c>), <c>interface {}</c> for the empty interface, embedded fields
/// as their type (<c>struct { main.Point; n int }</c>).
/// </summary>
internal static class GoTypeStrings
{
    private static readonly ConditionalWeakTable<GoType, string> s_cache = [];

    public static string Reflect(GoType type) =>
        s_cache.TryGetValue(type, out var s) ? s : s_cache.GetValue(type, t => Build(new StringBuilder(), t).ToString());

    private static StringBuilder Build(StringBuilder sb, GoType type)
    {
        switch (type)
        {
            case GoNamedType named:
                return named.Package is null ? sb.Append(named.Name) : sb.Append(named.Package).Append('.').Append(named.Name);
            case GoBasicType basic:
                return sb.Append(basic.ToString());
            case GoPointerType pointer:
                return Build(sb.Append('*'), pointer.Elem);
            case GoSliceType slice:
                return Build(sb.Append("[]"), slice.Elem);
            case GoArrayType array:
                return Build(sb.Append('[').Append(array.Length).Append(']'), array.Elem);
            case GoMapType map:
                return Build(Build(sb.Append("map["), map.Key).Append(']'), map.Elem);
            case GoChanType chan:
                return chan.Direction switch
                {
                    GoChanDirection.Send => Build(sb.Append("chan<- "), chan.Elem),
                    GoChanDirection.Receive => Build(sb.Append("<-chan "), chan.Elem),
                    _ when chan.Elem is GoChanType { Direction: GoChanDirection.Receive } => Build(sb.Append("chan ("), chan.Elem).Append(')'),
                    _ => Build(sb.Append("chan "), chan.Elem),
                };
            case GoFuncType func:
                sb.Append("func(");
                for (var i = 0; i < func.Parameters.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    if (func.Variadic && i == func.Parameters.Count - 1 && func.Parameters[i] is GoSliceType variadic)
                    {
                        Build(sb.Append("..."), variadic.Elem);
                    }
                    else
                    {
                        Build(sb, func.Parameters[i]);
                    }
                }

                sb.Append(')');
                if (func.Results.Count == 1)
                {
                    Build(sb.Append(' '), func.Results[0]);
                }
                else if (func.Results.Count > 1)
                {
                    sb.Append(" (");
                    for (var i = 0; i < func.Results.Count; i++)
                    {
                        Build(i > 0 ? sb.Append(", ") : sb, func.Results[i]);
                    }

                    sb.Append(')');
                }

                return sb;
            case GoInterfaceType iface:
                return iface.IsEmpty && iface.Text is "any" or "interface{}" or "interface {}" ? sb.Append("interface {}") : sb.Append(iface.Text);
            case GoStructType st:
                if (st.Fields.Count == 0)
                {
                    return sb.Append("struct {}");
                }

                sb.Append("struct { ");
                for (var i = 0; i < st.Fields.Count; i++)
                {
                    var f = st.Fields[i];
                    if (i > 0)
                    {
                        sb.Append("; ");
                    }

                    if (f.Embedded)
                    {
                        Build(sb, f.Type);
                    }
                    else
                    {
                        Build(sb.Append(f.Name).Append(' '), f.Type);
                    }
                }

                return sb.Append(" }");
            default:
                return sb.Append(type.ToString());
        }
    }
}
