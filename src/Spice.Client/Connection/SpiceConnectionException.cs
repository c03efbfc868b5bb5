namespace Spice.Client.Connection;

/// <summary>The transport failed: host unreachable, connection refused or reset, peer not speaking SPICE, timeout.</summary>
public sealed class SpiceConnectionException : IOException
{
    public SpiceConnectionException()
    {
    }

    public SpiceConnectionException(string message) : base(message)
    {
    }

    public SpiceConnectionException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
