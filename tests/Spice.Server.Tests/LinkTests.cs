using System.Buffers.Binary;

namespace Spice.Server.Tests;

/// <summary>The link handshake over loopback, answered with the LinkError reds.cpp would send.</summary>
public sealed class LinkTests
{
    private const byte Main = 1;
    private const byte Display = 2;
    private const uint Ok = 0;
    private const uint InvalidMagic = 2;
    private const uint InvalidData = 3;
    private const uint VersionMismatch = 4;
    private const uint PermissionDenied = 7;
    private const uint BadConnectionId = 8;
    private const uint ChannelNotAvailable = 9;

    [Fact]
    public async Task Right_password_links_and_main_init_carries_the_session_id()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);

        Assert.Equal(Ok, await client.LinkAsync(Main, "secret"));
        var (type, body) = await client.ReadMessageAsync();

        Assert.Equal(103, type);
        Assert.NotEqual(0u, BinaryPrimitives.ReadUInt32LittleEndian(body));
        Assert.Equal(3u, BinaryPrimitives.ReadUInt32LittleEndian(body.AsSpan(8)));
    }

    [Fact]
    public async Task WebSocket_upgrade_on_the_same_port_carries_spice()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await LinkClient.ConnectWebSocketAsync(server.Port);

        Assert.Equal(Ok, await client.LinkAsync(Main, "secret"));
        var (type, _) = await client.ReadMessageAsync();

        Assert.Equal(103, type);
    }

    [Fact]
    public async Task Wrong_password_is_permission_denied()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);

        Assert.Equal(PermissionDenied, await client.LinkAsync(Main, "guess"));
        Assert.True(await client.ClosedByServerAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Expired_password_is_permission_denied()
    {
        await using var server = await TestServer.StartAsync(expiry: DateTimeOffset.UtcNow.AddSeconds(-1));
        await using var client = await LinkClient.ConnectAsync(server.Port);

        Assert.Equal(PermissionDenied, await client.LinkAsync(Main, "secret"));
    }

    [Fact]
    public async Task Without_a_password_any_ticket_is_accepted()
    {
        await using var server = await TestServer.StartAsync(password: null);
        await using var client = await LinkClient.ConnectAsync(server.Port);

        Assert.Equal(Ok, await client.LinkAsync(Main, "anything"));
    }

    [Fact]
    public async Task Bad_magic_is_answered_with_invalid_magic()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);

        await client.SendLinkAsync(Main, magic: 0x12345678);

        Assert.Equal(InvalidMagic, (await client.ReadReplyAsync()).Error);
        Assert.True(await client.ClosedByServerAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Other_major_version_is_a_version_mismatch()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);

        await client.SendLinkAsync(Main, major: 3);

        Assert.Equal(VersionMismatch, (await client.ReadReplyAsync()).Error);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1_000_000)]
    [InlineData(uint.MaxValue)]
    public async Task Absurd_link_size_is_invalid_data(uint size)
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);

        await client.SendLinkAsync(Main, sizeOverride: size);

        Assert.Equal(InvalidData, (await client.ReadReplyAsync()).Error);
    }

    [Fact]
    public async Task Unknown_channel_is_not_available()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);

        await client.SendLinkAsync(9);

        Assert.Equal(ChannelNotAvailable, (await client.ReadReplyAsync()).Error);
    }

    [Fact]
    public async Task Secondary_channel_of_unknown_session_is_bad_connection_id()
    {
        await using var server = await TestServer.StartAsync();
        await using var client = await LinkClient.ConnectAsync(server.Port);

        Assert.Equal(BadConnectionId, await client.LinkAsync(Display, "secret", connectionId: 4242));
    }

    [Fact]
    public async Task Secondary_channel_joins_its_session_and_gets_the_primary_surface()
    {
        await using var server = await TestServer.StartAsync();
        await using var main = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(Ok, await main.LinkAsync(Main, "secret"));
        var (_, init) = await main.ReadMessageAsync();
        var sessionId = BinaryPrimitives.ReadUInt32LittleEndian(init);

        await using var display = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(Ok, await display.LinkAsync(Display, "secret", sessionId));

        var types = new List<ushort>();
        for (var i = 0; i < 4; i++)
        {
            types.Add((await display.ReadMessageAsync()).Type);
        }

        Assert.Equal([3, 314, 102, 304], types);
    }

    [Fact]
    public async Task Garbage_is_refused_and_the_server_keeps_serving()
    {
        await using var server = await TestServer.StartAsync();
        await using (var junk = await LinkClient.ConnectAsync(server.Port))
        {
            var garbage = new byte[512];
            new Random(7).NextBytes(garbage);
            await junk.Stream.WriteAsync(garbage);
            Assert.True(await junk.ClosedByServerAsync(TimeSpan.FromSeconds(5)));
        }

        await using var client = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(Ok, await client.LinkAsync(Main, "secret"));
    }

    [Fact]
    public async Task Client_vanishing_mid_message_is_logged_and_others_are_served()
    {
        await using var server = await TestServer.StartAsync();
        await using (var quitter = await LinkClient.ConnectAsync(server.Port))
        {
            await quitter.Stream.WriteAsync(new byte[] { 0x52, 0x45, 0x44, 0x51, 2, 0, 0 });
        }

        await using (var linked = await LinkClient.ConnectAsync(server.Port))
        {
            Assert.Equal(Ok, await linked.LinkAsync(Main, "secret"));
            await linked.ReadMessageAsync();
            await linked.Stream.WriteAsync(new byte[] { 104, 0, 100, 0, 0, 0, 1, 2 });
        }

        Assert.True(await server.Log.WaitForAsync("dropped before it completed", TimeSpan.FromSeconds(5)));
        Assert.True(await server.Log.WaitForAsync("in the middle of a message", TimeSpan.FromSeconds(5)));
        await using var client = await LinkClient.ConnectAsync(server.Port);
        Assert.Equal(Ok, await client.LinkAsync(Main, "secret"));
    }
}
