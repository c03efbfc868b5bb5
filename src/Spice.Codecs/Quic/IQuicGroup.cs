namespace Spice.Codecs.Quic;

/// <summary>
/// Channels coded together over 32-bit pixels: they share one <see cref="QuicRunState"/>, a run covers all of them,
/// and each pixel codes them in a fixed order. Row loops hand them <c>slot</c>, the pixel's context slot in
/// <see cref="QuicContext.Rows"/> (byte i * 4), and <c>codes</c>, the start of <see cref="QuicContext.Codes"/>,
/// so the per-sample work needs no object field loads.
/// </summary>
internal interface IQuicGroup
{
    QuicRunState State { get; }

    QuicContext Context { get; }

    /// <summary>Sets each channel's context for pixel 0: zero on the first row, else pixel 0 of the previous row.</summary>
    void StartRow(bool firstRow);

    void Decode(ref QuicBitReader reader, ref byte pixel, ref byte above, ref byte slot, ref ushort codes, bool hasAbove, bool firstColumn);

    void Encode(ref QuicBitWriter writer, ref byte pixel, ref byte above, ref byte slot, ref ushort codes, bool hasAbove, bool firstColumn);

    void UpdateModel(int i);

    /// <summary>Whether two pixels agree on this group's channels (the run-mode test).</summary>
    bool Same(ref byte a, ref byte b);

    /// <summary>Copies this group's channels from the pixel on the left (run decoding).</summary>
    void CopyLeft(ref byte pixel);
}
