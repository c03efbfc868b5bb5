using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SpiceQUICData-style payload (quic, lz_rgb, glz_rgb, jpeg, lz4): data_size + the compressed bytes.</summary>
public sealed record BinaryData : ImagePayload
{
    public ReadOnlyMemory<byte> Data { get; init; }

    public static BinaryData Read(ref SpiceReader r) => new() { Data = r.ReadMemory(r.ReadUInt32()) };

    public override void Write(SpiceWriter w)
    {
        var sizeAt = BeginData(w);
        w.WriteBytes(Data.Span);
        EndData(w, sizeAt);
    }

    /// <summary>
    /// Starts a data_size + data payload whose bytes an encoder then writes straight into
    /// <paramref name="w"/> (as an <see cref="System.Buffers.IBufferWriter{T}"/>); returns where data_size is.
    /// </summary>
    public static int BeginData(SpiceWriter w) => w.Reserve(4);

    /// <summary>Sets data_size to what was written since <see cref="BeginData"/>.</summary>
    public static void EndData(SpiceWriter w, int sizeAt) =>
        w.PatchUInt32(sizeAt, checked((uint)(w.Position - sizeAt - 4)));
}
