using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Main;

namespace Spice.Client.Tests.Fakes;

/// <summary>Server sides that tests reuse.</summary>
internal static class FakeScripts
{
    public const uint SessionId = 0x1234;

    /// <summary>Links main, sends init, waits for attach-channels, lists <paramref name="channels"/>, then runs <paramref name="then"/>.</summary>
    public static async Task ServeMainAsync(FakeConnection c, ChannelId[] channels, CancellationToken ct, string password = "", Func<FakeConnection, Task>? then = null)
    {
        await c.AcceptLinkAsync(new Capabilities(), ct, password);
        await c.SendAsync(new MainInit { SessionId = SessionId, SupportedMouseModes = 3, CurrentMouseMode = 1 }, ct);
        await c.ExpectAsync(MainClientMessageType.AttachChannels, ct);
        await c.SendAsync(new ChannelsList { Channels = channels }, ct);
        if (then is not null)
        {
            await then(c);
        }

        await DrainAsync(c, ct);
    }

    /// <summary>
    /// The main channel once the test read its link message (to tell channels apart): accepts it, sends init, waits for
    /// attach-channels, runs <paramref name="beforeList"/>, lists <paramref name="channels"/>, then keeps the connection.
    /// </summary>
    public static async Task ServeLinkedMainAsync(FakeConnection c, ChannelId[] channels, CancellationToken ct, uint multimediaTime = 0,
        Func<FakeConnection, Task>? beforeList = null)
    {
        await c.FinishLinkAsync(new Capabilities(), ct);
        await c.SendAsync(new MainInit { SessionId = SessionId, MultiMediaTime = multimediaTime }, ct);
        await c.ExpectAsync(MainClientMessageType.AttachChannels, ct);
        if (beforeList is not null)
        {
            await beforeList(c);
        }

        await c.SendAsync(new ChannelsList { Channels = channels }, ct);
        await DrainAsync(c, ct);
    }

    /// <summary>Reads until the client closes, so the connection stays up as long as the client wants it.</summary>
    public static async Task DrainAsync(FakeConnection c, CancellationToken ct)
    {
        var buffer = new byte[4096];
        while (await c.Stream.ReadAsync(buffer, ct) > 0)
        {
        }
    }
}
