namespace Spice.Codecs.Quic;

/// <summary>What a QUIC header announces: pixel format and size.</summary>
public readonly record struct QuicImageInfo(QuicImageType Type, int Width, int Height);
