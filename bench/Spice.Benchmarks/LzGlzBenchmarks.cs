using System.Buffers;
using BenchmarkDotNet.Attributes;
using Spice.Codecs.Glz;
using Spice.Codecs.Lz;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>
/// LZ and GLZ on 1920x1080 corpus frames. Megapixels per second = 2.0736 / mean seconds. GLZ encode uses a
/// fresh (disposed, so pooled) dictionary per operation and decode a cleared window, so both measure a first
/// (unreferenced) frame.
/// </summary>
[MemoryDiagnoser]
public class LzGlzBenchmarks
{
    private const int W = 1920, H = 1080;
    private byte[] _pixels = [];
    private byte[] _lz = [];
    private byte[] _glz = [];
    private readonly byte[] _dst = new byte[W * H * 4];
    private readonly ArrayBufferWriter<byte> _out = new(W * H * 4);
    private readonly GlzDecoderWindow _window = new();

    [Params("desktop-ui", "text-terminal", "photo")]
    public string Picture { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _pixels = Corpus.Load(Picture).Bgra;
        _lz = EncodeLz();
        _glz = EncodeGlz();
    }

    [Benchmark]
    public int LzEncode()
    {
        _out.ResetWrittenCount();
        return LzEncoder.Encode(_pixels, W, H, W * 4, LzImageType.Rgb32, _out);
    }

    [Benchmark]
    public int LzDecode() => LzDecoder.Decode(_lz, _dst, W * 4).Width;

    [Benchmark]
    public int GlzEncode()
    {
        _out.ResetWrittenCount();
        using var dictionary = new GlzEncoderDictionary(W * H * 4);
        return GlzEncoder.Encode(_pixels, W, H, W * 4, LzImageType.Rgb32, dictionary, _out);
    }

    [Benchmark]
    public int GlzDecode()
    {
        // Steady state: the window drops the previous frame, whose buffer the next one reuses.
        _window.Clear();
        return GlzDecoder.Decode(_glz, _window, _dst, W * 4).Width;
    }

    private byte[] EncodeLz()
    {
        LzEncode();
        return _out.WrittenSpan.ToArray();
    }

    private byte[] EncodeGlz()
    {
        GlzEncode();
        return _out.WrittenSpan.ToArray();
    }
}
