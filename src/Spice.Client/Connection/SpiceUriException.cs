namespace Spice.Client.Connection;

/// <summary>A URI or .vv file that does not describe a SPICE server.</summary>
public sealed class SpiceUriException : FormatException
{
    public SpiceUriException()
    {
    }

    public SpiceUriException(string message) : base(message)
    {
    }

    public SpiceUriException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
