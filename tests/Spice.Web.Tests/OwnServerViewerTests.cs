using System.Drawing;
using Spice.Protocol.Messages.Main;
using Spice.Web.Tests.Browser;

namespace Spice.Web.Tests;

/// <summary>Headless Chromium on the viewer page, in front of our own SPICE server showing a known picture.</summary>
public sealed class OwnServerViewerTests
{
    private const int Width = 400;
    private const int Height = 300;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Two_browsers_show_the_servers_picture_pixel_for_pixel_and_follow_a_change()
    {
        await using var harness = await OwnServerHarness.StartAsync(TestPicture.Create(Width, Height), Width, Height);
        await using var chromium = await HeadlessChromium.StartAsync();
        await using var first = await ViewerPage.OpenAsync(chromium, harness.Viewer.Url);
        await using var second = await ViewerPage.OpenAsync(chromium, harness.Viewer.Url);

        Assert.Equal(0, await first.WaitForPictureAsync(harness.ServerPicture, Wait));
        Assert.Equal(0, await second.WaitForPictureAsync(harness.ServerPicture, Wait));
        Assert.Equal(2, harness.Viewer.ViewerCount);

        harness.Server.Display.Write(TestPicture.Solid(90, 70, 0x10, 0x20, 0xF0), 90 * 4, new Rectangle(150, 100, 90, 70));
        Assert.Equal(0, await first.WaitForPictureAsync(harness.ServerPicture, Wait));
        Assert.Equal(0, await second.WaitForPictureAsync(harness.ServerPicture, Wait));
        Assert.Equal("live", await first.StateAsync());
    }

    [Fact]
    public async Task Keys_and_a_click_in_the_page_reach_the_servers_input_sink()
    {
        await using var harness = await OwnServerHarness.StartAsync(TestPicture.Create(Width, Height), Width, Height);
        await using var chromium = await HeadlessChromium.StartAsync();
        await using var page = await ViewerPage.OpenAsync(chromium, harness.Viewer.Url);
        await page.WaitForStateAsync("live", Wait);
        await WaitUntilAsync(async () => harness.Session.CurrentMouseMode == MouseMode.Client
            && (await page.DevTools.EvaluateAsync("window.spiceViewer.mouseMode")).GetString() == "client");

        await page.DevTools.PressKeyAsync("KeyA", "a", 65);
        await page.DevTools.PressKeyAsync("ArrowLeft", "ArrowLeft", 37);
        await page.DevTools.PressKeyAsync("Enter", "Enter", 13);
        var keys = await harness.Sink.WaitForAsync(e => e.Count(x => x.StartsWith("up", StringComparison.Ordinal)) >= 3, Wait);
        Assert.Equal(["down 1e", "up 1e", "down 14b", "up 14b", "down 1c", "up 1c"], keys.Where(e => e.StartsWith("down", StringComparison.Ordinal) || e.StartsWith("up", StringComparison.Ordinal)));

        await page.DevTools.ClickAsync(123, 45);
        var mouse = await harness.Sink.WaitForAsync(e => e.Contains("release Left"), Wait);
        var clicks = mouse.SkipWhile(e => !e.StartsWith("pos", StringComparison.Ordinal)).ToList();
        Assert.Equal("pos 123,45", clicks[0]);
        Assert.Equal(["press Left", "release Left"], clicks.Where(e => !e.StartsWith("pos", StringComparison.Ordinal)));
        Assert.All(clicks.Where(e => e.StartsWith("pos", StringComparison.Ordinal)), e => Assert.Equal("pos 123,45", e));
    }

    [Fact]
    public async Task The_page_says_disconnected_with_the_reason_when_the_spice_server_goes_away()
    {
        await using var harness = await OwnServerHarness.StartAsync(TestPicture.Create(Width, Height), Width, Height);
        await using var chromium = await HeadlessChromium.StartAsync();
        await using var page = await ViewerPage.OpenAsync(chromium, harness.Viewer.Url);
        await page.WaitForStateAsync("live", Wait);

        await harness.Server.DisposeAsync();

        await page.WaitForStateAsync("disconnected", Wait);
        var status = await page.StatusTextAsync();
        Assert.StartsWith("disconnected: ", status, StringComparison.Ordinal);
        Assert.True(status.Length > "disconnected: ".Length, status);
        await using var late = await ViewerPage.OpenAsync(chromium, harness.Viewer.Url);
        await late.WaitForStateAsync("disconnected", Wait);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(100);
        }
    }
}
