using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_MOUSE_MODE.</summary>
public sealed record MainMouseMode : ISpiceMessage<MainMouseMode>
{
    public ushort MessageType => (ushort)MainMessageType.MouseMode;

    public MouseMode SupportedModes { get; init; }

    public MouseMode CurrentMode { get; init; }

    public static MainMouseMode Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MainMouseMode>(body);

    public static MainMouseMode Read(ref SpiceReader r)
    {
        var supportedModes = (MouseMode)r.ReadUInt16();
        var currentMode = (MouseMode)r.ReadUInt16();
        return new MainMouseMode { SupportedModes = supportedModes, CurrentMode = currentMode };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt16((ushort)SupportedModes);
        w.WriteUInt16((ushort)CurrentMode);
    }
}
