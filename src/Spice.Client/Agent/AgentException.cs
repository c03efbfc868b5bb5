namespace Spice.Client.Agent;

/// <summary>An agent operation failed: no agent, a missing agent capability, or the agent refused.</summary>
public class AgentException : Exception
{
    public AgentException()
    {
    }

    public AgentException(string message) : base(message)
    {
    }

    public AgentException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
