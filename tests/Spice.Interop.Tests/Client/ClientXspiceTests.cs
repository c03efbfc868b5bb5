using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Client;

/// <summary>Against Xspice: X programs draw, `spice screenshot` sees them; `spice type` reaches an xterm.</summary>
public sealed class ClientXspiceTests
{
    [Fact]
    public async Task Screenshot_shows_the_root_window_colour()
    {
        await using var x = await XspicePeer.StartAsync();
        var set = await x.RunXToEndAsync("xsetroot", "-solid", "#3366cc");
        Assert.True(set.Succeeded, set.Describe());
        var shot = await SpiceCli.ScreenshotAsync($"spice://{x.Host}:{x.Port}", "xspice-root");
        Assert.Equal(((byte)0x33, (byte)0x66, (byte)0xcc), shot.GetRgb(shot.Width / 2, shot.Height / 2));
    }

    [Fact]
    public async Task Typed_text_runs_in_an_xterm()
    {
        await using var x = await XspicePeer.StartAsync();
        var marker = Path.Combine(x.WorkDir, "typed.txt");
        x.RunX("xterm", "-geometry", "80x24+0+0", "-e", "sh");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var focus = await x.RunXToEndAsync("xdotool", "search", "--class", "xterm", "windowfocus", "--sync");
        Assert.True(focus.Succeeded, focus.Describe());
        var before = await SpiceCli.ScreenshotAsync($"spice://{x.Host}:{x.Port}", "xterm-before");
        var typed = await SpiceCli.RunAsync(TimeSpan.FromSeconds(30), "type", $"spice://{x.Host}:{x.Port}", $"echo Hello, SPICE! > {marker}\n");
        Assert.True(typed.Succeeded, typed.Describe());
        for (var i = 0; i < 50 && !File.Exists(marker); i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal("Hello, SPICE!\n", await File.ReadAllTextAsync(marker));
        var after = await SpiceCli.ScreenshotAsync($"spice://{x.Host}:{x.Port}", "xterm-after");
        Assert.True(after.CountDifferences(before, 0, 0, Math.Min(before.Width, after.Width), Math.Min(before.Height, after.Height)) > 0, "the xterm did not change on screen");
    }
}
