using System.Diagnostics;
using System.Drawing;

namespace Spice.Client.Tests.EndToEnd;

/// <summary>
/// Our client against our server with a video stream and a tone playing at once: frames and audio
/// packets are stamped by the server's one multimedia clock, so what arrives together carries
/// nearly the same time, and the client's clock runs behind by the stream latency the server sent.
/// </summary>
public sealed class LoopbackAvSyncTests
{
    private const int MaxSkewMilliseconds = 200;

    [Fact]
    public async Task Stream_frames_and_audio_packets_share_one_clock()
    {
        var picture = LoopbackServer.Crop("photo", 640, 480);
        await using var server = await LoopbackServer.StartAsync(picture);
        await using var animation = new Animator(server.Display, _ => new Rectangle(0, 160, 320, 160));
        await using var session = await server.ConnectAsync();
        var arrivals = new List<(MediaTiming Timing, long At)>();
        session.MediaArrived += (_, timing) =>
        {
            lock (arrivals)
            {
                arrivals.Add((timing, Stopwatch.GetTimestamp()));
            }
        };
        using var stop = new CancellationTokenSource();
        var tone = server.Server.Audio.PlayToneAsync(440, TimeSpan.FromSeconds(30), cancellationToken: stop.Token);
        server.Server.Audio.StartPlayback();

        var deadline = Environment.TickCount64 + (long)LoopbackServer.Patience.TotalMilliseconds;
        while ((Count(arrivals, MediaKind.Video) < 10 || Count(arrivals, MediaKind.Audio) < 10) && Environment.TickCount64 < deadline)
        {
            await Task.Delay(100);
        }

        // A few seconds of both playing; the first half second (streams and sound starting) is left out.
        var warm = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 2;
        await Task.Delay(TimeSpan.FromSeconds(3));

        var behind = unchecked((int)(server.Server.MultimediaTime - session.MultimediaTime));
        await stop.CancelAsync();
        await tone.ContinueWith(_ => { }, TaskScheduler.Default);
        List<(MediaTiming Timing, long At)> seen;
        lock (arrivals)
        {
            seen = [.. arrivals.Where(a => a.At >= warm)];
        }

        var video = seen.Where(a => a.Timing.Kind == MediaKind.Video).ToList();
        var audio = seen.Where(a => a.Timing.Kind == MediaKind.Audio).ToList();
        Assert.True(video.Count >= 20, $"{video.Count} frames");
        Assert.True(audio.Count >= 100, $"{audio.Count} audio packets");

        // Each frame against the audio packet that arrived nearest to it: their stamps must agree.
        var skews = video.Select(v => Math.Abs(unchecked((int)(v.Timing.MultimediaTime - audio.MinBy(a => Math.Abs(a.At - v.At)).Timing.MultimediaTime)))).Order().ToList();
        var skewSummary = $"A/V skews (ms) {string.Join(' ', skews)}";
        Assert.True(skews[skews.Count / 2] < MaxSkewMilliseconds / 2, skewSummary);
        Assert.True(skews[skews.Count * 3 / 4] < MaxSkewMilliseconds, skewSummary);

        // The client's clock runs behind the server's by the stream latency (MULTI_MEDIA_TIME), so frames come early.
        Assert.InRange(behind, 60, 450);
        var delays = video.Select(v => v.Timing.Delay).Order().ToList();
        Assert.InRange(delays[delays.Count / 2], -MaxSkewMilliseconds, 450);
    }

    private static int Count(List<(MediaTiming Timing, long At)> arrivals, MediaKind kind)
    {
        lock (arrivals)
        {
            return arrivals.Count(a => a.Timing.Kind == kind);
        }
    }
}
