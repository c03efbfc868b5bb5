namespace Spice.Protocol;

/// <summary>Malformed, truncated or oversized SPICE data. The only exception parsing lets escape.</summary>
public class SpiceProtocolException : Exception
{
    public SpiceProtocolException()
    {
    }

    public SpiceProtocolException(string message) : base(message)
    {
    }

    public SpiceProtocolException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public SpiceProtocolException(string message, LinkError linkError) : base(message)
    {
        LinkError = linkError;
    }

    /// <summary>The link error a server should answer with, when the failure maps to one.</summary>
    public LinkError? LinkError { get; }
}
