using System.Buffers.Binary;

namespace Spice.Server.Tests;

/// <summary>The inputs and cursor channels against the hand-written client.</summary>
public sealed class InputsCursorTests
{
    private const byte Inputs = 3;
    private const byte Cursor = 4;

    [Fact]
    public async Task Keys_modifiers_and_mouse_reach_the_sink_with_leds_and_motion_acks_back()
    {
        var sink = new RecordingInputSink();
        await using var server = await TestServer.StartAsync();
        server.Server.Options.InputSink = sink;
        await using var main = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(0u, await main.LinkAsync(1, "secret"));
        var sessionId = BinaryPrimitives.ReadUInt32LittleEndian((await main.ReadMessageAsync()).Body);
        await using var inputs = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(0u, await inputs.LinkAsync(Inputs, "secret", sessionId));
        Assert.Equal(101, (await inputs.ReadMessageAsync()).Type);

        await inputs.SendMessageAsync(101, U32(0x1C));
        await inputs.SendMessageAsync(101, U32(0x48E0));
        await inputs.SendMessageAsync(102, U32(0xC8E0));
        await inputs.SendMessageAsync(104, [0x2A, 0xAA]);
        await inputs.SendMessageAsync(103, U16(4));
        var (ledsType, leds) = await inputs.ReadMessageAsync();
        for (var i = 0; i < 4; i++)
        {
            await inputs.SendMessageAsync(112, [.. U32(10u + (uint)i), .. U32(20), .. U16(1), 0]);
        }

        var (ackType, _) = await inputs.ReadMessageAsync();
        await inputs.SendMessageAsync(113, [4, .. U16(0)]);

        Assert.Equal(102, ledsType);
        Assert.Equal(4, BinaryPrimitives.ReadUInt16LittleEndian(leds));
        Assert.Equal(111, ackType);
        await WaitAsync(() => sink.Events.Count >= 10);
        Assert.Equal(
            ["down 28", "down 328", "up 328", "down 42", "up 42", "pos 10,20 Left", "pos 11,20 Left", "pos 12,20 Left", "pos 13,20 Left", "press WheelUp"],
            sink.Events);
    }

    [Fact]
    public async Task Cursor_channel_sends_init_set_move_and_hide()
    {
        await using var server = await TestServer.StartAsync();
        await using var main = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(0u, await main.LinkAsync(1, "secret"));
        var sessionId = BinaryPrimitives.ReadUInt32LittleEndian((await main.ReadMessageAsync()).Body);
        await using var cursor = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(0u, await cursor.LinkAsync(Cursor, "secret", sessionId));

        Assert.Equal(3, (await cursor.ReadMessageAsync()).Type);
        var (initType, init) = await cursor.ReadMessageAsync();
        server.Server.Cursor.SetShape(new byte[8 * 8 * 4], 8, 8, 1, 2);
        var (setType, set) = await cursor.ReadMessageAsync();
        server.Server.Cursor.Move(30, 40);
        var (moveType, move) = await cursor.ReadMessageAsync();
        server.Server.Cursor.Hide();
        var (hideType, _) = await cursor.ReadMessageAsync();

        Assert.Equal(101, initType);
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(init.AsSpan(9)));
        Assert.Equal(103, setType);
        Assert.Equal(5 + 2 + 17 + (8 * 8 * 4), set.Length);
        Assert.Equal(104, moveType);
        Assert.Equal(30, BinaryPrimitives.ReadInt16LittleEndian(move));
        Assert.Equal(40, BinaryPrimitives.ReadInt16LittleEndian(move.AsSpan(2)));
        Assert.Equal(105, hideType);
    }

    private static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] U16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return bytes;
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }
    }
}
