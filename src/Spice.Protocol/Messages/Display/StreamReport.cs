using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSGC_DISPLAY_STREAM_REPORT.</summary>
public sealed record StreamReport : ISpiceMessage<StreamReport>
{
    public ushort MessageType => (ushort)DisplayClientMessageType.StreamReport;

    public uint StreamId { get; init; }

    public uint UniqueId { get; init; }

    public uint StartFrameMmTime { get; init; }

    public uint EndFrameMmTime { get; init; }

    public uint NumFrames { get; init; }

    public uint NumDrops { get; init; }

    public int LastFrameDelay { get; init; }

    public uint AudioDelay { get; init; }

    public static StreamReport Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<StreamReport>(body);

    public static StreamReport Read(ref SpiceReader r)
    {
        var streamId = r.ReadUInt32();
        var uniqueId = r.ReadUInt32();
        var startFrameMmTime = r.ReadUInt32();
        var endFrameMmTime = r.ReadUInt32();
        var numFrames = r.ReadUInt32();
        var numDrops = r.ReadUInt32();
        var lastFrameDelay = r.ReadInt32();
        var audioDelay = r.ReadUInt32();
        return new StreamReport { StreamId = streamId, UniqueId = uniqueId, StartFrameMmTime = startFrameMmTime, EndFrameMmTime = endFrameMmTime, NumFrames = numFrames, NumDrops = numDrops, LastFrameDelay = lastFrameDelay, AudioDelay = audioDelay };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(StreamId);
        w.WriteUInt32(UniqueId);
        w.WriteUInt32(StartFrameMmTime);
        w.WriteUInt32(EndFrameMmTime);
        w.WriteUInt32(NumFrames);
        w.WriteUInt32(NumDrops);
        w.WriteInt32(LastFrameDelay);
        w.WriteUInt32(AudioDelay);
    }
}
