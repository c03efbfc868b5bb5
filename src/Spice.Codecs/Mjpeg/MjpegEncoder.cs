using System.Buffers;
using Spice.Codecs.Jpeg;

namespace Spice.Codecs.Mjpeg;

/// <summary>
/// Encodes the frames of one server video stream as JPEGs at an adjustable quality, reusing one output buffer.
/// Rate control (choosing quality and frame rate from bandwidth) belongs to the caller.
/// </summary>
public sealed class MjpegEncoder
{
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private int _quality;

    public MjpegEncoder(int quality = 70)
    {
        Quality = quality;
    }

    /// <summary>JPEG quality 1..100 for the next frames.</summary>
    public int Quality
    {
        get => _quality;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 100);
            _quality = value;
        }
    }

    /// <summary>Encodes one B,G,R,A frame; the result is valid until the next call.</summary>
    public ReadOnlySpan<byte> Encode(ReadOnlySpan<byte> bgra, int width, int height, int stride)
    {
        _output.ResetWrittenCount();
        JpegEncoder.Encode(bgra, width, height, stride, _quality, _output);
        return _output.WrittenSpan;
    }
}
