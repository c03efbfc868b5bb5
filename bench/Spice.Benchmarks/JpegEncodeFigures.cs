using System.Buffers;
using System.Diagnostics;
using Spice.Codecs.Jpeg;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>
/// <c>jpeg-encode [quality]</c>: CPU milliseconds per 1080p corpus frame for our JpegEncoder and Skia's
/// (libjpeg-turbo) encoder at one quality (default 80), with sizes and PSNR against the source. CPU time
/// (process time over the runs after a warm-up), because wall time on a shared machine mostly measures the others.
/// </summary>
internal static class JpegEncodeFigures
{
    private const int Runs = 20;

    public static void Run(int quality)
    {
        Console.WriteLine($"| Frame (q{quality}) | ours CPU ms | Skia CPU ms | ours bytes | Skia bytes | ours PSNR | Skia PSNR |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var output = new ArrayBufferWriter<byte>(8 << 20);
        foreach (var name in Corpus.Names)
        {
            var image = Corpus.Load(name);
            var ours = Measure(() => JpegEncoder.Encode(image.Bgra, image.Width, image.Height, image.Stride, quality, output), output, out var oursJpeg);
            var skia = Measure(() => SkiaJpegEncoder.Encode(image.Bgra, image.Width, image.Height, image.Stride, quality, output), output, out var skiaJpeg);
            Console.WriteLine($"| {name} | {ours:F1} | {skia:F1} | {oursJpeg.Length:N0} | {skiaJpeg.Length:N0} | {Psnr(image, oursJpeg):F2} | {Psnr(image, skiaJpeg):F2} |");
        }
    }

    private static double Measure(Func<int> encode, ArrayBufferWriter<byte> output, out byte[] jpeg)
    {
        for (var i = 0; i < 3; i++)
        {
            output.ResetWrittenCount();
            encode();
        }

        var before = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            output.ResetWrittenCount();
            encode();
        }

        var ms = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / Runs;
        jpeg = output.WrittenSpan.ToArray();
        return ms;
    }

    private static double Psnr(CorpusImage image, byte[] jpeg)
    {
        var decoded = new byte[image.Bgra.Length];
        JpegDecoder.Decode(jpeg, decoded, image.Stride, out _, out _);
        return ImageCompare.Psnr(image.Bgra, image.Stride, decoded, image.Stride, image.Width, image.Height);
    }
}
