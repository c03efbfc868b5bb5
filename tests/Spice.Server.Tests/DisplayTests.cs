using System.Buffers.Binary;
using System.Drawing;

namespace Spice.Server.Tests;

/// <summary>The display channel against the hand-written client: updates, cache, copy-bits, flow control.</summary>
public sealed class DisplayTests
{
    private const ushort SetAck = 3;
    private const ushort CopyBits = 104;
    private const ushort DrawCopy = 304;
    private const ushort SurfaceCreate = 314;
    private const byte ImageFromCache = 103;

    [Fact]
    public async Task Invalidated_area_arrives_as_a_draw_of_that_box()
    {
        await using var server = await TestServer.StartAsync(width: 512, height: 512);
        await using var display = await LinkDisplayAsync(server);
        await ReadUntilAsync(display, DrawCopy);

        server.Server.Display.Invalidate(new Rectangle(10, 20, 30, 40));
        var (_, body) = await ReadUntilAsync(display, DrawCopy);

        Assert.Equal(new Rectangle(10, 20, 30, 40), BoxOf(body));
    }

    [Fact]
    public async Task Unchanged_tile_sent_again_comes_from_the_client_cache()
    {
        await using var server = await TestServer.StartAsync(width: 512, height: 512);
        await using var display = await LinkDisplayAsync(server, sendInit: true);
        await ReadUntilAsync(display, DrawCopy);
        var tile = new Rectangle(0, 0, 256, 256);

        server.Server.Display.Invalidate(tile);
        var first = await ReadUntilAsync(display, DrawCopy);
        server.Server.Display.Invalidate(tile);
        var second = await ReadUntilAsync(display, DrawCopy);

        Assert.NotEqual(ImageFromCache, ImageTypeOf(first.Body));
        Assert.Equal(ImageFromCache, ImageTypeOf(second.Body));
    }

    [Fact]
    public async Task Copy_of_a_clean_area_is_sent_as_copy_bits()
    {
        await using var server = await TestServer.StartAsync(width: 512, height: 512);
        await using var display = await LinkDisplayAsync(server);
        await ReadUntilAsync(display, DrawCopy);

        server.Server.Display.CopyRect(new Rectangle(0, 10, 512, 400), new Point(0, 0));
        var (_, body) = await ReadUntilAsync(display, CopyBits);

        Assert.Equal(new Rectangle(0, 0, 512, 400), BoxOf(body));
        Assert.Equal(10, BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(25)));
    }

    [Fact]
    public async Task Resize_recreates_the_surface()
    {
        await using var server = await TestServer.StartAsync(width: 320, height: 200);
        await using var display = await LinkDisplayAsync(server);
        await ReadUntilAsync(display, DrawCopy);

        server.Server.Display.Resize(640, 480);
        var (_, create) = await ReadUntilAsync(display, SurfaceCreate);
        var (_, draw) = await ReadUntilAsync(display, DrawCopy);

        Assert.Equal(640u, BinaryPrimitives.ReadUInt32LittleEndian(create.AsSpan(4)));
        Assert.Equal(new Rectangle(0, 0, 640, 480), BoxOf(draw));
    }

    [Fact]
    public async Task Client_that_never_acks_gets_at_most_the_window_and_others_keep_flowing()
    {
        await using var server = await TestServer.StartAsync(width: 1024, height: 768);
        await using var stalled = await LinkDisplayAsync(server);
        await using var healthy = await LinkDisplayAsync(server);
        var stalledMessages = 0;
        var reading = Task.Run(async () =>
        {
            while (true)
            {
                await stalled.ReadMessageAsync();
                Interlocked.Increment(ref stalledMessages);
            }
        });
        await ReadUntilAsync(healthy, DrawCopy);
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        // a fixed number of round trips rather than a rate: the machine may be heavily loaded
        var random = new Random(1);
        for (var draws = 0; draws < 100;)
        {
            server.Server.Display.Invalidate(new Rectangle(random.Next(0, 900), random.Next(0, 700), 100, 60));
            var (type, _) = await healthy.ReadMessageAsync();
            if (type == DrawCopy)
            {
                draws++;
                await healthy.SendMessageAsync(2, []);
            }
        }

        Assert.InRange(Volatile.Read(ref stalledMessages), 1, 2 * 20 + 2);
        Assert.InRange(GC.GetTotalMemory(forceFullCollection: true), 0, memoryBefore + (64L << 20));
        Assert.False(reading.IsFaulted, reading.Exception?.ToString());
    }

    /// <summary>Links main then display of one session; with <paramref name="sendInit"/> the client announces a pixmap cache.</summary>
    private static async Task<DisplaySession> LinkDisplayAsync(TestServer server, bool sendInit = false)
    {
        var main = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(0u, await main.LinkAsync(1, "secret"));
        var (_, init) = await main.ReadMessageAsync();
        var display = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(0u, await display.LinkAsync(2, "secret", BinaryPrimitives.ReadUInt32LittleEndian(init)));
        var (type, setAck) = await display.ReadMessageAsync();
        Assert.Equal(SetAck, type);
        await display.SendMessageAsync(1, setAck[..4]);
        var body = new byte[1 + 8 + 1 + 4];
        body[0] = 1;
        BinaryPrimitives.WriteInt64LittleEndian(body.AsSpan(1), sendInit ? 1 << 20 : 0);
        body[9] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(10), 1 << 20);
        await display.SendMessageAsync(101, body);
        return new DisplaySession(main, display);
    }

    /// <summary>A session's main and display connections, closed together.</summary>
    private sealed class DisplaySession(LinkClient main, LinkClient display) : IAsyncDisposable
    {
        public Task<(ushort Type, byte[] Body)> ReadMessageAsync() => display.ReadMessageAsync();

        public Task SendMessageAsync(ushort type, byte[] body) => display.SendMessageAsync(type, body);

        public async ValueTask DisposeAsync()
        {
            await display.DisposeAsync();
            await main.DisposeAsync();
        }
    }

    private static async Task<(ushort Type, byte[] Body)> ReadUntilAsync(DisplaySession client, ushort wanted)
    {
        while (true)
        {
            var message = await client.ReadMessageAsync();
            if (message.Type == wanted)
            {
                return message;
            }
        }
    }

    // DisplayBase: surface_id u32, then Rect { top, left, bottom, right }
    private static Rectangle BoxOf(byte[] body)
    {
        var top = BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(4));
        var left = BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(8));
        var bottom = BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(12));
        var right = BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(16));
        return Rectangle.FromLTRB(left, top, right, bottom);
    }

    // DRAW_COPY: DisplayBase (21 bytes, clip NONE), then the src_bitmap pointer to the image descriptor.
    private static byte ImageTypeOf(byte[] body)
    {
        var image = (int)BinaryPrimitives.ReadUInt32LittleEndian(body.AsSpan(21));
        return body[image + 8];
    }
}
