using Spice.Client;
using Spice.Client.Connection;
using Spice.TestSupport;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.Client;

/// <summary>
/// QEMU with the animate guest and streaming-video=filter sends the scrolling band as an MJPEG
/// video stream. Our client must draw the stream frames, answer the server's report requests,
/// show the still photo rows exactly, and show in the band a (lossy) window of the photo.
/// </summary>
public sealed class ClientStreamTests(ITestOutputHelper output)
{
    /// <summary>Rows of the still photo and of the band, per the guest README (1024x768 framebuffer).</summary>
    private const int StillTop = 96;
    private const int BandTop = 384;
    private const int BandHeight = 256;
    private const int Width = 1024;

    /// <summary>The band shows photo rows [off, off + 256) with off a multiple of 8 up to 768 - 256 (guest-animate).</summary>
    private const int OffsetStep = 8;

    [Fact]
    public async Task Animate_guest_streams_are_drawn_reported_and_the_still_rows_exact()
    {
        var options = QemuOptions.Guest("animate", "streaming-video=filter") with { GuestAppend = "animsecs=300" };
        await using var qemu = await QemuPeer.StartAsync(options);
        var photo = PeerImage.FromFile(qemu.Guest!.Photo);

        Spice.Client.Display.DisplaySnapshot? ours;
        long frames;
        long reports;
        var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = qemu.Host, Port = qemu.Port, ConnectTimeout = TimeSpan.FromSeconds(15) });
        await using (session)
        {
            var settled = await session.WaitForDisplaySettledAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
            var display = session.Displays[0];
            var deadline = Environment.TickCount64 + 30_000;
            while ((display.StreamFramesDrawn < 25 || display.StreamReportsSent == 0) && Environment.TickCount64 < deadline)
            {
                await Task.Delay(100);
            }

            ours = session.CaptureMonitor(0);
            frames = display.StreamFramesDrawn;
            reports = display.StreamReportsSent;
            output.WriteLine($"settled: {settled}; stream frames drawn: {frames}; reports sent: {reports}");
        }

        var theirs = await SpicyScreenshot.CaptureAsync(qemu);
        Assert.NotNull(ours);
        var shot = new PeerImage(ours.Width, ours.Height, ours.Bgra);
        var saved = PeerArtifacts.Save(shot, nameof(Animate_guest_streams_are_drawn_reported_and_the_still_rows_exact), "ours");
        Assert.Equal((Width, 768), (shot.Width, shot.Height));
        Assert.True(frames > 0, "no stream frame was drawn: did the server stream at all?");
        Assert.True(reports > 0, "the server asked for no stream report, or we sent none");

        var stillRows = BandTop - StillTop;
        Assert.Equal(0, shot.CountDifferences(theirs, 0, StillTop, Width, stillRows));
        Assert.Equal(0, shot.CountDifferences(photo, 0, StillTop, Width, stillRows));

        // The band moves 8 rows every 40 ms, and spicy-screenshot can only connect after our client
        // left (QEMU takes one client at a time), so the two pictures show different scroll offsets.
        // Each must be a window of the photo at some offset, within MJPEG's loss; where both landed
        // on the same offset they must also agree with each other.
        var (ourOffset, ourPsnr) = BestOffset(shot, photo);
        var (theirOffset, theirPsnr) = BestOffset(theirs, photo);
        var direct = BandPsnr(shot, theirs);
        output.WriteLine($"band: ours = photo rows {ourOffset}.. at {ourPsnr:F1} dB, spicy's = rows {theirOffset}.. at {theirPsnr:F1} dB, ours vs spicy's {direct:F1} dB");
        Assert.True(ourPsnr >= 25, $"our band matches no window of the photo (best: rows {ourOffset}.. at {ourPsnr:F1} dB); saved as {saved}");
        if (ourOffset == theirOffset)
        {
            Assert.True(direct >= 25, $"same scroll offset, yet ours vs spicy's band is {direct:F1} dB");
        }
    }

    private static (int Offset, double Psnr) BestOffset(PeerImage shot, PeerImage photo)
    {
        var best = (Offset: -1, Psnr: double.NegativeInfinity);
        for (var offset = 0; offset <= photo.Height - BandHeight; offset += OffsetStep)
        {
            var psnr = ImageCompare.Psnr(
                shot.Bgra.AsSpan(BandTop * Width * 4), Width * 4, photo.Bgra.AsSpan(offset * Width * 4), Width * 4, Width, BandHeight);
            if (psnr > best.Psnr)
            {
                best = (offset, psnr);
            }
        }

        return best;
    }

    private static double BandPsnr(PeerImage a, PeerImage b) =>
        ImageCompare.Psnr(a.Bgra.AsSpan(BandTop * Width * 4), Width * 4, b.Bgra.AsSpan(BandTop * Width * 4), Width * 4, Width, BandHeight);
}
