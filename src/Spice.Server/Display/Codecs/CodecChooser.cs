using Spice.Protocol;

namespace Spice.Server.Display.Codecs;

/// <summary>
/// Picks the codec for each image sent to one client: the forced one when the policy names one
/// (and the client can decode it), otherwise per area: few colours (drawn content) go to the
/// dictionary coders, many (photographic content) to QUIC. Whatever is unavailable falls back
/// to uncompressed bitmaps.
/// </summary>
internal sealed class CodecChooser
{
    private const int Samples = 1024;
    private const int PhotographicColours = 300;

    private readonly Capabilities _caps;
    private readonly JpegCodec _jpeg;
    private ImageCodecPolicy _policy;
    private GlzCodec? _glz;

    public CodecChooser(ImageCodecPolicy policy, Capabilities displayCaps, int jpegQuality)
    {
        _policy = policy;
        _caps = displayCaps;
        _jpeg = new JpegCodec(jpegQuality);
        ServerPolicy = policy;
    }

    public ImageCodecPolicy ServerPolicy { get; }

    /// <summary>Set when the client's round trip is long: photographic areas then go as JPEG.</summary>
    public bool SlowLink { get; set; }

    /// <summary>The client announced its GLZ window (in pixels) in its display init.</summary>
    public void EnableGlz(int windowPixels)
    {
        if (windowPixels > 0 && _glz is null)
        {
            _glz = new GlzCodec(windowPixels);
        }
    }

    /// <summary>SPICE_MSGC_DISPLAY_PREFERRED_COMPRESSION: honoured only when the server policy is auto.</summary>
    public void Prefer(byte compression)
    {
        if (ServerPolicy != ImageCodecPolicy.Auto)
        {
            return;
        }

        _policy = compression switch
        {
            1 => ImageCodecPolicy.Off,
            4 => ImageCodecPolicy.Quic,
            5 => ImageCodecPolicy.Glz,
            6 => ImageCodecPolicy.Lz,
            7 => ImageCodecPolicy.Lz4,
            _ => ImageCodecPolicy.Auto,
        };
    }

    public IImageCodec Choose(ReadOnlySpan<byte> bgra, int width, int height, int stride)
    {
        if (_policy == ImageCodecPolicy.Off)
        {
            return BitmapCodec.Instance;
        }

        if (_policy != ImageCodecPolicy.Auto)
        {
            return Usable(_policy) ?? (_policy == ImageCodecPolicy.Glz ? LzCodec.Instance : BitmapCodec.Instance);
        }

        if (IsPhotographic(bgra, width, height, stride))
        {
            if (SlowLink)
            {
                return _jpeg;
            }

            return Usable(ImageCodecPolicy.Quic) ?? Usable(ImageCodecPolicy.Lz4) ?? Usable(ImageCodecPolicy.Lz) ?? BitmapCodec.Instance;
        }

        return Usable(ImageCodecPolicy.Lz4) ?? Usable(ImageCodecPolicy.Glz) ?? Usable(ImageCodecPolicy.Lz) ?? Usable(ImageCodecPolicy.Quic) ?? BitmapCodec.Instance;
    }

    private IImageCodec? Usable(ImageCodecPolicy policy) =>
        For(policy) is { } codec && codec.SupportedBy(_caps) ? codec : null;

    private IImageCodec? For(ImageCodecPolicy policy) => policy switch
    {
        ImageCodecPolicy.Off => BitmapCodec.Instance,
        ImageCodecPolicy.Quic => QuicCodec.Instance,
        ImageCodecPolicy.Lz => LzCodec.Instance,
        ImageCodecPolicy.Glz => _glz,
        ImageCodecPolicy.Lz4 => Lz4Codec.Instance,
        ImageCodecPolicy.Jpeg => _jpeg,
        _ => null,
    };

    /// <summary>Counts distinct colours in a sample of pixels: cheap, and enough to tell a photo from a UI.</summary>
    internal static bool IsPhotographic(ReadOnlySpan<byte> bgra, int width, int height, int stride)
    {
        var pixels = (long)width * height;
        if (pixels < 64 * 64)
        {
            return false;
        }

        Span<uint> table = stackalloc uint[4096];
        table.Clear();
        var step = Math.Max(1, (int)(pixels / Samples));
        var distinct = 0;
        for (long i = 0; i < pixels && distinct < PhotographicColours; i += step)
        {
            var x = (int)(i % width);
            var y = (int)(i / width);
            var at = (y * stride) + (x * 4);
            var colour = (uint)(bgra[at] | (bgra[at + 1] << 8) | (bgra[at + 2] << 16)) | 0x8000_0000u;
            var slot = (int)((colour * 2654435761u) >> 20);
            while (table[slot] != 0 && table[slot] != colour)
            {
                slot = (slot + 1) & 4095;
            }

            if (table[slot] == 0)
            {
                table[slot] = colour;
                distinct++;
            }
        }

        return distinct >= PhotographicColours;
    }
}
