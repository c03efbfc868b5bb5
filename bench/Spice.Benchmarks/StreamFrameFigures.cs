using System.Diagnostics;
using System.Globalization;
using Spice.Codecs.Jpeg;

namespace Spice.Benchmarks;

/// <summary>
/// <c>stream-frame</c>: the cases of <see cref="StreamFrameBenchmarks"/> in process CPU milliseconds per
/// frame (the median of five batches of 20 calls after 10 warm-up calls), which a loaded machine disturbs
/// far less than BenchmarkDotNet's wall time; plus the header parse alone, which every frame pays.
/// </summary>
internal static class StreamFrameFigures
{
    public static void Run()
    {
        var bench = new StreamFrameBenchmarks();
        bench.Setup();
        try
        {
            var jpeg = bench.Jpeg;
            Report("header parse (JpegDecoder.ReadSize)", () => JpegDecoder.ReadSize(jpeg, out _, out _));
            Report("decode into the stream buffer", () => bench.DecodeOnly());
            Report("stream frame, top-down, no clip", () => bench.FrameTopDown());
            Report("stream frame, bottom-up, no clip", () => bench.FrameBottomUp());
            Report("stream frame, top-down, clipped", () => bench.FrameClipped());
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static void Report(string name, Action frame)
    {
        for (var i = 0; i < 10; i++)
        {
            frame();
        }

        var batches = new double[5];
        for (var b = 0; b < batches.Length; b++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < 20; i++)
            {
                frame();
            }

            batches[b] = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 20;
        }

        Array.Sort(batches);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {batches[2],7:F2} ms CPU (batches {batches[0]:F2}-{batches[^1]:F2})"));
    }
}
