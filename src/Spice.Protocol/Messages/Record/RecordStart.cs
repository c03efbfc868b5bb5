using Spice.Protocol.Framing;
using Spice.Protocol.Messages.Playback;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSG_RECORD_START.</summary>
public sealed record RecordStart : ISpiceMessage<RecordStart>
{
    public ushort MessageType => (ushort)RecordMessageType.Start;

    public uint Channels { get; init; }

    public AudioFormat Format { get; init; }

    public uint Frequency { get; init; }

    public static RecordStart Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<RecordStart>(body);

    public static RecordStart Read(ref SpiceReader r)
    {
        var channels = r.ReadUInt32();
        var format = (AudioFormat)r.ReadUInt16();
        var frequency = r.ReadUInt32();
        return new RecordStart { Channels = channels, Format = format, Frequency = frequency };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Channels);
        w.WriteUInt16((ushort)Format);
        w.WriteUInt32(Frequency);
    }
}
