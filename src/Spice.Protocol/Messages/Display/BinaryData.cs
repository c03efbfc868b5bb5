using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceQUICData-style payload (quic, lz_rgb, glz_rgb, jpeg, lz4): data_size + the compressed bytes.</summary>
public sealed record BinaryData : ImagePayload
{
    public ReadOnlyMemory<byte> Data { get; init; }

    public static BinaryData Read(ref SpiceReader r) => new() { Data = r.ReadMemory(r.ReadUInt32()) };

    public override void Write(SpiceWriter w)
    {
        w.WriteUInt32(checked((uint)Data.Length));
        w.WriteBytes(Data.Span);
    }
}
