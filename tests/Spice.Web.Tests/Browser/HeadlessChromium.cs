using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Web.Tests.Browser;

/// <summary>
/// Headless Chromium with the DevTools protocol on a port it picks itself (read back from
/// DevToolsActivePort in its fresh profile). Killed, with every child, on dispose.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly PeerProcess _process;
    private readonly HttpClient _http;

    private HeadlessChromium(PeerProcess process, int port)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(15) };
    }

    public static async Task<HeadlessChromium> StartAsync(int width = 1280, int height = 900)
    {
        PeerTools.Require("chromium");
        var dir = PeerTools.NewWorkDir("web-chromium");
        var profile = Path.Combine(dir, "profile");
        Directory.CreateDirectory(profile);
        var process = ProcessRunner.Start("chromium", "chromium",
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", $"--window-size={width},{height}", "about:blank",
        ], Path.Combine(dir, "chromium.log"));
        try
        {
            var portFile = Path.Combine(profile, "DevToolsActivePort");
            var deadline = DateTime.UtcNow + StartTimeout;
            while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 1)
            {
                process.ThrowIfExited("starting");
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"chromium wrote no DevToolsActivePort within {StartTimeout.TotalSeconds} s: {process.LogTail()}");
                }

                await Task.Delay(100);
            }

            var port = int.Parse(File.ReadAllLines(portFile)[0], CultureInfo.InvariantCulture);
            return new HeadlessChromium(process, port);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new tab on <paramref name="url"/>, with its own DevTools connection.</summary>
    public async Task<DevToolsPage> OpenAsync(string url)
    {
        using var response = await _http.PutAsync("json/new?" + Uri.EscapeDataString(url), null);
        response.EnsureSuccessStatusCode();
        var target = await response.Content.ReadFromJsonAsync<JsonElement>();
        var socketUrl = target.GetProperty("webSocketDebuggerUrl").GetString()!;
        return await DevToolsPage.ConnectAsync(new Uri(socketUrl));
    }

    public string LogTail() => _process.LogTail();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
    }
}
