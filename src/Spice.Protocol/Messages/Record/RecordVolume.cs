using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSG_RECORD_VOLUME.</summary>
public sealed record RecordVolume : ISpiceMessage<RecordVolume>
{
    public ushort MessageType => (ushort)RecordMessageType.Volume;

    public ushort[] Volume { get; init; } = [];

    public static RecordVolume Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<RecordVolume>(body);

    public static RecordVolume Read(ref SpiceReader r)
    {
        var nchannels = r.ReadByte();
        var volume = new ushort[r.CheckCount(nchannels, 2)];
        for (var i = 0; i < volume.Length; i++)
        {
            volume[i] = r.ReadUInt16();
        }

        return new RecordVolume { Volume = volume };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteByte(checked((byte)Volume.Length));
        foreach (var item in Volume)
        {
            w.WriteUInt16(item);
        }
    }
}
