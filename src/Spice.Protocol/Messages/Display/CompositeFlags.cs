namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_COMPOSITE_* flags (low 8 bits: the operator).</summary>
[Flags]
public enum CompositeFlags : uint
{
    None = 0,
    OpMask = 0xff,
    SrcFilter0 = 1 << 8,
    SrcFilter1 = 1 << 9,
    SrcFilter2 = 1 << 10,
    MaskFilter0 = 1 << 11,
    MaskFilter1 = 1 << 12,
    MaskFilter2 = 1 << 13,
    SrcRepeat0 = 1 << 14,
    SrcRepeat1 = 1 << 15,
    MaskRepeat0 = 1 << 16,
    MaskRepeat1 = 1 << 17,
    ComponentAlpha = 1 << 18,
    HasMask = 1 << 19,
    HasSrcTransform = 1 << 20,
    HasMaskTransform = 1 << 21,
    SourceOpaque = 1 << 22,
    MaskOpaque = 1 << 23,
    DestOpaque = 1 << 24,
}
