using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Client;

/// <summary>Failures end with exit 1 and one clear line on stderr, quickly, with no stack trace.</summary>
public sealed class ClientErrorTests
{
    [Fact]
    public async Task Wrong_password_exits_1_with_permission_denied()
    {
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Bios with { Password = "right" });
        var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(30), "screenshot", $"spice://{qemu.Host}:{qemu.Port}", "--password", "wrong", "-o", "/dev/null");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("permission denied", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Right_password_connects()
    {
        await using var qemu = await QemuPeer.StartAsync(QemuOptions.Bios with { Password = "right" });
        var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(30), "info", qemu.Uri, "--json");
        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains("\"Display:0\"", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_port_exits_1_quickly()
    {
        var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(30), "info", $"spice://127.0.0.1:{FreePort.Get()}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot connect", result.StdErr, StringComparison.Ordinal);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10), $"took {result.Elapsed}");
    }

    [Fact]
    public async Task Non_spice_port_exits_1_quickly()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var answer = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync();
            await socket.SendAsync("SSH-2.0-OpenSSH_9.6\r\n"u8.ToArray());
            await Task.Delay(2000);
        });
        var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(30), "info", $"spice://127.0.0.1:{port}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not speak SPICE", result.StdErr, StringComparison.Ordinal);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10), $"took {result.Elapsed}");
        await answer;
    }
}
