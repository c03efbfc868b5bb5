using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSGC_MAIN_AGENT_START.</summary>
public sealed record AgentStart : ISpiceMessage<AgentStart>
{
    public ushort MessageType => (ushort)MainClientMessageType.AgentStart;

    public uint NumTokens { get; init; }

    public static AgentStart Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<AgentStart>(body);

    public static AgentStart Read(ref SpiceReader r)
    {
        var numTokens = r.ReadUInt32();
        return new AgentStart { NumTokens = numTokens };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(NumTokens);
    }
}
