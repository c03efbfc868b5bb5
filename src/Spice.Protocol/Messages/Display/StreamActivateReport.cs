using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_STREAM_ACTIVATE_REPORT.</summary>
public sealed record StreamActivateReport : ISpiceMessage<StreamActivateReport>
{
    public ushort MessageType => (ushort)DisplayMessageType.StreamActivateReport;

    public uint StreamId { get; init; }

    public uint UniqueId { get; init; }

    public uint MaxWindowSize { get; init; }

    public uint TimeoutMs { get; init; }

    public static StreamActivateReport Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<StreamActivateReport>(body);

    public static StreamActivateReport Read(ref SpiceReader r)
    {
        var streamId = r.ReadUInt32();
        var uniqueId = r.ReadUInt32();
        var maxWindowSize = r.ReadUInt32();
        var timeoutMs = r.ReadUInt32();
        return new StreamActivateReport { StreamId = streamId, UniqueId = uniqueId, MaxWindowSize = maxWindowSize, TimeoutMs = timeoutMs };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(StreamId);
        w.WriteUInt32(UniqueId);
        w.WriteUInt32(MaxWindowSize);
        w.WriteUInt32(TimeoutMs);
    }
}
