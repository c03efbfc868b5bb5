using System.Drawing;
using BenchmarkDotNet.Attributes;
using Spice.Protocol;
using Spice.Server;
using Spice.Server.Display;
using Spice.Server.Display.Codecs;
using Spice.Server.Wire;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>
/// The server's display hot path on a 1080p corpus frame: choosing a codec per 256x256 tile and
/// laying the draw messages out (as the send loop does), hashing tiles for the image cache, and
/// merging a burst of small invalidations into the dirty grid.
/// </summary>
[MemoryDiagnoser]
public class ServerBenchmarks
{
    private const int Tile = 256;

    private readonly MessageBuilder _builder = new(miniHeader: true);
    private readonly DirtyGrid _grid = new(Tile);
    private CorpusImage _image = null!;
    private CodecChooser _chooser = null!;

    [Params("desktop-ui", "photo")]
    public string Picture { get; set; } = "";

    [Params(ImageCodecPolicy.Auto, ImageCodecPolicy.Off)]
    public ImageCodecPolicy Codec { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _image = Corpus.Load(Picture);
        _chooser = new CodecChooser(Codec, new Capabilities().Set(DisplayCapability.Lz4Compression), 85);
        _grid.Reset(_image.Width, _image.Height);
    }

    /// <summary>Every tile of the frame encoded with the chosen codec into one batch; returns its bytes.</summary>
    [Benchmark]
    public int EncodeFrameAsTiles()
    {
        _builder.Reset();
        for (var y = 0; y < _image.Height; y += Tile)
        {
            for (var x = 0; x < _image.Width; x += Tile)
            {
                var w = Math.Min(Tile, _image.Width - x);
                var h = Math.Min(Tile, _image.Height - y);
                var pixels = _image.Bgra.AsSpan((y * _image.Stride) + (x * 4));
                var codec = _chooser.Choose(pixels, w, h, _image.Stride);
                _builder.Begin(304);
                codec.TryWrite(pixels, w, h, _image.Stride, _builder.Writer);
                _builder.End();
            }
        }

        return _builder.Length;
    }

    [Benchmark]
    public ulong HashFrameTiles()
    {
        ulong sum = 0;
        for (var y = 0; y + Tile <= _image.Height; y += Tile)
        {
            for (var x = 0; x + Tile <= _image.Width; x += Tile)
            {
                sum ^= TileHasher.Hash(_image.Bgra.AsSpan((y * _image.Stride) + (x * 4)), Tile, Tile, _image.Stride);
            }
        }

        return sum;
    }

    /// <summary>A thousand small invalidations merged, then every dirty box taken.</summary>
    [Benchmark]
    public int MergeInvalidations()
    {
        var random = new Random(3);
        for (var i = 0; i < 1000; i++)
        {
            _grid.Add(new Rectangle(random.Next(0, 1900), random.Next(0, 1060), 20, 12));
        }

        var taken = 0;
        while (_grid.TryTake(out _))
        {
            taken++;
        }

        return taken;
    }
}
