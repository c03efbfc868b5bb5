using System.Buffers;
using System.IO.Compression;
using Spice.Codecs.Glz;
using Spice.Codecs.Lz;

namespace Spice.Codecs.ZlibGlz;

/// <summary>
/// Encodes an image with GLZ and deflates the stream (zlib framing), as spice-server does for ZLIB-GLZ.
/// spice-server falls back to plain GLZ when deflating does not help; a caller wanting that uses
/// <see cref="GlzEncoder"/> directly, since the image joins the dictionary either way.
/// </summary>
public static class ZlibGlzEncoder
{
    public static ZlibGlzEncoded Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride,
        LzImageType type, GlzEncoderDictionary dictionary, IBufferWriter<byte> output,
        CompressionLevel level = CompressionLevel.Fastest)
    {
        ArgumentNullException.ThrowIfNull(output);
        var glz = new ArrayBufferWriter<byte>();
        int glzSize = GlzEncoder.Encode(bgra, width, height, stride, type, dictionary, glz);
        using var sink = new BufferWriterStream(output);
        using (var zlib = new ZLibStream(sink, level, leaveOpen: true))
        {
            zlib.Write(glz.WrittenSpan);
        }

        return new ZlibGlzEncoded(glzSize, (int)sink.Length);
    }
}
