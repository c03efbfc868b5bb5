using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_AGENT_TOKEN.</summary>
public sealed record AgentToken : ISpiceMessage<AgentToken>
{
    public ushort MessageType => (ushort)MainMessageType.AgentToken;

    public uint NumTokens { get; init; }

    public static AgentToken Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<AgentToken>(body);

    public static AgentToken Read(ref SpiceReader r)
    {
        var numTokens = r.ReadUInt32();
        return new AgentToken { NumTokens = numTokens };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(NumTokens);
    }
}
