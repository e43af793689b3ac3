using System.Text.Json;
using Gort.Types;
using Gort.Types.Formatting;

namespace Gort.Tests.Types.Formatting;

/// <summary>
/// The methods of the corpus' types as real Go ran them: the method sets come from the type table, and each call
/// returns what the Go method returned for that receiver, or throws <see cref="RecordedPanic"/> with the value it
/// panicked with. A call real Go could not have made (no record for that receiver) fails the test.
/// </summary>
public sealed class RecordedHost(FmtCorpus corpus) : GoFormatHost
{
    private readonly Dictionary<(GoType, string), FmtCorpus.RecordedNode> _strings = [];

    public override GoFormatMethods MethodsOf(GoType type)
    {
        var methods = GoFormatMethods.None;
        if (corpus.LineOf(type).TryGetProperty("methods", out var list))
        {
            foreach (var m in list.EnumerateArray())
            {
                methods |= m.GetString() switch
                {
                    "Error" => GoFormatMethods.Error,
                    "String" => GoFormatMethods.String,
                    "GoString" => GoFormatMethods.GoString,
                    _ => GoFormatMethods.None, // Format: Gort does not call user Format methods
                };
            }
        }

        return methods;
    }

    public override int MethodCount(GoType type) =>
        corpus.LineOf(type).TryGetProperty("nmethods", out var n) ? n.GetInt32() : 0;

    public override GoValue Call(GoFormatMethods method, GoValue receiver)
    {
        var node = receiver.Reference as FmtCorpus.RecordedNode;
        if (node is null && receiver.Type is not null)
        {
            // Strings and nil pointers carry no node: find the recorded receiver by type and content.
            var key = receiver.Type.Underlying.Kind == GoKind.String ? Convert.ToHexString(receiver.GetStringBytes()) : "nil";
            _strings.TryGetValue((receiver.Type, key), out node);
        }

        if (node is null || !node.Node.TryGetProperty("calls", out var calls) || !calls.TryGetProperty(method.ToString(), out var call))
        {
            throw new InvalidOperationException($"fmt called {method} on {receiver.Type}, which real Go did not (no record)");
        }

        if (call.TryGetProperty("panic", out var panic))
        {
            throw new RecordedPanic(corpus.BuildPanicValue(panic));
        }

        return GoValue.String(GoBasicType.String, FmtCorpus.Bytes(call.GetProperty("ret")));
    }

    public override bool TryGetPanicValue(Exception exception, out GoValue panicValue)
    {
        if (exception is RecordedPanic p)
        {
            panicValue = p.Value;
            return true;
        }

        panicValue = default;
        return false;
    }

    internal void RememberString(GoType type, byte[] bytes, FmtCorpus.RecordedNode node) => Remember(type, Convert.ToHexString(bytes), node);

    internal void RememberNil(GoType type, FmtCorpus.RecordedNode node) => Remember(type, "nil", node);

    private void Remember(GoType type, string key, FmtCorpus.RecordedNode node)
    {
        if (node.Node.TryGetProperty("calls", out _))
        {
            _strings[(type, key)] = node;
        }
    }
}

/// <summary>A Go panic replayed from the corpus.</summary>
public sealed class RecordedPanic(GoValue value) : Exception("recorded Go panic")
{
    public GoValue Value { get; } = value;
}
