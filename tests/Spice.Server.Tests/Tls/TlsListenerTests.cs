using System.Buffers.Binary;
using System.Net.Sockets;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Spice.Client;
using Spice.Client.Connection;
using Spice.Protocol;
using Spice.TestSupport.Peers;

namespace Spice.Server.Tests.Tls;

/// <summary>The TLS port: failed handshakes cost one log line and nothing else, secured channels are refused on the plain port, WebSocket works over TLS.</summary>
public sealed class TlsListenerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TestCertificates _certificates = TestCertificates.Create();
    private readonly ListLoggerProvider _log = new();

    [Fact]
    public async Task Garbage_instead_of_a_client_hello_closes_that_connection_with_one_log_line()
    {
        await using var server = await StartAsync(tls => tls.SecureAllChannels = true);

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync("127.0.0.1", server.TlsPort);
            var stream = tcp.GetStream();
            var link = new byte[16];
            BinaryPrimitives.WriteUInt32LittleEndian(link, 0x51444552);
            BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(4), 2);
            BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(8), 2);
            BinaryPrimitives.WriteUInt32LittleEndian(link.AsSpan(12), 22);
            await stream.WriteAsync(link);
            using var timeout = new CancellationTokenSource(Patience);
            var buffer = new byte[4096];
            int read;
            do
            {
                read = await stream.ReadAsync(buffer, timeout.Token);
            }
            while (read > 0);
        }

        Assert.True(await _log.WaitForAsync("TLS handshake with", Patience));
        await using var session = await SpiceSession.ConnectAsync(TlsClient(server));
        Assert.NotNull(session.Inputs);
        Assert.Single(_log.Lines, l => l.Contains("TLS handshake", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Secured_channel_on_the_plain_port_is_answered_need_secured()
    {
        await using var server = await StartAsync(tls => tls.SecureChannels.Add(ChannelType.Main));
        await using var client = await LinkClient.ConnectAsync(server.Port);

        await client.SendLinkAsync((byte)ChannelType.Main);
        var (error, _) = await client.ReadReplyAsync();

        Assert.Equal((uint)LinkError.NeedSecured, error);
        Assert.True(await _log.WaitForAsync("must use TLS", Patience));
    }

    [Fact]
    public async Task Channel_not_listed_as_secure_links_on_both_ports()
    {
        await using var server = await StartAsync(tls => tls.SecureChannels.Add(ChannelType.Display));
        await using var plain = await LinkClient.ConnectAsync(server.Port);
        await plain.SendLinkAsync((byte)ChannelType.Main);
        Assert.Equal(0u, (await plain.ReadReplyAsync()).Error);

        await using var session = await SpiceSession.ConnectAsync(TlsClient(server));
        Assert.NotNull(session.Inputs);
        Assert.Equal(1, server.ClientCount);
    }

    [Fact]
    public async Task WebSocket_upgrade_works_over_tls()
    {
        await using var server = await StartAsync(tls => tls.SecureAllChannels = true);
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("binary");
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _certificates.Server.GetCertHashString();
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new Uri($"wss://127.0.0.1:{server.TlsPort}/"), timeout.Token);
        await using var stream = WebSocketStream.Create(socket, WebSocketMessageType.Binary, ownsWebSocket: false);

        await stream.WriteAsync(MainLinkMessage(), timeout.Token);
        var header = new byte[16];
        await stream.ReadExactlyAsync(header, timeout.Token);
        var reply = new byte[BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12))];
        await stream.ReadExactlyAsync(reply, timeout.Token);

        Assert.Equal(0x51444552u, BinaryPrimitives.ReadUInt32LittleEndian(header));
        Assert.Equal((uint)LinkError.Ok, BinaryPrimitives.ReadUInt32LittleEndian(reply));
    }

    [Fact]
    public async Task Certificate_and_key_from_pem_files()
    {
        var options = Options(tls =>
        {
            tls.Certificate = null;
            tls.CertificateFile = _certificates.CertificateFile;
            tls.PrivateKeyFile = _certificates.KeyFile;
        });
        await using var server = new SpiceServer(options, new SpiceDisplay(64, 48));
        await server.StartAsync();

        await using var session = await SpiceSession.ConnectAsync(TlsClient(server));

        Assert.NotNull(session.Inputs);
    }

    [Fact]
    public async Task Unreadable_key_fails_at_start()
    {
        var options = Options(tls =>
        {
            tls.Certificate = null;
            tls.CertificateFile = _certificates.CertificateFile;
            tls.PrivateKeyFile = _certificates.CaFile;
        });
        await using var server = new SpiceServer(options, new SpiceDisplay(64, 48));

        var e = await Assert.ThrowsAsync<ArgumentException>(() => server.StartAsync());

        Assert.Contains("ca-cert.pem", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Port);
    }

    public void Dispose() => _certificates.Dispose();

    private SpiceConnectOptions TlsClient(SpiceServer server) =>
        new() { Host = "127.0.0.1", Port = server.Port, TlsPort = server.TlsPort, CaFile = _certificates.CaFile, ConnectTimeout = Patience };

    private SpiceServerOptions Options(Action<SpiceTlsOptions> configure)
    {
        var tls = new SpiceTlsOptions { Port = 0, Certificate = _certificates.Server };
        configure(tls);
        var factory = LoggerFactory.Create(b => b.AddProvider(_log).SetMinimumLevel(LogLevel.Debug));
        return new SpiceServerOptions { Port = 0, Password = null, Tls = tls, LoggerFactory = factory };
    }

    private async Task<SpiceServer> StartAsync(Action<SpiceTlsOptions> configure)
    {
        var server = new SpiceServer(Options(configure), new SpiceDisplay(64, 48));
        await server.StartAsync();
        return server;
    }

    /// <summary>Link header + SpiceLinkMess for the main channel with AUTH_SELECTION, AUTH_SPICE and MINI_HEADER.</summary>
    private static byte[] MainLinkMessage()
    {
        var message = new byte[16 + 18 + 4];
        var s = message.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(s, 0x51444552);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(s[8..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(s[12..], 22);
        s[20] = (byte)ChannelType.Main;
        BinaryPrimitives.WriteUInt32LittleEndian(s[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(s[30..], 18);
        BinaryPrimitives.WriteUInt32LittleEndian(s[34..], 0b1011);
        return message;
    }
}
