using System.Text;
using Spice.Client.Connection;
using Spice.Client.Tests.Fakes;
using Spice.Protocol;
using Spice.Protocol.Framing;
using Spice.Protocol.Link;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Main;
using Spice.TestSupport.Peers;

namespace Spice.Client.Tests;

public sealed class LinkHandshakeTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ConnectsLinksMainAndReadsInit()
    {
        await using var server = new FakeSpiceServer((c, ct) => FakeScripts.ServeMainAsync(c, [], ct, "s3cret"));
        await using var session = await SpiceSession.ConnectAsync(server.Options("s3cret"), cancellationToken: Ct);
        Assert.Equal(FakeScripts.SessionId, session.SessionId);
        Assert.True(session.Main.MiniHeader);
        Assert.Empty(session.ListedChannels);
    }

    [Fact]
    public async Task ClientAsksForClientMouseMode()
    {
        var requested = new TaskCompletionSource<MouseMode>();
        await using var server = new FakeSpiceServer((c, ct) => FakeScripts.ServeMainAsync(c, [], ct, then: async c =>
        {
            var body = await c.ExpectAsync(MainClientMessageType.MouseModeRequest, ct);
            requested.TrySetResult(MouseModeRequest.Read(body.AsMemory()).Mode);
        }));
        await using var session = await SpiceSession.ConnectAsync(server.Options(), cancellationToken: Ct);
        Assert.Equal(MouseMode.Client, await requested.Task.WaitAsync(TimeSpan.FromSeconds(5), Ct));
        Assert.Equal(MouseMode.Server | MouseMode.Client, session.SupportedMouseModes);
    }

    [Fact]
    public async Task WrongPasswordIsPermissionDenied()
    {
        await using var server = new FakeSpiceServer((c, ct) => FakeScripts.ServeMainAsync(c, [], ct, "right"));
        var e = await Assert.ThrowsAsync<SpiceLinkException>(() => SpiceSession.ConnectAsync(server.Options("wrong"), cancellationToken: Ct));
        Assert.Equal(LinkError.PermissionDenied, e.Error);
        Assert.Contains("password", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkReplyErrorIsTyped()
    {
        await using var server = ReplyingToLink(w => LinkReply.Failure(LinkError.VersionMismatch).WriteWithHeader(w));
        var e = await ConnectFailsAsync<SpiceLinkException>(server);
        Assert.Equal(LinkError.VersionMismatch, e.Error);
    }

    [Fact]
    public async Task GarbageReplyIsNotSpice()
    {
        await using var server = new FakeSpiceServer(async (c, ct) =>
        {
            await c.SendRawAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\n\r\n"), ct);

            // Like a real server, it keeps the connection until the client leaves: closing with the
            // client's link message unread would reset the connection and race the client's read.
            await c.Stream.CopyToAsync(Stream.Null, ct);
        });
        var e = await ConnectFailsAsync<SpiceConnectionException>(server);
        Assert.Contains("does not speak SPICE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedLinkReplyIsACleanError()
    {
        await using var server = ReplyingToLink(w =>
        {
            LinkHeader.ForSize(LinkReply.FixedSize).Write(w);
            w.WriteBytes(new byte[20]);
        });
        var e = await ConnectFailsAsync<SpiceConnectionException>(server);
        Assert.Contains("closed the connection during", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedLinkReplyIsRejected()
    {
        await using var server = ReplyingToLink(w => LinkHeader.ForSize(1 << 20).Write(w));
        await ConnectFailsAsync<SpiceProtocolException>(server);
    }

    [Fact]
    public async Task SilentServerTimesOut()
    {
        await using var server = new FakeSpiceServer((c, ct) => FakeScripts.DrainAsync(c, ct));
        var options = server.Options() with { ConnectTimeout = TimeSpan.FromMilliseconds(300) };
        var e = await Assert.ThrowsAsync<SpiceConnectionException>(() => SpiceSession.ConnectAsync(options, cancellationToken: Ct));
        Assert.Contains("within", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerClosingMidMessageFailsConnect()
    {
        await using var server = new FakeSpiceServer(async (c, ct) =>
        {
            await c.AcceptLinkAsync(new Capabilities(), ct);
            var header = new byte[MessageHeader.MiniSize];
            new MessageHeader(0, (ushort)MainMessageType.Init, 32, 0).Write(header, mini: true);
            await c.SendRawAsync(header, ct);
            await c.SendRawAsync(new byte[10], ct);
        });
        var e = await ConnectFailsAsync<SpiceConnectionException>(server);
        Assert.Contains("middle of a message", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachablePortFailsFast()
    {
        var options = new SpiceConnectOptions { Host = "127.0.0.1", Port = FreePort.Get() };
        await Assert.ThrowsAsync<SpiceConnectionException>(() => SpiceSession.ConnectAsync(options, cancellationToken: Ct));
    }

    /// <summary>A fake server that reads the client's link message and answers with what <paramref name="reply"/> writes.</summary>
    private static FakeSpiceServer ReplyingToLink(Action<SpiceWriter> reply) => new(async (c, ct) =>
    {
        await c.ReadLinkAsync(ct);
        using var w = new SpiceWriter();
        reply(w);
        await c.SendRawAsync(w.ToArray(), ct);
    });

    private static Task<T> ConnectFailsAsync<T>(FakeSpiceServer server)
        where T : Exception =>
        Assert.ThrowsAsync<T>(() => SpiceSession.ConnectAsync(server.Options(), cancellationToken: Ct));
}
