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

        // The source redraws twice per frame sent, so frames are being merged and the rate can rise.
        for (var second = 0; second < 60; second++)
        {
            now += 1000;
            rate.Redrawn(now - 20);
            rate.Redrawn(now - 10);
            rate.FrameSent(1000, now);
        }

        Assert.Equal(StreamRateControl.MinIntervalMilliseconds, rate.IntervalMilliseconds);
        Assert.True(rate.Quality > quality, $"quality {rate.Quality}");
    }

    [Fact]
    public void A_client_that_keeps_up_gets_a_60_fps_source_within_four_seconds()
    {
        var rate = new StreamRateControl(0);
        var quality = rate.Quality;
        long lastSent = -1000;
        for (long now = 0; now <= 4000; now += 1000 / 60)
        {
            rate.Redrawn(now);
            if (now - lastSent >= rate.IntervalMilliseconds)
            {
                lastSent = now;
                rate.FrameSent(50_000, now);
            }

            rate.Reported(0, 100, now);
        }

        Assert.Equal(StreamRateControl.MinIntervalMilliseconds, rate.IntervalMilliseconds);
        Assert.True(rate.Quality >= quality, $"quality {rate.Quality}");
    }

    [Fact]
    public void A_source_slower_than_the_interval_raises_quality_not_the_frame_rate()
    {
        var rate = new StreamRateControl(0);
        var interval = rate.IntervalMilliseconds;
        for (long now = 0; now <= 4000; now += 40)
        {
            rate.Redrawn(now);
            rate.FrameSent(50_000, now);
        }

        Assert.Equal(interval, rate.IntervalMilliseconds);
        Assert.Equal(StreamRateControl.MaxQuality, rate.Quality);
    }

    [Fact]
    public void A_closed_ack_window_counts_only_when_it_holds_back_over_a_tenth_of_the_frames()
    {
        var rate = new StreamRateControl(0);
        long now = 0;
        for (var second = 0; second < 3; second++)
        {
            // One frame in 30 held back (several passes over the same frame count once), 29 sent.
            for (var frame = 0; frame < 30; frame++)
            {
                now += 33;
                if (frame == 0)
                {
                    rate.Blocked(now);
                    rate.Blocked(now + 1);
                    rate.Blocked(now + 2);
                }
                else
                {
                    rate.FrameSent(50_000, now);
                }
            }
        }

        var quality = rate.Quality;
        Assert.True(quality >= 70, $"quality {quality}");
        for (var frame = 0; frame < 60; frame++)
        {
            now += 33;
            if (frame % 4 == 0)
            {
                rate.Blocked(now);
            }
            else
            {
                rate.FrameSent(50_000, now);
            }
        }

        Assert.True(rate.Quality < quality, $"quality {rate.Quality}");
    }

    [Fact]
    public void A_report_of_drops_counts_as_congestion_after_the_warmup()
    {
        var rate = new StreamRateControl(0);
        var quality = rate.Quality;
        rate.Reported(drops: 3, lastFrameDelay: 10, now: 1000);
        rate.Reported(drops: 0, lastFrameDelay: -500, now: 2500);
        Assert.True(rate.Quality >= quality, $"quality {rate.Quality}");

        quality = rate.Quality;
        rate.Reported(drops: 3, lastFrameDelay: 10, now: StreamRateControl.WarmupMilliseconds + 1000);
        rate.Reported(drops: 0, lastFrameDelay: 10, now: StreamRateControl.WarmupMilliseconds + 2000);
        Assert.True(rate.Quality < quality, $"quality {rate.Quality}");
    }

    [Fact]
    public void Lateness_counts_beyond_the_tolerance_only()
    {
        var rate = new StreamRateControl(0);
        var quality = rate.Quality;
        long now = StreamRateControl.WarmupMilliseconds;
        rate.Reported(0, -StreamRateControl.LateToleranceMilliseconds, now);
        rate.Reported(0, 0, now + 1000);
        Assert.True(rate.Quality >= quality, $"quality {rate.Quality}");

        var before = rate.Quality;
        rate.Reported(0, -StreamRateControl.LateToleranceMilliseconds - 1, now + 1500);
        rate.Reported(0, 0, now + 2500);
        Assert.True(rate.Quality < before, $"quality {rate.Quality}");
    }
}
