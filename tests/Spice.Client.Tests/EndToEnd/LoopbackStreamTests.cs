using System.Drawing;

namespace Spice.Client.Tests.EndToEnd;

/// <summary>An area our server sees redrawn at video rate goes as an MJPEG stream; our client draws its frames and reports on them.</summary>
public sealed class LoopbackStreamTests
{
    [Fact]
    public async Task Video_rate_area_arrives_as_stream_frames()
    {
        var picture = LoopbackServer.Crop("photo", 640, 480);
        await using var server = await LoopbackServer.StartAsync(picture);
        var band = new Rectangle(0, 160, 640, 160);
        await using var animation = new Animator(server.Display, _ => band);
        await using var session = await server.ConnectAsync();
        var display = session.Displays[0];

        var deadline = Environment.TickCount64 + (long)LoopbackServer.Patience.TotalMilliseconds;
        while (display.StreamFramesDrawn < 10 && Environment.TickCount64 < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(display.StreamFramesDrawn >= 10, $"{display.StreamFramesDrawn} stream frames drawn");
        var shot = session.CaptureMonitor(0);
        Assert.NotNull(shot);
        Assert.Equal(0, Spice.TestSupport.ImageCompare.CountDifferentPixels(picture.Bgra, picture.Stride, shot.Bgra, shot.Stride, 640, 160, ignoreAlpha: true));
    }
}
