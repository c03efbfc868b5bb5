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

    /// <summary>Reads until the client closes, so the connection stays up as long as the client wants it.</summary>
    public static async Task DrainAsync(FakeConnection c, CancellationToken ct)
    {
        var buffer = new byte[4096];
        while (await c.Stream.ReadAsync(buffer, ct) > 0)
        {
        }
    }
}
