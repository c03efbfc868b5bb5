using Spice.Client.Tests.Fakes;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;
using Spice.Protocol.Messages.Main;

namespace Spice.Client.Tests;

/// <summary>Video streams the canvas cannot show are reported back as spice-gtk does, so the server falls back to images.</summary>
public sealed class StreamReportTests
{
    private static readonly ChannelId DisplayId = new(ChannelType.Display, 0);

    [Theory]
    [InlineData(VideoCodecType.Vp8)]
    [InlineData(VideoCodecType.H264)]
    public async Task A_stream_in_an_unsupported_codec_is_reported_with_all_drops(VideoCodecType codec)
    {
        var report = new TaskCompletionSource<StreamReport>();
        await using var server = new FakeSpiceServer(async (c, ct) =>
        {
            if (!await ServeDisplayAsync(c, ct))
            {
                return;
            }

            await c.SendAsync(Create(5, codec), ct);
            report.TrySetResult(StreamReport.Read((await c.ExpectAsync(DisplayClientMessageType.StreamReport, ct)).AsMemory()));
            await FakeScripts.DrainAsync(c, ct);
        });
        await using var session = await SpiceSession.ConnectAsync(server.Options());

        var got = await report.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((5u, 0u, uint.MaxValue), (got.StreamId, got.NumFrames, got.NumDrops));
        Assert.Equal(0, session.Displays[0].StreamFramesDrawn);
    }

    [Fact]
    public async Task Mjpeg_frames_are_drawn_and_reported_every_window()
    {
        var reports = System.Threading.Channels.Channel.CreateUnbounded<StreamReport>();
        var frame = new Spice.Codecs.Mjpeg.MjpegEncoder(90).Encode(new byte[32 * 32 * 4], 32, 32, 32 * 4).ToArray();
        await using var server = new FakeSpiceServer(async (c, ct) =>
        {
            if (!await ServeDisplayAsync(c, ct))
            {
                return;
            }

            await c.SendAsync(Create(2, VideoCodecType.Mjpeg), ct);
            await c.SendAsync(new StreamActivateReport { StreamId = 2, UniqueId = 77, MaxWindowSize = 3, TimeoutMs = 60_000 }, ct);
            for (var i = 0u; i < 7; i++)
            {
                await c.SendAsync(new StreamData { Base = new StreamDataHeader(2, 1000 + (i * 40)), Data = frame }, ct);
            }

            for (var i = 0; i < 2; i++)
            {
                await reports.Writer.WriteAsync(StreamReport.Read((await c.ExpectAsync(DisplayClientMessageType.StreamReport, ct)).AsMemory()), ct);
            }

            await FakeScripts.DrainAsync(c, ct);
        });
        await using var session = await SpiceSession.ConnectAsync(server.Options());
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var first = await reports.Reader.ReadAsync(patience.Token);
        var second = await reports.Reader.ReadAsync(patience.Token);

        Assert.Equal((2u, 77u, 3u, 0u, 1000u, 1080u), (first.StreamId, first.UniqueId, first.NumFrames, first.NumDrops, first.StartFrameMmTime, first.EndFrameMmTime));
        Assert.Equal((3u, 1120u, 1200u), (second.NumFrames, second.StartFrameMmTime, second.EndFrameMmTime));
        Assert.Equal(7, session.Displays[0].StreamFramesDrawn);
    }

    /// <summary>Main (listing one display) or the display link with a primary surface; true on the display connection.</summary>
    private static async Task<bool> ServeDisplayAsync(FakeConnection c, CancellationToken ct)
    {
        var mess = await c.ReadLinkAsync(ct);
        if (mess.ChannelType == ChannelType.Main)
        {
            await FakeScripts.ServeLinkedMainAsync(c, [DisplayId], ct);
            return false;
        }

        await c.FinishLinkAsync(new Capabilities().Set(DisplayCapability.StreamReport), ct);
        await c.ExpectAsync(DisplayClientMessageType.Init, ct);
        await c.SendAsync(new SurfaceCreate { SurfaceId = 0, Width = 64, Height = 64, Format = SurfaceFormat.Rgb32_xRGB, Flags = SurfaceFlags.Primary }, ct);
        return true;
    }

    private static StreamCreate Create(uint id, VideoCodecType codec) => new()
    {
        SurfaceId = 0,
        Id = id,
        CodecType = codec,
        StreamWidth = 32,
        StreamHeight = 32,
        SrcWidth = 32,
        SrcHeight = 32,
        Dest = new Rect(0, 0, 32, 32),
    };
}
