using System.Drawing;
using Spice.Server.Display.Streams;

namespace Spice.Server.Tests.Streams;

public sealed class VideoDetectorTests
{
    private static readonly Rectangle Area = new(10, 10, 200, 150);

    [Fact]
    public void The_same_area_redrawn_at_video_rate_becomes_video_after_enough_frames()
    {
        var detector = new VideoDetector();
        var became = -1;
        for (var frame = 0; frame < 30 && became < 0; frame++)
        {
            if (detector.Observe(Area, frame * 40L))
            {
                became = frame;
            }
        }

        Assert.Equal(VideoDetector.StartFrames - 1, became);
    }

    [Fact]
    public void A_burst_of_redraws_is_not_video()
    {
        var detector = new VideoDetector();
        for (var i = 0; i < 1000; i++)
        {
            Assert.False(detector.Observe(Area, i / 100));
        }
    }

    [Fact]
    public void Slow_redraws_small_areas_and_moving_areas_are_not_video()
    {
        var detector = new VideoDetector();
        for (var frame = 0; frame < 50; frame++)
        {
            Assert.False(detector.Observe(Area, frame * (VideoDetector.MaxGapMilliseconds + 1L)));
            Assert.False(detector.Observe(new Rectangle(0, 0, 64, 64), frame * 40L));
            Assert.False(detector.Observe(new Rectangle(frame * 3, 300, 200, 150), frame * 40L));
        }
    }
}
