namespace Spice.Protocol.Agent;

/// <summary>
/// One agent message out of the reassembler: its header and data, or, when it was refused
/// (oversized, wrong protocol), the header and the reason, with its data skipped.
/// </summary>
public sealed record AgentFrame(AgentMessageHeader Header, ReadOnlyMemory<byte> Data, string? Rejected = null)
{
    public bool IsRejected => Rejected is not null;
}
