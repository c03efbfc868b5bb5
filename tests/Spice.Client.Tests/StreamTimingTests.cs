using Spice.Client.Tests.Fakes;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;
using Spice.Protocol.Messages.Main;

namespace Spice.Client.Tests;

/// <summary>MULTI_MEDIA_TIME moves the session's clock, and stream reports say how early frames came by it.</summary>
public sealed class StreamTimingTests
{
    private const uint ServerTime = 100_000;
    private const uint FrameAhead = 500;

    [Fact]
    public async Task Multimedia_time_update_moves_the_clock_and_reports_carry_the_frame_delay()
    {
        var report = new TaskCompletionSource<StreamReport>();
        var frame = new Spice.Codecs.Mjpeg.MjpegEncoder(90).Encode(new byte[32 * 32 * 4], 32, 32, 32 * 4).ToArray();
        await using var server = new FakeSpiceServer(async (c, ct) =>
        {
            var mess = await c.ReadLinkAsync(ct);
            if (mess.ChannelType == ChannelType.Main)
            {
                await FakeScripts.ServeLinkedMainAsync(c, [new ChannelId(ChannelType.Display, 0)], ct, multimediaTime: 7,
                    beforeList: main => main.SendAsync(new MultiMediaTime { Time = ServerTime }, ct));
                return;
            }

            await c.FinishLinkAsync(new Capabilities().Set(DisplayCapability.StreamReport), ct);
            await c.ExpectAsync(DisplayClientMessageType.Init, ct);
            await c.SendAsync(new SurfaceCreate { SurfaceId = 0, Width = 64, Height = 64, Format = SurfaceFormat.Rgb32_xRGB, Flags = SurfaceFlags.Primary }, ct);
            await c.SendAsync(new StreamCreate { Id = 1, CodecType = VideoCodecType.Mjpeg, StreamWidth = 32, StreamHeight = 32, SrcWidth = 32, SrcHeight = 32, Dest = new Rect(0, 0, 32, 32) }, ct);
            await c.SendAsync(new StreamActivateReport { StreamId = 1, UniqueId = 9, MaxWindowSize = 1, TimeoutMs = 60_000 }, ct);
            await c.SendAsync(new StreamData { Base = new StreamDataHeader(1, ServerTime + FrameAhead), Data = frame }, ct);
            report.TrySetResult(StreamReport.Read((await c.ExpectAsync(DisplayClientMessageType.StreamReport, ct)).AsMemory()));
            await FakeScripts.DrainAsync(c, ct);
        });
        await using var session = await SpiceSession.ConnectAsync(server.Options());

        var got = await report.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.InRange(session.MultimediaTime, ServerTime, ServerTime + 20_000);
        Assert.InRange(got.LastFrameDelay, (int)FrameAhead - 10_000, (int)FrameAhead);
        Assert.NotEqual(0, got.LastFrameDelay);
    }
}
