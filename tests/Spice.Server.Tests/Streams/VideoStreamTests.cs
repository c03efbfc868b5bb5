using System.Drawing;
using Spice.Client;
using Spice.Client.Connection;
using Spice.TestSupport;

namespace Spice.Server.Tests.Streams;

/// <summary>Our client against our server: animated areas arrive as MJPEG streams, the rest stays exact.</summary>
public sealed class VideoStreamTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly Rectangle Video = new(96, 64, 320, 240);

    [Fact]
    public async Task An_animated_area_becomes_a_stream_and_the_screen_is_exact_once_it_stops()
    {
        await using var loopback = await Loopback.StartAsync(VideoStreamingMode.Auto);
        var (display, session, watcher) = (loopback.Display, loopback.Session, loopback.Watcher);

        using var animation = new PhotoAnimation(display.Write, Video);
        Assert.True(await watcher.WaitAsync(w => w.Created > 0 && w.Frames >= 10, Timeout), $"streams {watcher.Created}, frames {watcher.Frames}");
        Assert.Equal(new Client.Canvas.CanvasRect(Video.Left, Video.Top, Video.Right, Video.Bottom), watcher.LastStreamDest);
        Assert.True(watcher.LastFramesDrawn > 0);
        await ScreenCheck.AssertExactAsync(session, display, Video, Timeout);

        await animation.StopAsync();
        Assert.True(await watcher.WaitAsync(w => w.Destroyed > 0, Timeout), "the stream was not destroyed after the animation stopped");
        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
    }

    [Fact]
    public async Task A_draw_crossing_the_stream_is_clipped_out_of_it_and_sent_exactly()
    {
        await using var loopback = await Loopback.StartAsync(VideoStreamingMode.Auto);
        var (display, session, watcher) = (loopback.Display, loopback.Session, loopback.Watcher);

        using var animation = new PhotoAnimation(display.Write, Video);
        Assert.True(await watcher.WaitAsync(w => w.Frames >= 3, Timeout));
        var crossing = new Rectangle(Video.Right - 40, Video.Top + 20, 100, 60);
        animation.Also(crossing);
        Assert.True(await watcher.WaitAsync(w => w.SawClip, Timeout), "no frame was drawn with a clip");
        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Union(Video, crossing), Timeout);

        await animation.StopAsync();
        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
    }

    [Fact]
    public async Task The_video_hint_streams_at_once_and_withdrawing_it_leaves_the_screen_exact()
    {
        await using var loopback = await Loopback.StartAsync(VideoStreamingMode.HintOnly);
        var (display, session, watcher) = (loopback.Display, loopback.Session, loopback.Watcher);

        display.SetVideoHint(Video);
        PhotoAnimation.DrawFrame(display.Write, Video, 1);
        Assert.True(await watcher.WaitAsync(w => w.Created > 0 && w.Frames > 0, Timeout));

        display.SetVideoHint(null);
        Assert.True(await watcher.WaitAsync(w => w.Destroyed > 0, Timeout));
        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
    }

    [Fact]
    public async Task With_streaming_off_an_animation_goes_as_images()
    {
        await using var loopback = await Loopback.StartAsync(VideoStreamingMode.Off);
        var (display, session, watcher) = (loopback.Display, loopback.Session, loopback.Watcher);

        using (var animation = new PhotoAnimation(display.Write, Video))
        {
            await Task.Delay(1000);
            await animation.StopAsync();
        }

        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
        Assert.Equal(0, watcher.Created);
    }

    /// <summary>Our server on a 640x480 picture and our client connected to it, its screen checked exact before the test begins.</summary>
    private sealed class Loopback(SpiceDisplay display, SpiceServer server, SpiceSession session) : IAsyncDisposable
    {
        public SpiceDisplay Display => display;

        public SpiceSession Session => session;

        public StreamWatcher Watcher { get; } = new(session.Displays[0]);

        public static async Task<Loopback> StartAsync(VideoStreamingMode mode)
        {
            var picture = Corpus.Load("mixed");
            var display = new SpiceDisplay(640, 480);
            display.Write(picture.Bgra, picture.Stride, display.Bounds);
            var server = new SpiceServer(new SpiceServerOptions { Port = 0, VideoStreaming = mode }, display);
            SpiceSession? session = null;
            try
            {
                await server.StartAsync();
                session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port });
                await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
                return new Loopback(display, server, session);
            }
            catch
            {
                if (session is not null)
                {
                    await session.DisposeAsync();
                }

                await server.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await session.DisposeAsync();
            await server.DisposeAsync();
        }
    }
}
