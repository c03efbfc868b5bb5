namespace Spice.Codecs.Quic;

/// <summary>Pixel format carried in a QUIC header; values are the wire values of spice-common's QuicImageType.</summary>
public enum QuicImageType
{
    Invalid = 0,
    Gray = 1,
    Rgb16 = 2,
    Rgb24 = 3,
    Rgb32 = 4,
    Rgba = 5,
}
