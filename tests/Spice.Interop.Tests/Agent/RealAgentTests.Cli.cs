using System.Security.Cryptography;
using Spice.TestSupport;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Agent;

/// <summary>The `spice clipboard` and `spice send-file` commands, each its own process, against the real guest agent.</summary>
public sealed partial class RealAgentTests
{
    [Fact]
    public async Task Cli_clipboard_get_prints_what_the_guest_copied()
    {
        await using var xs = await XspicePeer.StartWithAgentAsync();
        const string text = "copied for spice clipboard get: ünïcödé ✓";
        var file = Path.Combine(xs.WorkDir, "clip.txt");
        await File.WriteAllTextAsync(file, text);

        var cli = RunCliAsync("clipboard", Uri(xs), "get", "--timeout", "40");
        // The agent announces a copy only when it happens, so the guest copies again until the command has connected and answered.
        while (!cli.IsCompleted)
        {
            xs.RunX("xclip", "-selection", "clipboard", "-i", file);
            await Task.WhenAny(cli, Task.Delay(1500));
        }

        var r = await cli;
        Assert.True(r.Succeeded, r.Describe() + Logs(xs));
        Assert.Equal(text, r.StdOut);
    }

    [Fact]
    public async Task Cli_clipboard_set_is_pasted_in_the_guest_while_the_command_is_connected()
    {
        await using var xs = await XspicePeer.StartWithAgentAsync();
        using var cts = new CancellationTokenSource(Bound);
        const string text = "set by spice clipboard set: ünïcödé ✓";

        var cli = RunCliAsync("clipboard", Uri(xs), "set", text, "--timeout", "40");
        var pasted = await PasteAsync(xs, text, cts.Token);
        var r = await cli;

        Assert.True(pasted.Succeeded, pasted.Describe() + Logs(xs));
        Assert.Equal(text, pasted.StdOut);
        Assert.True(r.Succeeded, r.Describe());
        Assert.Contains("serving it until", r.StdErr, StringComparison.Ordinal);
        Assert.True(await GoneFromTheGuestAsync(xs, text), "the guest still pastes our text after the command left" + Logs(xs));
    }

    [Fact]
    public async Task Cli_send_file_lands_intact_in_the_agents_download_dir()
    {
        await using var xs = await XspicePeer.StartWithAgentAsync();
        var content = RandomNumberGenerator.GetBytes(1_200_000);
        var source = Path.Combine(xs.WorkDir, "cli payload.bin");
        await File.WriteAllBytesAsync(source, content);

        var r = await RunCliAsync("send-file", Uri(xs), source, "--timeout", "50");

        Assert.True(r.Succeeded, r.Describe() + Logs(xs));
        Assert.Contains("sent cli payload.bin (1200000 bytes)", r.StdOut, StringComparison.Ordinal);
        var landed = Path.Combine(xs.DownloadDir, "cli payload.bin");
        Assert.True(File.Exists(landed), Logs(xs));
        Assert.Equal(Convert.ToHexString(SHA256.HashData(content)), Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(landed))));
    }

    private static string Uri(XspicePeer xs) => $"spice://127.0.0.1:{xs.Port}";

    /// <summary>Once our client is gone the agent gives up the selection it held for it: xclip -o no longer returns our text (polled, bounded).</summary>
    private static async Task<bool> GoneFromTheGuestAsync(XspicePeer xs, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var r = await xs.RunXToEndAsync("xclip", "-selection", "clipboard", "-o");
            if (!r.Succeeded || r.StdOut != text)
            {
                return true;
            }

            await Task.Delay(300);
        }

        return false;
    }
}
