using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSGC_DISPLAY_PREFERRED_VIDEO_CODEC_TYPE: VideoCodecType values, most preferred first.</summary>
public sealed record PreferredVideoCodecType : ISpiceMessage<PreferredVideoCodecType>
{
    public ushort MessageType => (ushort)DisplayClientMessageType.PreferredVideoCodecType;

    public byte[] Codecs { get; init; } = [];

    public static PreferredVideoCodecType Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<PreferredVideoCodecType>(body);

    public static PreferredVideoCodecType Read(ref SpiceReader r)
    {
        var numOfCodecs = r.ReadByte();
        var codecs = new byte[r.CheckCount(numOfCodecs, 1)];
        for (var i = 0; i < codecs.Length; i++)
        {
            codecs[i] = r.ReadByte();
        }

        return new PreferredVideoCodecType { Codecs = codecs };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte(checked((byte)Codecs.Length));
        foreach (var item in Codecs)
        {
            w.WriteByte(item);
        }
    }
}
