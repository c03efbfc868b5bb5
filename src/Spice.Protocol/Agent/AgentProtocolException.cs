namespace Spice.Protocol.Agent;

/// <summary>A malformed, truncated, oversized or unknown agent message. The channel drops it and logs; never fatal.</summary>
public sealed class AgentProtocolException : SpiceProtocolException
{
    public AgentProtocolException()
    {
    }

    public AgentProtocolException(string message) : base(message)
    {
    }

    public AgentProtocolException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
