using System.Drawing;
using Spice.Client;
using Spice.Client.Connection;
using Spice.Server;
using Spice.TestSupport;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.ServerClients;

/// <summary>
/// Several clients on one server: two spicy-screenshots and our client at once see the same
/// desktop; a client that links and then stops reading neither stops the others nor makes the
/// server's memory grow while full-screen updates go on. Runs alone: memory is measured.
/// </summary>
[Collection(nameof(TwoClientsTests))]
[CollectionDefinition(nameof(TwoClientsTests), DisableParallelization = true)]
public sealed class TwoClientsTests(ITestOutputHelper output)
{
    private const int Width = 1024;
    private const int Height = 768;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Two_spicy_screenshots_and_our_client_at_once_see_the_same_desktop()
    {
        var picture = Corpus.Load("mixed");
        var display = new SpiceDisplay(Width, Height);
        display.Write(picture.Crop(0, 0, Width, Height), Width * 4, display.Bounds);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, ImageCodec = ImageCodecPolicy.Lz }, display);
        await server.StartAsync();
        await using var ours = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port });

        var shots = await Task.WhenAll(
            SpicyScreenshot.CaptureAsync("127.0.0.1", server.Port),
            SpicyScreenshot.CaptureAsync("127.0.0.1", server.Port));

        var expected = picture.Crop(0, 0, Width, Height);
        foreach (var shot in shots)
        {
            Assert.Equal((Width, Height), (shot.Width, shot.Height));
            Assert.Equal(0, ImageCompare.CountDifferentPixels(expected, Width * 4, shot.Bgra, shot.Width * 4, Width, Height, ignoreAlpha: true));
        }

        Assert.Equal(0, await ClientMirror.DifferencesWhenSettledAsync(ours, display, Timeout));
    }

    [Fact]
    public async Task A_client_that_stops_reading_stops_no_one_and_memory_stays_bounded()
    {
        var photo = Corpus.Load("photo");
        var display = new SpiceDisplay(Width, Height);
        display.Write(photo.Bgra, photo.Stride, display.Bounds);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, ImageCodec = ImageCodecPolicy.Lz }, display);
        await server.StartAsync();
        await using var ours = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port });
        Assert.Equal(0, await ClientMirror.DifferencesWhenSettledAsync(ours, display, Timeout));

        // first alone, until our client's own caches (in this process too) are full
        var (_, aloneFrames) = await FullScreenUpdatesAsync(display, photo, TimeSpan.FromSeconds(10));
        var before = ProcessProbe.ManagedMemory();
        using var stalled = await StalledClient.ConnectAsync(server.Port);
        var updates = 0;
        ours.DisplayInvalidated += (_, _) => Interlocked.Increment(ref updates);
        var (_, firstFrames) = await FullScreenUpdatesAsync(display, photo, TimeSpan.FromSeconds(4));
        var settled = ProcessProbe.ManagedMemory();
        var (peak, laterFrames) = await FullScreenUpdatesAsync(display, photo, TimeSpan.FromSeconds(8));
        var after = ProcessProbe.ManagedMemory();
        output.WriteLine($"{aloneFrames} full-screen frames alone, then {firstFrames} + {laterFrames} next to the stalled client; our client saw {updates} display updates; " +
            $"managed memory {before >> 20} MiB before the stall, {settled >> 20} MiB after 4 s, {after >> 20} MiB after 12 s (peak {peak >> 20} MiB)");
        Assert.True(stalled.HasUnreadData, "the stalled client was sent nothing");
        Assert.True(updates >= 10, $"our client saw only {updates} display updates in 12 s next to the stalled one");
        Assert.InRange(after - before, long.MinValue, 32L << 20);
        Assert.InRange(after - settled, long.MinValue, 8L << 20);

        // a change made after the stall reaches our client and a new real client, exactly
        display.Write(Corpus.Load("web-page").Crop(0, 0, 400, 300), 400 * 4, new Rectangle(300, 200, 400, 300));
        Assert.Equal(0, await ClientMirror.DifferencesWhenSettledAsync(ours, display, Timeout));
        var shot = await SpicyScreenshot.CaptureAsync("127.0.0.1", server.Port);
        byte[] expected;
        using (var frame = display.Lock())
        {
            expected = frame.Pixels.ToArray();
        }

        Assert.Equal(0, ImageCompare.CountDifferentPixels(expected, Width * 4, shot.Bgra, shot.Width * 4, Width, Height, ignoreAlpha: true));
        Assert.True(server.ClientCount >= 2, $"{server.ClientCount} sessions: the stalled one or ours is gone");
    }

    /// <summary>A fresh full-screen picture every 40 ms (a window on the photo sliding diagonally); returns the peak managed memory and the frame count.</summary>
    private static async Task<(long Peak, int Frames)> FullScreenUpdatesAsync(SpiceDisplay display, CorpusImage photo, TimeSpan duration)
    {
        var peak = 0L;
        var frames = 0;
        var until = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < until)
        {
            var x = (frames * 7) % (photo.Width - Width);
            var y = (frames * 3) % (photo.Height - Height);
            display.Write(photo.Bgra.AsSpan((y * photo.Stride) + (x * 4)), photo.Stride, display.Bounds);
            frames++;
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            await Task.Delay(40);
        }

        return (peak, frames);
    }
}
