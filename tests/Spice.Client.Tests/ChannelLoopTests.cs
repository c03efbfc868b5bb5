using Spice.Client.Input;
using Spice.Client.Tests.Fakes;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Common;
using Spice.Protocol.Messages.Inputs;
using Spice.Protocol.Messages.Main;

namespace Spice.Client.Tests;

/// <summary>Channel read loops and writers against the fake server: acks, pings, inputs, a channel dying mid-message.</summary>
public sealed class ChannelLoopTests
{
    private static readonly ChannelId InputsId = new(ChannelType.Inputs, 0);

    [Fact]
    public async Task SetAckPingAndAckWindow()
    {
        var seen = new TaskCompletionSource<(uint Generation, uint PongId, int Acks)>();
        await using var server = new FakeSpiceServer((c, ct) => FakeScripts.ServeMainAsync(c, [], ct, then: async c =>
        {
            await c.SendAsync(new SetAck { Generation = 9, Window = 2 }, ct);
            var sync = AckSync.Read((await c.ExpectAsync(CommonClientMessageType.AckSync, ct)).AsMemory());
            await c.SendAsync(new Ping { Id = 77, Timestamp = 5 }, ct);
            var pong = Pong.Read((await c.ExpectAsync(CommonClientMessageType.Pong, ct)).AsMemory());
            await c.SendAsync(new Ping { Id = 78, Timestamp = 6 }, ct);
            await c.ExpectAsync(CommonClientMessageType.Ack, ct);
            seen.TrySetResult((sync.Generation, pong.Id, 1));
        }));
        await using var session = await SpiceSession.ConnectAsync(server.Options());
        var (generation, pongId, acks) = await seen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(9u, generation);
        Assert.Equal(77u, pongId);
        Assert.Equal(1, acks);
    }

    [Fact]
    public async Task TypeTextSendsShiftedScancodes()
    {
        var codes = new List<(ushort Type, uint Code)>();
        var done = new TaskCompletionSource();
        await using var server = new FakeSpiceServer(async (c, ct) =>
        {
            var mess = await c.ReadLinkAsync(ct);
            if (mess.ChannelType == ChannelType.Main)
            {
                await FakeScripts.ServeLinkedMainAsync(c, [InputsId], ct);
                return;
            }

            Assert.Equal(FakeScripts.SessionId, mess.ConnectionId);
            await c.FinishLinkAsync(new Capabilities(), ct);
            while (codes.Count < 6)
            {
                var (type, body) = await c.ReadMessageAsync(ct);
                codes.Add((type, BitConverter.ToUInt32(body)));
            }

            done.TrySetResult();
            await FakeScripts.DrainAsync(c, ct);
        });
        await using var session = await SpiceSession.ConnectAsync(server.Options());
        Assert.NotNull(session.Inputs);
        await session.TypeTextAsync("A\n");
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        const ushort down = (ushort)InputsClientMessageType.KeyDown;
        const ushort up = (ushort)InputsClientMessageType.KeyUp;
        Assert.Equal(
            [(down, Scancode.LeftShift), (down, 0x1Eu), (up, 0x9Eu), (up, 0xAAu), (down, 0x1Cu), (up, 0x9Cu)],
            codes);
    }

    [Fact]
    public async Task ChannelDyingMidMessageReportsDown()
    {
        var down = new TaskCompletionSource<Exception?>();
        await using var server = new FakeSpiceServer(async (c, ct) =>
        {
            var mess = await c.ReadLinkAsync(ct);
            if (mess.ChannelType == ChannelType.Main)
            {
                await FakeScripts.ServeLinkedMainAsync(c, [InputsId], ct);
                return;
            }

            await c.FinishLinkAsync(new Capabilities(), ct);
            await Task.Delay(200, ct);
            await c.SendRawAsync(new byte[] { 0x65, 0x00, 0x40, 0x00, 0x00, 0x00, 0x01 }, ct);
        });
        await using var session = await SpiceSession.ConnectAsync(server.Options());
        session.ChannelDown += (_, e) => down.TrySetResult(e.Error);
        var error = await session.Inputs!.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.IsAssignableFrom<SpiceProtocolException>(error);
        Assert.Contains("middle of a message", error!.Message, StringComparison.Ordinal);
        Assert.False(session.Closed.IsCompleted);
    }
}
