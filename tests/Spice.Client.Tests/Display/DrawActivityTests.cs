using Spice.Client.Canvas;
using Spice.Client.Display;

namespace Spice.Client.Tests.Display;

/// <summary>When a screen counts as settled, on a fake clock: quiet, confined animation, new areas, no surface.</summary>
public sealed class DrawActivityTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly CanvasRect Screen = new(0, 0, 1024, 768);

    private long _now = 1_000_000;

    private DrawActivity NewActivity() => new(() => _now);

    [Fact]
    public void Nothing_settles_without_a_primary_surface()
    {
        var activity = NewActivity();
        Run(activity, 10_000, 100, _ => null);
        Assert.False(activity.IsSettled(Quiet));
    }

    [Fact]
    public void A_still_screen_settles_after_the_quiet_time()
    {
        var activity = NewActivity();
        activity.SurfaceCreated(1024, 768);
        activity.Record(Screen);
        Advance(900);
        Assert.False(activity.IsSettled(Quiet));
        Advance(200);
        Assert.True(activity.IsSettled(Quiet));
    }

    [Fact]
    public void A_blinking_cursor_is_negligible()
    {
        var activity = NewActivity();
        activity.SurfaceCreated(1024, 768);
        activity.Record(Screen);
        Run(activity, 1_500, 500, _ => new CanvasRect(10, 10, 18, 26));
        Assert.True(activity.IsSettled(Quiet));
    }

    [Fact]
    public void An_animation_confined_to_one_area_settles_after_three_windows()
    {
        var activity = NewActivity();
        activity.SurfaceCreated(1024, 768);
        activity.Record(Screen);
        var band = new CanvasRect(0, 384, 1024, 640);
        Run(activity, 5_500, 40, _ => band);
        Assert.False(activity.IsSettled(Quiet));
        Run(activity, 700, 40, _ => band);
        Assert.True(activity.IsSettled(Quiet));
    }

    [Fact]
    public void A_clock_and_a_ball_bouncing_within_its_box_settle()
    {
        var activity = NewActivity();
        activity.SurfaceCreated(1024, 768);
        activity.Record(Screen);
        Run(activity, 8_000, 50, step =>
        {
            var x = 100 + (int)(Math.Abs((step * 7 % 400) - 200));
            return step % 20 == 0 ? new CanvasRect(16, 16, 376, 80) : new CanvasRect(x, 300, x + 40, 340);
        });
        Assert.True(activity.IsSettled(Quiet));
    }

    [Fact]
    public void Something_moving_into_new_places_never_settles()
    {
        var activity = NewActivity();
        activity.SurfaceCreated(1024, 768);
        activity.Record(Screen);
        var settledOnce = false;
        Run(activity, 20_000, 50, step =>
        {
            settledOnce |= activity.IsSettled(Quiet);
            var x = step * 32 % 1024;
            var y = step * 32 / 1024 * 32 % 768;
            return new CanvasRect(x, y, x + 64, y + 64);
        });
        Assert.False(settledOnce || activity.IsSettled(Quiet));
    }

    [Fact]
    public void A_new_window_drawn_during_an_animation_delays_settling()
    {
        var activity = NewActivity();
        activity.SurfaceCreated(1024, 768);
        activity.Record(Screen);
        var band = new CanvasRect(0, 384, 1024, 640);
        Run(activity, 7_000, 40, _ => band);
        Assert.True(activity.IsSettled(Quiet));
        activity.Record(new CanvasRect(100, 50, 600, 300));
        Run(activity, 1_900, 40, _ => band);
        Assert.False(activity.IsSettled(Quiet));
        Run(activity, 2_200, 40, _ => band);
        Assert.True(activity.IsSettled(Quiet));
    }

    [Fact]
    public void A_new_surface_starts_over()
    {
        var activity = NewActivity();
        activity.SurfaceCreated(1024, 768);
        activity.Record(Screen);
        Advance(2_000);
        Assert.True(activity.IsSettled(Quiet));
        activity.SurfaceCreated(800, 600);
        Assert.False(activity.IsSettled(Quiet));
        activity.SurfaceDestroyed();
        Advance(5_000);
        Assert.False(activity.IsSettled(Quiet));
    }

    private void Advance(long ms) => _now += ms;

    /// <summary>For <paramref name="ms"/> milliseconds, every <paramref name="every"/> ms, records what <paramref name="draw"/> returns.</summary>
    private void Run(DrawActivity activity, long ms, long every, Func<int, CanvasRect?> draw)
    {
        for (var step = 0; step * every < ms; step++)
        {
            Advance(every);
            if (draw(step) is { } rect)
            {
                activity.Record(rect);
            }
        }
    }
}
