using System.Diagnostics;
using System.Reflection;

namespace Gort.Memory;

/// <summary>Finds the first stack frame outside the Gort library: the user code an allocation belongs to.</summary>
internal static class CallSites
{
    private static readonly Assembly s_gort = typeof(CallSites).Assembly;

    public static string? FirstOutsideGort()
    {
        var trace = new StackTrace(2, fNeedFileInfo: true);
        foreach (var frame in trace.GetFrames())
        {
            var method = frame.GetMethod();
            if (method?.DeclaringType is not { } type || type.Assembly == s_gort)
            {
                continue;
            }

            var file = frame.GetFileName();
            var name = $"{type.FullName}.{method.Name}";
            return file is null ? name : $"{name} ({Path.GetFileName(file)}:{frame.GetFileLineNumber()})";
        }

        return null;
    }
}
