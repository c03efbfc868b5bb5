using Spice.Protocol.Framing;
using Spice.Protocol.Messages.Playback;

namespace Spice.Protocol.Messages.Record;

/// <summary>SPICE_MSGC_RECORD_MODE.</summary>
public sealed record RecordMode : ISpiceMessage<RecordMode>
{
    public ushort MessageType => (ushort)RecordClientMessageType.Mode;

    public uint Time { get; init; }

    public AudioDataMode Mode { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static RecordMode Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<RecordMode>(body);

    public static RecordMode Read(ref SpiceReader r)
    {
        var time = r.ReadUInt32();
        var mode = (AudioDataMode)r.ReadUInt16();
        var data = r.ReadRemainingMemory();
        return new RecordMode { Time = time, Mode = mode, Data = data };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
        w.WriteUInt16((ushort)Mode);
        w.WriteBytes(Data.Span);
    }
}
