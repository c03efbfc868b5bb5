using Spice.Codecs.Quic;

namespace Spice.Codecs.Tests.Quic;

/// <summary>Coding models are per thread: concurrent encoders and decoders must not disturb each other.</summary>
public class QuicConcurrencyTests
{
    [Fact]
    public void Threads_coding_different_images_at_once_agree_with_one_thread()
    {
        // Different widths, types and content, so a shared model or row buffer would corrupt the other thread's output.
        (byte[] Pixels, int Width, int Height, QuicImageType Type)[] jobs =
        [
            (Crop("photo", 0, 0, 640, 120), 640, 120, QuicImageType.Rgb32),
            (Crop("text-terminal", 100, 200, 333, 90), 333, 90, QuicImageType.Rgba),
            (Crop("desktop-ui", 900, 500, 1024, 64), 1024, 64, QuicImageType.Rgb24),
        ];
        byte[][] streams = [.. jobs.Select(job => QuicEncoder.Encode(job.Pixels, job.Width, job.Height, job.Width * 4, job.Type))];
        byte[][] expected = [.. streams.Select(stream => QuicTestImages.Decode(stream, out _))];

        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var start = new Barrier(jobs.Length);
        Thread[] threads = [.. jobs.Select((job, j) => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                Run(job, j);
            }
            catch (Exception e)
            {
                failures.Enqueue($"job {j}: {e}");
            }
        }))];

        void Run((byte[] Pixels, int Width, int Height, QuicImageType Type) job, int j)
        {
            byte[] decoded = new byte[job.Width * job.Height * 4];
            for (int round = 0; round < 20; round++)
            {
                byte[] encoded = QuicEncoder.Encode(job.Pixels, job.Width, job.Height, job.Width * 4, job.Type);
                if (!encoded.AsSpan().SequenceEqual(streams[j]))
                {
                    failures.Enqueue($"job {j} round {round}: encoded stream differs");
                }

                QuicDecoder.Decode(streams[j], decoded, job.Width * 4);
                if (!decoded.AsSpan().SequenceEqual(expected[j]))
                {
                    failures.Enqueue($"job {j} round {round}: decoded pixels differ");
                }
            }
        }

        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(failures);
    }

    private static byte[] Crop(string name, int x, int y, int width, int height)
    {
        byte[] full = QuicTestImages.Corpus(name, out int fullWidth, out _);
        return QuicTestImages.Crop(full, fullWidth * 4, x, y, width, height);
    }
}
