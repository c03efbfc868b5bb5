using BenchmarkDotNet.Attributes;
using Spice.Codecs.Pixels;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>Uncompressed bitmap decode of a 1080p frame in the common formats.</summary>
public class BitmapBenchmarks
{
    private CorpusImage _image = null!;
    private byte[] _bgr = [];
    private byte[] _dest = [];

    [Params(BitmapFormat.ThirtyTwoBit, BitmapFormat.TwentyFourBit)]
    public BitmapFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _image = Corpus.Load("photo");
        _bgr = new byte[_image.Width * 3 * _image.Height];
        PixelConvert.Bgra32ToBgr24(_image.Bgra, _image.Stride, _bgr, _image.Width * 3, _image.Width, _image.Height);
        _dest = new byte[_image.Bgra.Length];
    }

    [Benchmark]
    public void DecodeBottomUp()
    {
        bool wide = Format == BitmapFormat.ThirtyTwoBit;
        BitmapDecoder.Decode(Format, _image.Width, _image.Height, wide ? _image.Stride : _image.Width * 3, false,
            wide ? _image.Bgra : _bgr, default, _dest, _image.Stride);
    }
}
