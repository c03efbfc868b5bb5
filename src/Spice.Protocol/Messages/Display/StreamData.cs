using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_STREAM_DATA: one encoded frame.</summary>
public sealed record StreamData : ISpiceMessage<StreamData>
{
    public ushort MessageType => (ushort)DisplayMessageType.StreamData;

    public StreamDataHeader Base { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static StreamData Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<StreamData>(body);

    public static StreamData Read(ref SpiceReader r)
    {
        var @base = StreamDataHeader.Read(ref r);
        var dataSize = r.ReadUInt32();
        var data = r.ReadMemory(dataSize);
        return new StreamData { Base = @base, Data = data };
    }

    public void Write(SpiceWriter w) => Write(w, Base, Data.Span);

    /// <summary>The same layout from a frame the encoder holds (no copy into a message object first).</summary>
    public static void Write(SpiceWriter w, StreamDataHeader header, ReadOnlySpan<byte> data)
    {
        header.Write(w);
        w.WriteUInt32(checked((uint)data.Length));
        w.WriteBytes(data);
    }
}
