using System.Drawing;
using System.Net;
using Spice.Client;
using Spice.Client.Connection;
using Spice.Server;

namespace Spice.Web.Tests;

/// <summary>
/// Our SpiceServer on a free loopback port showing a known picture (losslessly: LZ4, no video
/// streams), our client connected to it, and the web viewer on a free port in front of the session.
/// </summary>
internal sealed class OwnServerHarness : IAsyncDisposable
{
    private OwnServerHarness(SpiceServer server, SpiceSession session, WebViewer viewer, RecordingSink sink)
    {
        Server = server;
        Session = session;
        Viewer = viewer;
        Sink = sink;
    }

    public SpiceServer Server { get; }

    public SpiceSession Session { get; }

    public WebViewer Viewer { get; }

    public RecordingSink Sink { get; }

    public static async Task<OwnServerHarness> StartAsync(byte[] picture, int width, int height, WebViewerOptions? options = null)
    {
        var sink = new RecordingSink();
        var display = new SpiceDisplay(width, height);
        display.Write(picture, width * 4, new Rectangle(0, 0, width, height));
        var server = new SpiceServer(
            new SpiceServerOptions { Port = 0, ImageCodec = ImageCodecPolicy.Lz4, VideoStreaming = VideoStreamingMode.Off, InputSink = sink },
            display);
        await server.StartAsync();
        SpiceSession? session = null;
        try
        {
            session = await SpiceSession.ConnectAsync(SpiceUri.Parse($"spice://127.0.0.1:{server.Port}"));
            options ??= new WebViewerOptions();
            options.Listen = new IPEndPoint(IPAddress.Loopback, 0);
            var viewer = await WebViewer.StartAsync(session, options);
            return new OwnServerHarness(server, session, viewer, sink);
        }
        catch
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }

            await server.DisposeAsync();
            throw;
        }
    }

    public (int Width, int Height, byte[] Bgra) ServerPicture()
    {
        using var frame = Server.Display.Lock();
        return (frame.Width, frame.Height, frame.Pixels.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await Viewer.DisposeAsync();
        await Session.DisposeAsync();
        await Server.DisposeAsync();
    }
}
