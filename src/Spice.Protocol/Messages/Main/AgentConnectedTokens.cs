using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_AGENT_CONNECTED_TOKENS.</summary>
public sealed record AgentConnectedTokens : ISpiceMessage<AgentConnectedTokens>
{
    public ushort MessageType => (ushort)MainMessageType.AgentConnectedTokens;

    public uint NumTokens { get; init; }

    public static AgentConnectedTokens Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<AgentConnectedTokens>(body);

    public static AgentConnectedTokens Read(ref SpiceReader r)
    {
        var numTokens = r.ReadUInt32();
        return new AgentConnectedTokens { NumTokens = numTokens };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(NumTokens);
    }
}
