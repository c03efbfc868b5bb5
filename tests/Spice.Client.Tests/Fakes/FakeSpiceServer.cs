using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Spice.Client.Connection;
using Spice.Protocol;
using Spice.Protocol.Framing;
using Spice.Protocol.Link;
using Spice.Protocol.Messages;

namespace Spice.Client.Tests.Fakes;

/// <summary>
/// A scripted SPICE server on loopback: each accepted connection runs the handler the test gives,
/// with helpers that speak just enough of the link and message framing to drive the client.
/// </summary>
internal sealed class FakeSpiceServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accept;

    public FakeSpiceServer(Func<FakeConnection, CancellationToken, Task> handler)
    {
        _listener.Start();
        _accept = AcceptAsync(handler);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public SpiceConnectOptions Options(string? password = null) =>
        new() { Host = "127.0.0.1", Port = Port, Password = password, ConnectTimeout = TimeSpan.FromSeconds(3) };

    /// <summary>Failures inside connection handlers, so a test can assert the server side went as scripted.</summary>
    public List<Exception> Errors { get; } = [];

    private async Task AcceptAsync(Func<FakeConnection, CancellationToken, Task> handler)
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                var connection = new FakeConnection(new NetworkStream(socket, ownsSocket: true));
                lock (_connections)
                {
                    _connections.Add(RunAsync(connection, handler));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RunAsync(FakeConnection connection, Func<FakeConnection, CancellationToken, Task> handler)
    {
        await using (connection)
        {
            try
            {
                await handler(connection, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or EndOfStreamException)
            {
                lock (Errors)
                {
                    Errors.Add(e);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accept;
        Task[] running;
        lock (_connections)
        {
            running = [.. _connections];
        }

        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}

internal sealed class FakeConnection(Stream stream) : IAsyncDisposable
{
    private readonly RSA _key = SpiceTicket.GenerateKey();

    public Stream Stream { get; } = stream;

    public bool Mini { get; private set; }

    public async Task<LinkMess> ReadLinkAsync(CancellationToken ct)
    {
        var header = LinkHeader.Read(await ReadExactlyAsync(LinkHeader.WireSize, ct));
        return LinkMess.Read(await ReadExactlyAsync((int)header.Size, ct));
    }

    public Task SendReplyAsync(LinkError error, Capabilities channelCaps, CancellationToken ct, bool mini = true)
    {
        var common = new Capabilities().Set(CommonCapability.AuthSelection).Set(CommonCapability.AuthSpice);
        if (mini)
        {
            common.Set(CommonCapability.MiniHeader);
        }

        Mini = mini;
        var reply = new LinkReply { Error = error, PubKey = SpiceTicket.ExportPublicKey(_key), CommonCaps = common, ChannelCaps = channelCaps };
        using var w = new SpiceWriter();
        reply.WriteWithHeader(w);
        return Stream.WriteAsync(w.WrittenMemory, ct).AsTask();
    }

    /// <summary>Reads the auth mechanism and ticket; returns the password the client sent.</summary>
    public async Task<string> ReadTicketAsync(CancellationToken ct)
    {
        var mechanism = LinkAuthMechanism.Read(await ReadExactlyAsync(LinkAuthMechanism.WireSize, ct));
        Assert.Equal(AuthMechanism.Spice, mechanism.Mechanism);
        return SpiceTicket.Decrypt(_key, await ReadExactlyAsync(SpiceTicket.EncryptedSize, ct));
    }

    public Task SendResultAsync(LinkError error, CancellationToken ct) => SendRawAsync(BitConverter.GetBytes((uint)error), ct);

    /// <summary>The rest of a link whose link message was read: replies with <paramref name="channelCaps"/>, reads the ticket, accepts it.</summary>
    public async Task FinishLinkAsync(Capabilities channelCaps, CancellationToken ct)
    {
        await SendReplyAsync(LinkError.Ok, channelCaps, ct);
        await ReadTicketAsync(ct);
        await SendResultAsync(LinkError.Ok, ct);
    }

    /// <summary>The whole server side of a successful link: returns the link message.</summary>
    public async Task<LinkMess> AcceptLinkAsync(Capabilities channelCaps, CancellationToken ct, string expectedPassword = "")
    {
        var mess = await ReadLinkAsync(ct);
        await SendReplyAsync(LinkError.Ok, channelCaps, ct);
        var password = await ReadTicketAsync(ct);
        await SendResultAsync(password == expectedPassword ? LinkError.Ok : LinkError.PermissionDenied, ct);
        return mess;
    }

    public Task SendRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken ct) => Stream.WriteAsync(bytes, ct).AsTask();

    public Task SendAsync(ISpiceMessage message, CancellationToken ct)
    {
        using var w = new SpiceWriter();
        FrameWriter.Write(w, message, Mini);
        return Stream.WriteAsync(w.ToArray(), ct).AsTask();
    }

    public async Task<(ushort Type, byte[] Body)> ReadMessageAsync(CancellationToken ct)
    {
        var header = MessageHeader.Read(await ReadExactlyAsync(MessageHeader.SizeOf(Mini), ct), Mini);
        return (header.Type, await ReadExactlyAsync((int)header.Size, ct));
    }

    /// <summary>Reads messages until one of <paramref name="type"/> arrives.</summary>
    public async Task<byte[]> ExpectAsync<TEnum>(TEnum type, CancellationToken ct) where TEnum : struct, Enum
    {
        var wanted = Convert.ToUInt16(type, System.Globalization.CultureInfo.InvariantCulture);
        while (true)
        {
            var (got, body) = await ReadMessageAsync(ct);
            if (got == wanted)
            {
                return body;
            }
        }
    }

    public async Task<byte[]> ReadExactlyAsync(int count, CancellationToken ct)
    {
        var buffer = new byte[count];
        await Stream.ReadExactlyAsync(buffer, ct);
        return buffer;
    }

    public async ValueTask DisposeAsync()
    {
        _key.Dispose();
        await Stream.DisposeAsync();
    }
}
