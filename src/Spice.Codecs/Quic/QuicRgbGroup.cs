using System.Runtime.CompilerServices;

namespace Spice.Codecs.Quic;

/// <summary>Red, green and blue of a B,G,R,X pixel, coded in the order R, G, B (model channels 0, 1, 2).</summary>
internal readonly struct QuicRgbGroup<TDepth>(QuicContext context, QuicChannel red, QuicChannel green, QuicChannel blue, QuicRunState state) : IQuicGroup
    where TDepth : IQuicDepth
{
    public QuicRunState State => state;

    public QuicContext Context => context;

    public void StartRow(bool firstRow) => context.StartRow(0, 3, firstRow);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decode(ref QuicBitReader reader, ref byte pixel, ref byte above, ref byte slot, ref ushort codes, bool hasAbove, bool firstColumn)
    {
        uint r = QuicSample.Decode<TDepth>(ref reader, ref slot, ref codes, 0, QuicSample.Predict<TDepth>(ref Unsafe.Add(ref pixel, 2), ref Unsafe.Add(ref above, 2), hasAbove, firstColumn));
        uint g = QuicSample.Decode<TDepth>(ref reader, ref slot, ref codes, 1, QuicSample.Predict<TDepth>(ref Unsafe.Add(ref pixel, 1), ref Unsafe.Add(ref above, 1), hasAbove, firstColumn));
        uint b = QuicSample.Decode<TDepth>(ref reader, ref slot, ref codes, 2, QuicSample.Predict<TDepth>(ref pixel, ref above, hasAbove, firstColumn));
        uint value = 0xFF000000u | ((uint)TDepth.Set(r) << 16) | ((uint)TDepth.Set(g) << 8) | TDepth.Set(b);
        Unsafe.WriteUnaligned(ref pixel, value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Encode(ref QuicBitWriter writer, ref byte pixel, ref byte above, ref byte slot, ref ushort codes, bool hasAbove, bool firstColumn)
    {
        QuicSample.Encode<TDepth>(ref writer, ref slot, ref codes, 0, TDepth.Get(Unsafe.Add(ref pixel, 2)), QuicSample.Predict<TDepth>(ref Unsafe.Add(ref pixel, 2), ref Unsafe.Add(ref above, 2), hasAbove, firstColumn));
        QuicSample.Encode<TDepth>(ref writer, ref slot, ref codes, 1, TDepth.Get(Unsafe.Add(ref pixel, 1)), QuicSample.Predict<TDepth>(ref Unsafe.Add(ref pixel, 1), ref Unsafe.Add(ref above, 1), hasAbove, firstColumn));
        QuicSample.Encode<TDepth>(ref writer, ref slot, ref codes, 2, TDepth.Get(pixel), QuicSample.Predict<TDepth>(ref pixel, ref above, hasAbove, firstColumn));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void UpdateModel(int i)
    {
        QuicFamily family = TDepth.Family;
        uint trigger = state.HalvingTrigger;
        red.UpdateAt(family, i, trigger);
        green.UpdateAt(family, i, trigger);
        blue.UpdateAt(family, i, trigger);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Same(ref byte a, ref byte b) =>
        ((Unsafe.ReadUnaligned<uint>(ref a) ^ Unsafe.ReadUnaligned<uint>(ref b)) & 0x00FFFFFFu) == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CopyLeft(ref byte pixel) =>
        Unsafe.WriteUnaligned(ref pixel, Unsafe.ReadUnaligned<uint>(ref Unsafe.Subtract(ref pixel, 4)));
}
