using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentMouseState (server to agent): uint32 x, uint32 y, uint32 buttons, uint8 display_id.</summary>
public sealed record MouseState(uint X, uint Y, uint Buttons, byte DisplayId) : IAgentMessage<MouseState>
{
    public AgentMessageType Type => AgentMessageType.MouseState;

    public static MouseState Read(ref SpiceReader r, AgentFraming framing) =>
        new(r.ReadUInt32(), r.ReadUInt32(), r.ReadUInt32(), r.ReadByte());

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        w.WriteUInt32(X);
        w.WriteUInt32(Y);
        w.WriteUInt32(Buttons);
        w.WriteByte(DisplayId);
    }
}
