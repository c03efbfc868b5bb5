using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_MODE (legacy, before surfaces).</summary>
public sealed record DisplayMode : ISpiceMessage<DisplayMode>
{
    public ushort MessageType => (ushort)DisplayMessageType.Mode;

    public uint XRes { get; init; }

    public uint YRes { get; init; }

    public uint Bits { get; init; }

    public static DisplayMode Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<DisplayMode>(body);

    public static DisplayMode Read(ref SpiceReader r)
    {
        var xRes = r.ReadUInt32();
        var yRes = r.ReadUInt32();
        var bits = r.ReadUInt32();
        return new DisplayMode { XRes = xRes, YRes = yRes, Bits = bits };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(XRes);
        w.WriteUInt32(YRes);
        w.WriteUInt32(Bits);
    }
}
