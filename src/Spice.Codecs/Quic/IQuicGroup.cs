namespace Spice.Codecs.Quic;

/// <summary>
/// Channels coded together over 32-bit pixels: they share one <see cref="QuicRunState"/>, a run covers all of them,
/// and each pixel codes them in a fixed order.
/// </summary>
internal interface IQuicGroup
{
    QuicRunState State { get; }

    /// <summary>Sets each channel's context for pixel 0: zero on the first row, else pixel 0 of the previous row.</summary>
    void StartRow(bool firstRow);

    void Decode(ref QuicBitReader reader, ref byte pixel, ref byte above, int i, bool hasAbove, bool firstColumn);

    void Encode(ref QuicBitWriter writer, ref byte pixel, ref byte above, int i, bool hasAbove, bool firstColumn);

    void UpdateModel(int i);

    /// <summary>Whether two pixels agree on this group's channels (the run-mode test).</summary>
    bool Same(ref byte a, ref byte b);

    /// <summary>Copies this group's channels from the pixel on the left (run decoding).</summary>
    void CopyLeft(ref byte pixel);
}
