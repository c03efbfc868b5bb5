using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSGC_MAIN_AGENT_TOKEN.</summary>
public sealed record ClientAgentToken : ISpiceMessage<ClientAgentToken>
{
    public ushort MessageType => (ushort)MainClientMessageType.AgentToken;

    public uint NumTokens { get; init; }

    public static ClientAgentToken Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<ClientAgentToken>(body);

    public static ClientAgentToken Read(ref SpiceReader r)
    {
        var numTokens = r.ReadUInt32();
        return new ClientAgentToken { NumTokens = numTokens };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(NumTokens);
    }
}
