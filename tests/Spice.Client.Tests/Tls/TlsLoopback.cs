using Spice.Client.Connection;
using Spice.Protocol;
using Spice.Server;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Client.Tests.Tls;

/// <summary>Our server with a plain and a TLS port, showing a corpus picture, and the options our client needs to reach it.</summary>
internal sealed class TlsLoopback : IAsyncDisposable
{
    private TlsLoopback(SpiceServer server, CorpusImage picture)
    {
        Server = server;
        Picture = picture;
    }

    public SpiceServer Server { get; }

    public CorpusImage Picture { get; }

    public static async Task<TlsLoopback> StartAsync(TestCertificates certificates, bool secureAll, params ChannelType[] secure)
    {
        var picture = Corpus.Load("desktop-ui");
        picture = picture.SubImage(0, 0, 320, 200);
        var display = new SpiceDisplay(picture.Width, picture.Height);
        display.Write(picture.Bgra, picture.Stride, display.Bounds);
        var tls = new SpiceTlsOptions { Port = 0, Certificate = certificates.Server, SecureAllChannels = secureAll };
        foreach (var channel in secure)
        {
            tls.SecureChannels.Add(channel);
        }

        var server = new SpiceServer(new SpiceServerOptions { Port = 0, Tls = tls, ImageCodec = ImageCodecPolicy.Lz }, display);
        await server.StartAsync();
        return new TlsLoopback(server, picture);
    }

    /// <summary>Only the TLS port, trusting <paramref name="caFile"/>.</summary>
    public SpiceConnectOptions TlsOnly(string? caFile) =>
        new() { Host = "127.0.0.1", TlsPort = Server.TlsPort, CaFile = caFile, ConnectTimeout = TimeSpan.FromSeconds(10) };

    /// <summary>Both ports, as spice://127.0.0.1?port=P&amp;tls-port=T.</summary>
    public SpiceConnectOptions Both(string? caFile) => TlsOnly(caFile) with { Port = Server.Port };

    public async Task<int> DifferentPixelsAsync(SpiceSession session)
    {
        var deadline = Environment.TickCount64 + 20_000;
        var different = int.MaxValue;
        while (Environment.TickCount64 < deadline && different != 0)
        {
            if (session.CaptureMonitor(0) is { } shot && shot.Width == Picture.Width && shot.Height == Picture.Height)
            {
                different = ImageCompare.CountDifferentPixels(Picture.Bgra, Picture.Stride, shot.Bgra, shot.Stride, Picture.Width, Picture.Height, ignoreAlpha: true);
            }

            await Task.Delay(25);
        }

        return different;
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
