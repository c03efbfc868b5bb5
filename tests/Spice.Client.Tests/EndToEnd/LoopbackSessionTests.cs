using Spice.Client.Connection;
using Spice.Protocol;

namespace Spice.Client.Tests.EndToEnd;

/// <summary>Linking our client to our server: passwords, the channels it opens, the cursor the server sets.</summary>
public sealed class LoopbackSessionTests
{
    [Fact]
    public async Task Wrong_password_is_permission_denied()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Crop("solid-ui", 320, 240), password: "s3cret");

        var error = await Assert.ThrowsAsync<SpiceLinkException>(() => server.ConnectAsync("wrong"));

        Assert.Equal(LinkError.PermissionDenied, error.Error);
    }

    [Fact]
    public async Task Right_password_links_display_inputs_and_cursor()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Crop("solid-ui", 320, 240), password: "s3cret");
        await using var session = await server.ConnectAsync("s3cret");

        Assert.Single(session.Displays);
        Assert.NotNull(session.Inputs);
        Assert.NotNull(session.Cursor);
        Assert.Equal(1, server.Server.ClientCount);
    }

    [Fact]
    public async Task Cursor_shape_set_by_the_server_reaches_the_client()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Crop("solid-ui", 320, 240));
        await using var session = await server.ConnectAsync();
        var cursor = session.Cursor ?? throw new Xunit.Sdk.XunitException("no cursor channel");
        var shape = new byte[12 * 20 * 4];
        for (var i = 0; i < shape.Length; i += 4)
        {
            var pixel = i / 4;
            shape[i] = (byte)pixel;
            shape[i + 1] = (byte)(pixel * 3);
            shape[i + 2] = (byte)(255 - pixel);
            shape[i + 3] = (byte)(pixel % 2 == 0 ? 0xFF : 0x80);
        }

        server.Cursor.SetShape(shape, 12, 20, 3, 5);
        server.Cursor.Move(40, 50);
        var deadline = Environment.TickCount64 + (long)LoopbackServer.Patience.TotalMilliseconds;
        while (Environment.TickCount64 < deadline && !(cursor.Shape is { Width: 12 } && cursor.X == 40 && cursor.Y == 50))
        {
            await Task.Delay(20);
        }

        var got = cursor.Shape;
        Assert.NotNull(got);
        Assert.Equal((12, 20, 3, 5), (got.Width, got.Height, got.HotSpotX, got.HotSpotY));
        Assert.Equal(shape, got.Bgra);
        Assert.Equal((40, 50), (cursor.X, cursor.Y));
        Assert.True(cursor.Visible);
    }
}
