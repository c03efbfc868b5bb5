namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_BITMAP_FMT_*.</summary>
public enum BitmapFormat : byte
{
    Invalid,
    OneBitLe,
    OneBitBe,
    FourBitLe,
    FourBitBe,
    EightBit,
    SixteenBit,
    TwentyFourBit,
    ThirtyTwoBit,
    Rgba,
    EightBitA,
}
