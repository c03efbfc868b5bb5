using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_STREAM_DATA_SIZED: a frame whose size differs from the stream size.</summary>
public sealed record StreamDataSized : ISpiceMessage<StreamDataSized>
{
    public ushort MessageType => (ushort)DisplayMessageType.StreamDataSized;

    public StreamDataHeader Base { get; init; }

    public uint Width { get; init; }

    public uint Height { get; init; }

    public Rect Dest { get; init; }

    public ReadOnlyMemory<byte> Data { get; init; }

    public static StreamDataSized Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<StreamDataSized>(body);

    public static StreamDataSized Read(ref SpiceReader r)
    {
        var @base = StreamDataHeader.Read(ref r);
        var width = r.ReadUInt32();
        var height = r.ReadUInt32();
        var dest = Rect.Read(ref r);
        var dataSize = r.ReadUInt32();
        var data = r.ReadMemory(dataSize);
        return new StreamDataSized { Base = @base, Width = width, Height = height, Dest = dest, Data = data };
    }

    public void Write(SpiceWriter w)
    {
        Base.Write(w);
        w.WriteUInt32(Width);
        w.WriteUInt32(Height);
        Dest.Write(w);
        w.WriteUInt32(checked((uint)Data.Length));
        w.WriteBytes(Data.Span);
    }
}
