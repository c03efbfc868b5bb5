using Spice.Server;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Server;

/// <summary>
/// spice-html5 (in Chromium on Xvfb) against our server: straight to its built-in WebSocket, and
/// through websockify to its plain port. The desktop is a frame of one rare colour around a
/// photograph; the frame locates the canvas on the X screen, the photograph must match closely.
/// </summary>
public sealed class ServerHtml5Tests
{
    private const int Width = 640;
    private const int Height = 480;
    private const int Inset = 32;
    private static readonly byte[] Frame = [0x5C, 0x9A, 0x12, 0xFF];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Spice_html5_shows_our_desktop(bool builtInWebSocket)
    {
        var (display, photo) = Desktop();
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0 }, display);
        await server.StartAsync();
        await using var xvfb = await XvfbPeer.StartAsync(1024, 768);
        await using var html5 = builtInWebSocket
            ? await Html5Peer.StartWebSocketAsync(server.Port, xvfb)
            : await Html5Peer.StartAsync(server.Port, xvfb);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        PeerImage shot;
        (int X, int Y)? origin;
        while (true)
        {
            html5.Chromium.ThrowIfExited("loading spice-html5");
            shot = await html5.ScreenshotAsync();
            origin = FindFrame(shot);
            if (origin is not null || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(1000);
        }

        var saved = PeerArtifacts.Save(shot, nameof(Spice_html5_shows_our_desktop) + (builtInWebSocket ? "-ws" : "-websockify"), "xvfb");
        Assert.True(origin is not null, $"our desktop's frame is not on the X screen, see {saved}; Chromium log:\n{html5.Chromium.LogTail()}");

        // the page draws a 1-pixel border over the canvas edge, so the first frame-coloured pixel is
        // a pixel or two inside the canvas: take the nearby origin where the photograph fits best
        var best = double.NegativeInfinity;
        for (var dy = -3; dy <= 0; dy++)
        {
            for (var dx = -3; dx <= 0; dx++)
            {
                best = Math.Max(best, PhotoPsnr(shot, photo, origin.Value.X + dx, origin.Value.Y + dy));
            }
        }

        Assert.True(best >= 40, $"photo PSNR {best:F1} dB, see {saved}");
    }

    private static double PhotoPsnr(PeerImage shot, CorpusImage photo, int x, int y)
    {
        if (x < 0 || y < 0 || x + Width > shot.Width || y + Height > shot.Height)
        {
            return double.NegativeInfinity;
        }

        var shown = new byte[photo.Width * photo.Height * 4];
        for (var row = 0; row < photo.Height; row++)
        {
            shot.Bgra.AsSpan((((y + Inset + row) * shot.Width) + x + Inset) * 4, photo.Width * 4).CopyTo(shown.AsSpan(row * photo.Width * 4));
        }

        return ImageCompare.Psnr(photo.Bgra, photo.Stride, shown, photo.Width * 4, photo.Width, photo.Height);
    }

    private static (SpiceDisplay Display, CorpusImage Photo) Desktop()
    {
        var display = new SpiceDisplay(Width, Height);
        var frame = new byte[Width * Height * 4];
        for (var i = 0; i < frame.Length; i += 4)
        {
            Frame.CopyTo(frame, i);
        }

        display.Write(frame, Width * 4, display.Bounds);
        var source = Corpus.Load("photo");
        var photo = source.SubImage(600, 300, Width - (2 * Inset), Height - (2 * Inset));
        display.Write(photo.Bgra, photo.Stride, new System.Drawing.Rectangle(Inset, Inset, photo.Width, photo.Height));
        return (display, photo);
    }

    /// <summary>The top-left-most pixel of the frame colour, once the frame is drawn in full (its four sides show).</summary>
    private static (int X, int Y)? FindFrame(PeerImage shot)
    {
        for (var y = 0; y + Height - 8 < shot.Height; y++)
        {
            for (var x = 0; x + Width - 8 < shot.Width; x++)
            {
                if (IsFrame(shot, x, y) && IsFrame(shot, x + Width - 8, y) && IsFrame(shot, x, y + Height - 8) && IsFrame(shot, x + Width - 8, y + Height - 8))
                {
                    return (x, y);
                }
            }
        }

        return null;
    }

    private static bool IsFrame(PeerImage shot, int x, int y)
    {
        var i = ((y * shot.Width) + x) * 4;
        return shot.Bgra[i] == Frame[0] && shot.Bgra[i + 1] == Frame[1] && shot.Bgra[i + 2] == Frame[2];
    }
}
