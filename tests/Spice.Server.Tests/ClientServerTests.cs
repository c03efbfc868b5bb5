using System.Drawing;
using Spice.Client;
using Spice.Client.Connection;
using Spice.TestSupport;

namespace Spice.Server.Tests;

/// <summary>Our client against our server over loopback: what the client ends up with is the server's framebuffer.</summary>
public sealed class ClientServerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(ImageCodecPolicy.Off)]
    [InlineData(ImageCodecPolicy.Auto)]
    [InlineData(ImageCodecPolicy.Lz)]
    [InlineData(ImageCodecPolicy.Glz)]
    [InlineData(ImageCodecPolicy.Lz4)]
    [InlineData(ImageCodecPolicy.Quic)]
    public async Task Updates_copies_and_resizes_keep_the_client_equal_to_the_server(ImageCodecPolicy codec)
    {
        var picture = Corpus.Load("mixed");
        var display = new SpiceDisplay(800, 600);
        display.Write(picture.Bgra, picture.Stride, display.Bounds);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, ImageCodec = codec }, display);
        await server.StartAsync();
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port });

        await AssertClientMatchesAsync(session, display);

        var photo = Corpus.Load("photo");
        display.Write(photo.Bgra.AsSpan((200 * photo.Stride) + (300 * 4)), photo.Stride, new Rectangle(100, 50, 500, 300));
        display.Write(picture.Bgra, picture.Stride, new Rectangle(0, 0, 256, 256));
        await AssertClientMatchesAsync(session, display);

        display.CopyRect(new Rectangle(0, 40, 800, 560), new Point(0, 0));
        await AssertClientMatchesAsync(session, display);

        display.Resize(1024, 700);
        display.Write(photo.Bgra, photo.Stride, new Rectangle(0, 0, 1024, 700));
        await AssertClientMatchesAsync(session, display);
    }

    [Fact]
    public async Task Typed_text_reaches_the_input_sink_as_scancodes()
    {
        var sink = new RecordingInputSink();
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, InputSink = sink }, new SpiceDisplay(64, 64));
        await server.StartAsync();
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port });
        await session.WaitForDisplaySettledAsync(Quiet, Timeout);

        await session.TypeTextAsync("hi");

        var events = await sink.WaitForAsync(e => e.Count(IsKey) >= 4, Timeout);

        Assert.Equal(["down 35", "up 35", "down 23", "up 23"], events.Where(IsKey));
    }

    private static bool IsKey(string inputEvent) =>
        inputEvent.StartsWith("down ", StringComparison.Ordinal) || inputEvent.StartsWith("up ", StringComparison.Ordinal);

    private static async Task AssertClientMatchesAsync(SpiceSession session, SpiceDisplay display)
    {
        byte[] expected;
        int width;
        int height;
        DisplaySnapshotDiff? last = null;
        var until = DateTime.UtcNow + Timeout;
        do
        {
            Assert.True(await session.WaitForDisplaySettledAsync(Quiet, Timeout));
            using (var frame = display.Lock())
            {
                expected = frame.Pixels.ToArray();
                width = frame.Width;
                height = frame.Height;
            }

            var shot = session.CaptureMonitor();
            Assert.NotNull(shot);
            last = new DisplaySnapshotDiff(shot.Width, shot.Height, shot.Width == width && shot.Height == height
                ? ImageCompare.CountDifferentPixels(expected, width * 4, shot.Bgra, shot.Stride, width, height, ignoreAlpha: true)
                : -1);
            if (last.Differences == 0)
            {
                return;
            }
        }
        while (DateTime.UtcNow < until);

        Assert.Fail($"client shows {last.Width}x{last.Height} with {last.Differences} pixels differing from the server's {width}x{height}");
    }

    private sealed record DisplaySnapshotDiff(int Width, int Height, int Differences);
}
