using Spice.Client.Connection;
using Spice.Client.Display;
using Spice.Server;
using Spice.TestSupport;

namespace Spice.Client.Tests.EndToEnd;

/// <summary>
/// Our server in this process on a free loopback port, showing a picture the test controls, and
/// our client connected to it: the in-memory end-to-end setup.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    /// <summary>Every wait in these tests is bounded by this.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private LoopbackServer(SpiceServer server) => Server = server;

    public SpiceServer Server { get; }

    public SpiceDisplay Display => Server.Display;

    public SpiceCursor Cursor => Server.Cursor;

    public int Port => Server.Port;

    public static async Task<LoopbackServer> StartAsync(CorpusImage picture, ImageCodecPolicy codec = ImageCodecPolicy.Auto, string? password = null, ISpiceInputSink? inputs = null)
    {
        var display = new SpiceDisplay(picture.Width, picture.Height);
        display.Write(picture.Bgra, picture.Stride, display.Bounds);
        var server = new SpiceServer(new SpiceServerOptions { Port = 0, Password = password, ImageCodec = codec, InputSink = inputs }, display);
        await server.StartAsync();
        return new LoopbackServer(server);
    }

    public SpiceConnectOptions Options(string? password = null) =>
        new() { Host = "127.0.0.1", Port = Port, Password = password, ConnectTimeout = TimeSpan.FromSeconds(10) };

    public Task<SpiceSession> ConnectAsync(string? password = null) => SpiceSession.ConnectAsync(Options(password));

    /// <summary>Polls the client's primary until <paramref name="done"/> holds for it; returns the last capture (null if none came).</summary>
    public static async Task<DisplaySnapshot?> CaptureWhenAsync(SpiceSession session, Func<DisplaySnapshot, bool> done)
    {
        var deadline = Environment.TickCount64 + (long)Patience.TotalMilliseconds;
        DisplaySnapshot? last = null;
        while (Environment.TickCount64 < deadline)
        {
            last = session.CaptureMonitor(0) ?? last;
            if (last is not null && done(last))
            {
                return last;
            }

            await Task.Delay(25);
        }

        return last;
    }

    public static int CountDifferent(CorpusImage expected, DisplaySnapshot shot) =>
        shot.Width != expected.Width || shot.Height != expected.Height
            ? int.MaxValue
            : ImageCompare.CountDifferentPixels(expected.Bgra, expected.Stride, shot.Bgra, shot.Stride, expected.Width, expected.Height, ignoreAlpha: true);

    public static CorpusImage Crop(string name, int width, int height) => Corpus.Load(name).SubImage(0, 0, width, height);

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
