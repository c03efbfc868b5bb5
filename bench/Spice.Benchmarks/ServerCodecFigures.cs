using System.Buffers;
using System.Diagnostics;
using Spice.Codecs.Mjpeg;
using Spice.Protocol;
using Spice.Server;
using Spice.Server.Display.Codecs;
using Spice.Server.Wire;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>
/// Each 1080p corpus frame encoded as the server sends it (256x256 tiles, one codec forced) and as
/// one MJPEG stream frame at the stream's starting quality (our JpegEncoder, which the server uses, then
/// Skia's libjpeg-turbo encoder it replaced): CPU milliseconds per frame (process CPU
/// time over the runs, after a warm-up) and bytes against the raw 32-bit frame.
/// </summary>
internal static class ServerCodecFigures
{
    private const int Tile = 256;
    private const int Runs = 10;

    public static void Run()
    {
        ImageCodecPolicy[] policies = [ImageCodecPolicy.Off, ImageCodecPolicy.Lz, ImageCodecPolicy.Glz, ImageCodecPolicy.Lz4, ImageCodecPolicy.Quic, ImageCodecPolicy.Jpeg, ImageCodecPolicy.Auto];
        Console.WriteLine("| Frame | Codec | CPU ms/frame | Bytes | of raw |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var name in new[] { "desktop-ui", "text-terminal", "photo" })
        {
            var image = Corpus.Load(name);
            var raw = image.Width * image.Height * 4;
            foreach (var policy in policies)
            {
                using var builder = new MessageBuilder(miniHeader: true);
                var bytes = 0;
                var ms = Measure(() =>
                {
                    var chooser = new CodecChooser(policy, new Capabilities().Set(DisplayCapability.Lz4Compression), 85);
                    chooser.EnableGlz(image.Width * image.Height * 4);
                    bytes = EncodeAsTiles(image, chooser, builder);
                });
                Row(name, policy == ImageCodecPolicy.Off ? "bitmap" : policy.ToString().ToLowerInvariant() + " (tiles)", ms, bytes, raw);
            }

            var mjpeg = new MjpegEncoder();
            var size = 0;
            var mjpegMs = Measure(() => size = mjpeg.Encode(image.Bgra, image.Width, image.Height, image.Stride).Length);
            Row(name, $"mjpeg stream frame (q{mjpeg.Quality})", mjpegMs, size, raw);

            // The Skia (libjpeg-turbo) encoder the server used before JpegEncoder, same frame and quality.
            var skiaOutput = new ArrayBufferWriter<byte>(4 << 20);
            var skiaMs = Measure(() =>
            {
                skiaOutput.ResetWrittenCount();
                size = SkiaJpegEncoder.Encode(image.Bgra, image.Width, image.Height, image.Stride, mjpeg.Quality, skiaOutput);
            });
            Row(name, $"mjpeg frame, Skia encoder (before; q{mjpeg.Quality})", skiaMs, size, raw);
        }
    }

    private static void Row(string frame, string codec, double ms, int bytes, int raw) =>
        Console.WriteLine($"| {frame} | {codec} | {ms:F1} | {bytes:N0} | {100.0 * bytes / raw:F1}% |");

    private static double Measure(Action encode)
    {
        for (var i = 0; i < 3; i++)
        {
            encode();
        }

        var before = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            encode();
        }

        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / Runs;
    }

    private static int EncodeAsTiles(CorpusImage image, CodecChooser chooser, MessageBuilder builder)
    {
        builder.Reset();
        var total = 0;
        for (var y = 0; y < image.Height; y += Tile)
        {
            for (var x = 0; x < image.Width; x += Tile)
            {
                var w = Math.Min(Tile, image.Width - x);
                var h = Math.Min(Tile, image.Height - y);
                var pixels = image.Bgra.AsSpan((y * image.Stride) + (x * 4));
                var codec = chooser.Choose(pixels, w, h, image.Stride);
                builder.Begin(304);
                if (!codec.TryWrite(pixels, w, h, image.Stride, builder.Writer))
                {
                    builder.Abandon();
                    builder.Begin(304);
                    LzCodec.Instance.TryWrite(pixels, w, h, image.Stride, builder.Writer);
                }

                builder.End();
            }

            total += builder.Length;
            builder.Reset();
        }

        return total;
    }
}
