namespace Spice.Codecs.Quic;

/// <summary>
/// The direction of a <see cref="QuicRow"/> walk: <see cref="QuicBitReader"/> decodes, <see cref="QuicBitWriter"/>
/// encodes. Both directions walk the same segments, model updates and run decisions, so encoder and decoder stay in
/// step by construction; only the coding of one pixel and of one run differs. The methods are static and take the
/// coder as an explicit ref because then the JIT keeps the row loop's copy of it in registers (handed on as
/// <c>ref this</c>, the copy stayed in memory and decoding was 3-5% slower).
/// </summary>
internal interface IQuicRowCoder<TSelf>
    where TSelf : IQuicRowCoder<TSelf>, allows ref struct
{
    /// <summary>Codes the group's channels of one pixel.</summary>
    static abstract void Pixel<TGroup>(ref TSelf coder, TGroup group, ref byte pixel, ref byte above, ref byte slot, ref ushort codes, bool hasAbove, bool firstColumn)
        where TGroup : struct, IQuicGroup;

    /// <summary>Codes the run that starts at pixel <paramref name="i"/> (at most <paramref name="end"/> - i pixels) and returns its length.</summary>
    static abstract int Run<TGroup>(ref TSelf coder, TGroup group, ref byte row, int i, int end)
        where TGroup : struct, IQuicGroup;
}
