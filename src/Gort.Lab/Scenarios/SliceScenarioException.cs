namespace Gort.Lab.Scenarios;

/// <summary>A syntax or type error in a slice scenario, with the position it refers to.</summary>
public sealed class SliceScenarioException : FormatException
{
    /// <summary>Creates the error for <paramref name="input"/> at character <paramref name="offset"/>.</summary>
    public SliceScenarioException(string message, string input, int offset)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        Offset = Math.Clamp(offset, 0, input.Length);
        var lineStart = Offset == 0 ? 0 : input.LastIndexOf('\n', Offset - 1) + 1;
        Column = Offset - lineStart + 1;
    }

    /// <summary>Creates an error without position.</summary>
    public SliceScenarioException()
        : this("invalid scenario", "", 0)
    {
    }

    /// <summary>Creates an error without position.</summary>
    public SliceScenarioException(string message)
        : this(message, "", 0)
    {
    }

    /// <summary>Creates an error without position.</summary>
    public SliceScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Input = "";
    }

    /// <summary>The scenario text.</summary>
    public string Input { get; }

    /// <summary>0-based offset of the error.</summary>
    public int Offset { get; }

    /// <summary>1-based column of the error in its line.</summary>
    public int Column { get; }

    /// <summary>The offending line with a caret under the error.</summary>
    public string ToCaretString()
    {
        var start = Offset - (Column - 1);
        var end = Input.IndexOf('\n', start);
        var line = end < 0 ? Input[start..] : Input[start..end];
        return line + "\n" + new string(' ', Column - 1) + "^";
    }
}
