using Spice.Protocol.Framing;
using Spice.Protocol;
using Spice.Protocol.Messages.Display;

namespace Spice.Server.Display.Codecs;

/// <summary>
/// One way to put an image on the wire. The display writes the ImageDescriptor with
/// <see cref="WireType"/>; the codec writes what the image type's arm of the union holds.
/// </summary>
internal interface IImageCodec
{
    string Name { get; }

    ImageType WireType { get; }

    /// <summary>Lossy images are never cached: a later lossless draw must not hit them.</summary>
    bool Lossy { get; }

    /// <summary>Whether a client with these display capabilities decodes this image type.</summary>
    bool SupportedBy(Capabilities displayCaps);

    /// <summary>Writes the payload for a 32-bit B,G,R,A image; false leaves the caller to fall back.</summary>
    bool TryWrite(ReadOnlySpan<byte> bgra, int width, int height, int stride, SpiceWriter output);
}
