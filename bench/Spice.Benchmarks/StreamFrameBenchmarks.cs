using BenchmarkDotNet.Attributes;
using Spice.Client.Canvas;
using Spice.Codecs.Mjpeg;
using Spice.TestSupport;
using P = Spice.Protocol.Messages.Display;

namespace Spice.Benchmarks;

/// <summary>
/// The client's cost of one 1920x1080 MJPEG stream frame (the corpus photo, our encoder at q75 as the
/// server sends it): the decode alone, and the whole stream-data message through the canvas (decode and
/// put on the primary surface), for a top-down stream covering the surface, a bottom-up one, and one with a clip.
/// </summary>
[MemoryDiagnoser]
public class StreamFrameBenchmarks
{
    private const int W = 1920, H = 1080;
    private byte[] _jpeg = [];
    private MjpegFrameDecoder _decoder = null!;
    private DisplayCanvas _canvas = null!;
    private P.StreamData _topDown = null!, _bottomUp = null!, _clipped = null!;

    /// <summary>The encoded frame, for <see cref="StreamFrameFigures"/>.</summary>
    internal byte[] Jpeg => _jpeg;

    [GlobalSetup]
    public void Setup()
    {
        var photo = Corpus.Load("photo");
        _jpeg = new MjpegEncoder(75).Encode(photo.Bgra, W, H, photo.Stride).ToArray();
        Console.WriteLine($"// photo q75: {_jpeg.Length} bytes");
        _decoder = new MjpegFrameDecoder(W, H);
        _canvas = new DisplayCanvas();
        _canvas.CreateSurface(0, W, H, P.SurfaceFormat.Rgb32_xRGB, primary: true);
        var full = new P.Rect(0, 0, H, W);
        _canvas.Handle(Create(0, full, P.StreamFlags.TopDown, P.Clip.None));
        _canvas.Handle(Create(1, full, P.StreamFlags.None, P.Clip.None));
        _canvas.Handle(Create(2, full, P.StreamFlags.TopDown, P.Clip.FromRects(new P.Rect(0, 0, 540, 1920), new P.Rect(540, 0, 1080, 960))));
        _topDown = new P.StreamData { Base = new P.StreamDataHeader(0, 1), Data = _jpeg };
        _bottomUp = new P.StreamData { Base = new P.StreamDataHeader(1, 1), Data = _jpeg };
        _clipped = new P.StreamData { Base = new P.StreamDataHeader(2, 1), Data = _jpeg };
    }

    [GlobalCleanup]
    public void Cleanup() => _canvas.Dispose();

    [Benchmark]
    public int DecodeOnly() => _decoder.Decode(_jpeg).Length;

    [Benchmark(Baseline = true)]
    public bool FrameTopDown() => _canvas.Handle(_topDown);

    [Benchmark]
    public bool FrameBottomUp() => _canvas.Handle(_bottomUp);

    [Benchmark]
    public bool FrameClipped() => _canvas.Handle(_clipped);

    private static P.StreamCreate Create(uint id, P.Rect dest, P.StreamFlags flags, P.Clip clip) => new()
    {
        SurfaceId = 0, Id = id, Flags = flags, CodecType = P.VideoCodecType.Mjpeg,
        StreamWidth = W, StreamHeight = H, SrcWidth = W, SrcHeight = H, Dest = dest, Clip = clip,
    };
}
