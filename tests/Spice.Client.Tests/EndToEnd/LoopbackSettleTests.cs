using System.Diagnostics;
using System.Drawing;

namespace Spice.Client.Tests.EndToEnd;

/// <summary>Settling on a live screen: an animation that stays in its box settles, one that keeps moving to new places does not.</summary>
public sealed class LoopbackSettleTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_ball_bouncing_in_its_box_settles_and_the_rest_is_exact()
    {
        var picture = LoopbackServer.Crop("desktop-ui", 800, 600);
        await using var server = await LoopbackServer.StartAsync(picture);
        var area = new Rectangle(40, 300, 300, 200);
        await using var animation = new Animator(server.Display, frame =>
        {
            var x = area.X + Math.Abs((frame * 9 % 520) - 260);
            var y = area.Y + Math.Abs((frame * 5 % 320) - 160);
            return new Rectangle(x, y, 40, 40);
        });
        await using var session = await server.ConnectAsync();

        var clock = Stopwatch.StartNew();
        var settled = await session.WaitForDisplaySettledAsync(Quiet, LoopbackServer.Patience);

        Assert.True(settled, $"not settled after {clock.Elapsed.TotalSeconds:F1} s");
        var shot = session.CaptureMonitor(0);
        Assert.NotNull(shot);
        var outside = new Rectangle(area.Right, 0, picture.Width - area.Right, picture.Height);
        Assert.Equal(0, Spice.TestSupport.ImageCompare.CountDifferentPixels(
            picture.Bgra.AsSpan(outside.X * 4), picture.Stride, shot.Bgra.AsSpan(outside.X * 4), shot.Stride, outside.Width, outside.Height, ignoreAlpha: true));
    }

    [Fact]
    public async Task A_box_sweeping_into_new_places_does_not_settle()
    {
        var picture = LoopbackServer.Crop("solid-ui", 800, 600);
        await using var server = await LoopbackServer.StartAsync(picture);
        await using var animation = new Animator(server.Display, frame =>
        {
            var x = frame * 24 % 792;
            var y = frame * 24 / 792 * 48 % 552;
            return new Rectangle(x, y, 48, 48);
        });
        await using var session = await server.ConnectAsync();

        var settled = await session.WaitForDisplaySettledAsync(Quiet, TimeSpan.FromSeconds(9));

        Assert.False(settled);
        Assert.NotNull(session.CaptureMonitor(0));
    }
}
