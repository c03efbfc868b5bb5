using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSGC_DISPLAY_PREFERRED_COMPRESSION.</summary>
public sealed record PreferredCompression : ISpiceMessage<PreferredCompression>
{
    public ushort MessageType => (ushort)DisplayClientMessageType.PreferredCompression;

    public ImageCompression ImageCompression { get; init; }

    public static PreferredCompression Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<PreferredCompression>(body);

    public static PreferredCompression Read(ref SpiceReader r)
    {
        var imageCompression = (ImageCompression)r.ReadByte();
        return new PreferredCompression { ImageCompression = imageCompression };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte((byte)ImageCompression);
    }
}
