using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace Spice.Web.Tests;

/// <summary>The pieces without a browser: key map, input parsing, tile grid, per-browser coalescing.</summary>
public sealed class ViewerUnitTests
{
    [Theory]
    [InlineData("KeyA", 0x1E)]
    [InlineData("KeyQ", 0x10)]
    [InlineData("KeyZ", 0x2C)]
    [InlineData("KeyM", 0x32)]
    [InlineData("Digit1", 0x02)]
    [InlineData("Digit0", 0x0B)]
    [InlineData("F1", 0x3B)]
    [InlineData("F10", 0x44)]
    [InlineData("F12", 0x58)]
    [InlineData("Enter", 0x1C)]
    [InlineData("NumpadEnter", 0x11C)]
    [InlineData("ControlRight", 0x11D)]
    [InlineData("AltRight", 0x138)]
    [InlineData("ArrowUp", 0x148)]
    [InlineData("Delete", 0x153)]
    [InlineData("MetaLeft", 0x15B)]
    [InlineData("IntlBackslash", 0x56)]
    [InlineData("Pause", 0)]
    [InlineData("NoSuchKey", 0)]
    public void Key_codes_map_to_set_1_scancodes(string code, int scancode) =>
        Assert.Equal(scancode, KeyCodeMap.Find(code));

    [Fact]
    public void Input_messages_parse_and_junk_is_refused()
    {
        Assert.True(Parse("""{"t":"key","code":"KeyA","down":true}""", out var key));
        Assert.Equal(new ViewerInput(ViewerInputKind.Key, Code: "KeyA", Down: true), key);
        Assert.True(Parse("""{"t":"move","x":10.6,"y":20,"dx":-3,"dy":4}""", out var move));
        Assert.Equal(new ViewerInput(ViewerInputKind.Move, X: 11, Y: 20, Dx: -3, Dy: 4), move);
        Assert.True(Parse("""{"t":"button","button":2,"down":false}""", out var button));
        Assert.Equal(new ViewerInput(ViewerInputKind.Button, Button: 2), button);
        Assert.True(Parse("""{"t":"resize","w":1280,"h":800}""", out var resize));
        Assert.Equal(new ViewerInput(ViewerInputKind.Resize, X: 1280, Y: 800), resize);
        Assert.False(Parse("""{"t":"explode"}""", out _));
        Assert.False(Parse("""[1,2]""", out _));
        Assert.False(Parse("""{"t":""", out _));
        Assert.False(Parse("not json", out _));
    }

    [Fact]
    public void Tile_grid_has_narrower_last_column_and_row()
    {
        var grid = new TileGrid(1, 150, 70, 64);
        Assert.Equal((3, 2, 6), (grid.Columns, grid.Rows, grid.Count));
        Assert.Equal(new TileRect(128, 0, 22, 64), grid[2]);
        Assert.Equal(new TileRect(64, 64, 64, 6), grid[4]);
    }

    [Fact]
    public void A_browser_that_falls_behind_gets_each_changed_tile_once_and_a_resize_replaces_the_backlog()
    {
        using var socket = WebSocket.CreateFromStream(new MemoryStream(), new WebSocketCreationOptions { IsServer = true });
        using var viewer = new ViewerConnection(socket, null!, null!, new WebViewerOptions(), NullLogger.Instance, "test");
        var grid = new TileGrid(1, 256, 128, 64);
        viewer.Invalidate(grid, null);
        Assert.Equal(8, viewer.Take().Tiles.Count);
        for (var i = 0; i < 100; i++)
        {
            viewer.Invalidate(grid, [1, 5, i % 3]);
        }

        var pending = viewer.Take();
        Assert.Null(pending.NewGrid);
        Assert.Equal([0, 1, 2, 5], pending.Tiles);

        viewer.Invalidate(grid, [7]);
        var resized = new TileGrid(2, 64, 64, 64);
        viewer.Invalidate(resized, [0]);
        pending = viewer.Take();
        Assert.Equal(resized, pending.NewGrid);
        Assert.Equal([0], pending.Tiles);
        Assert.Empty(viewer.Take().Tiles);
    }

    private static bool Parse(string json, out ViewerInput input) => ViewerInput.TryParse(Encoding.UTF8.GetBytes(json), out input);
}
