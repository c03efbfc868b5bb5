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
        var display = NewDisplay();
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0 }, display);
        await server.StartAsync();
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port });
        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
        var watcher = new StreamWatcher(session.Displays[0]);

        using var animation = new Animation(display, Video);
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
        var display = NewDisplay();
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0 }, display);
        await server.StartAsync();
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port });
        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
        var watcher = new StreamWatcher(session.Displays[0]);

        using var animation = new Animation(display, Video);
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
        var display = NewDisplay();
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, VideoStreaming = VideoStreamingMode.HintOnly }, display);
        await server.StartAsync();
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port });
        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
        var watcher = new StreamWatcher(session.Displays[0]);

        display.SetVideoHint(Video);
        Animation.DrawFrame(display, Video, 1);
        Assert.True(await watcher.WaitAsync(w => w.Created > 0 && w.Frames > 0, Timeout));

        display.SetVideoHint(null);
        Assert.True(await watcher.WaitAsync(w => w.Destroyed > 0, Timeout));
        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
    }

    [Fact]
    public async Task With_streaming_off_an_animation_goes_as_images()
    {
        var display = NewDisplay();
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, VideoStreaming = VideoStreamingMode.Off }, display);
        await server.StartAsync();
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port });
        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
        var watcher = new StreamWatcher(session.Displays[0]);

        using (var animation = new Animation(display, Video))
        {
            await Task.Delay(1000);
            await animation.StopAsync();
        }

        await ScreenCheck.AssertExactAsync(session, display, Rectangle.Empty, Timeout);
        Assert.Equal(0, watcher.Created);
    }

    private static SpiceDisplay NewDisplay()
    {
        var picture = Corpus.Load("mixed");
        var display = new SpiceDisplay(640, 480);
        display.Write(picture.Bgra, picture.Stride, display.Bounds);
        return display;
    }
}
