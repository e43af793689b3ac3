namespace Gort.Cli.Infrastructure;

/// <summary>Bad user input: printed as one line on stderr, exit code 2, never a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException()
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
