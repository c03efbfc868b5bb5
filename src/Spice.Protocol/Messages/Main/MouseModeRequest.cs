using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSGC_MAIN_MOUSE_MODE_REQUEST.</summary>
public sealed record MouseModeRequest : ISpiceMessage<MouseModeRequest>
{
    public ushort MessageType => (ushort)MainClientMessageType.MouseModeRequest;

    public MouseMode Mode { get; init; }

    public static MouseModeRequest Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MouseModeRequest>(body);

    public static MouseModeRequest Read(ref SpiceReader r)
    {
        var mode = (MouseMode)r.ReadUInt16();
        return new MouseModeRequest { Mode = mode };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt16((ushort)Mode);
    }
}
