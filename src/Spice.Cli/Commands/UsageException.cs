namespace Spice.Cli.Commands;

/// <summary>Bad command-line arguments: reported with the command's usage line, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message) : base(message)
    {
    }

    public UsageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
