using System.Text.Json;
using Spice.Interop.Tests.Client;
using Spice.Server;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.EndToEnd;

/// <summary>`spice info --json`, `spice screenshot --monitor` and `--help` (own processes) against our server in this process.</summary>
public sealed class CliAgainstOurServerTests
{
    [Fact]
    public async Task Info_json_follows_the_documented_schema()
    {
        await using var server = await StartAsync(640, 480, "s3cret");

        var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "info", $"spice://127.0.0.1:{server.Port}", "--json", "--password", "s3cret");

        Assert.True(result.Succeeded, result.Describe());
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.Equal(
            ["schema", "server", "sessionId", "supportedMouseModes", "currentMouseMode", "listedChannels", "channels", "displays"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("schema").GetInt32());
        Assert.Equal($"spice://127.0.0.1:{server.Port}", root.GetProperty("server").GetString());
        Assert.Contains("Display:0", root.GetProperty("listedChannels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["name", "commonCaps", "channelCaps"], root.GetProperty("channels")[0].EnumerateObject().Select(p => p.Name));
        var display = root.GetProperty("displays")[0];
        Assert.Equal(["id", "surfaces", "monitors"], display.EnumerateObject().Select(p => p.Name));
        var surface = display.GetProperty("surfaces")[0];
        Assert.Equal(["id", "width", "height", "primary"], surface.EnumerateObject().Select(p => p.Name));
        Assert.Equal((640, 480, true), (surface.GetProperty("width").GetInt32(), surface.GetProperty("height").GetInt32(), surface.GetProperty("primary").GetBoolean()));
        foreach (var monitor in display.GetProperty("monitors").EnumerateArray())
        {
            Assert.Equal(["id", "surfaceId", "x", "y", "width", "height"], monitor.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public async Task Screenshot_of_monitor_0_is_the_desktop_and_monitor_1_does_not_exist()
    {
        await using var server = await StartAsync(320, 200, null);
        var uri = $"spice://127.0.0.1:{server.Port}";

        var shot = await SpiceCli.ScreenshotAsync(uri, "monitor0", "--monitor", "0");
        var missing = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "screenshot", uri, "-o", Path.Combine(PeerTools.NewWorkDir("monitor1"), "m1.png"), "--monitor", "1", "--timeout", "10");

        Assert.Equal((320, 200), (shot.Width, shot.Height));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no monitor 1: the server shows 1 (--monitor 0..0)", missing.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("screenshot", "A screenshot of a live desktop is always a snapshot")]
    [InlineData("info", "JSON schema (version 1")]
    public async Task Help_documents_the_command(string command, string expected)
    {
        var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), command, "--help");

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains(expected, result.StdOut, StringComparison.Ordinal);
    }

    private static async Task<SpiceServer> StartAsync(int width, int height, string? password)
    {
        var picture = Corpus.Load("desktop-ui");
        var display = new SpiceDisplay(width, height);
        display.Write(picture.Crop(0, 0, width, height), width * 4, display.Bounds);
        var server = new SpiceServer(new SpiceServerOptions { Port = 0, Password = password }, display);
        await server.StartAsync();
        return server;
    }
}
