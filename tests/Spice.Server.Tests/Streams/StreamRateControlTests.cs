using Spice.Server.Display.Streams;

namespace Spice.Server.Tests.Streams;

public sealed class StreamRateControlTests
{
    [Fact]
    public void Congestion_lowers_quality_then_frame_rate_and_calm_raises_them_again()
    {
        var rate = new StreamRateControl(0);
        var quality = rate.Quality;
        var interval = rate.IntervalMilliseconds;
        long now = 0;
        for (var second = 0; second < 10; second++)
        {
            now += 1000;
            rate.Blocked(now - 500);
            rate.FrameSent(1000, now);
        }

        Assert.Equal(StreamRateControl.MinQuality, rate.Quality);
        Assert.True(rate.IntervalMilliseconds > interval, $"interval {rate.IntervalMilliseconds} ms");

        for (var second = 0; second < 60; second++)
        {
            now += 1000;
            rate.FrameSent(1000, now);
        }

        Assert.Equal(StreamRateControl.MinIntervalMilliseconds, rate.IntervalMilliseconds);
        Assert.True(rate.Quality > quality, $"quality {rate.Quality}");
    }

    [Fact]
    public void A_report_of_drops_counts_as_congestion()
    {
        var rate = new StreamRateControl(0);
        var quality = rate.Quality;
        rate.Reported(drops: 3, lastFrameDelay: 10, now: 1000);
        Assert.True(rate.Quality < quality);
    }
}
