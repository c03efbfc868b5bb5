using Spice.Client;
using Spice.Client.Agent;
using Spice.Client.Connection;
using Spice.Protocol.Agent;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Server.Tests.Agent;

/// <summary>
/// File transfers into a share folder that cannot hold them: a 64 KiB tmpfs (mounted here, which
/// needs root) for the real disk-full paths, and an injected free-space probe for the up-front check.
/// </summary>
public sealed class FullDiskTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly string _share = Directory.CreateTempSubdirectory("spice-full-disk").FullName;
    private bool _mounted;

    public async Task InitializeAsync()
    {
        var mount = await ProcessRunner.RunAsync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", _share], TimeSpan.FromSeconds(10));
        _mounted = mount.Succeeded;
        if (!_mounted)
        {
            output.WriteLine($"no tmpfs (not root?), the disk-full paths are not exercised: {mount.Describe()}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_mounted)
        {
            await ProcessRunner.RunAsync("umount", [_share], TimeSpan.FromSeconds(10));
        }

        Directory.Delete(_share, recursive: true);
    }

    [Fact]
    public async Task A_file_larger_than_the_free_space_is_refused_before_any_data()
    {
        var e = await SendAsync(new byte[5000], freeSpace: _ => 1000);

        Assert.Equal(FileXferStatusCode.NotEnoughSpace, e?.Status?.Result);
        Assert.Empty(Directory.GetFileSystemEntries(_share));
    }

    [Fact]
    public async Task A_real_full_disk_is_refused_up_front()
    {
        if (!_mounted)
        {
            return;
        }

        var e = await SendAsync(new byte[300_000], freeSpace: null);

        Assert.Equal(FileXferStatusCode.NotEnoughSpace, e?.Status?.Result);
        Assert.Empty(Directory.GetFileSystemEntries(_share));
    }

    [Fact]
    public async Task A_disk_that_fills_up_mid_transfer_ends_it_with_not_enough_space_and_leaves_no_part_file()
    {
        if (!_mounted)
        {
            return;
        }

        var e = await SendAsync(new byte[300_000], freeSpace: _ => long.MaxValue, thenSmall: true);

        Assert.Equal(FileXferStatusCode.NotEnoughSpace, e?.Status?.Result);
        Assert.Equal(["small.bin"], Directory.GetFileSystemEntries(_share).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_small_file_that_fills_the_disk_when_flushed_ends_with_not_enough_space()
    {
        if (!_mounted)
        {
            return;
        }

        await File.WriteAllBytesAsync(Path.Combine(_share, "filler"), new byte[48 * 1024]);

        var e = await SendAsync(new byte[40_000], freeSpace: _ => long.MaxValue);

        Assert.Equal(FileXferStatusCode.NotEnoughSpace, e?.Status?.Result);
        Assert.Equal(["filler"], Directory.GetFileSystemEntries(_share).Select(Path.GetFileName));
    }

    /// <summary>Sends <paramref name="content"/>; returns how it failed (null: it did not). With <paramref name="thenSmall"/> a small file must still arrive.</summary>
    private async Task<FileTransferException?> SendAsync(byte[] content, Func<string, long>? freeSpace, bool thenSmall = false)
    {
        using var agent = new TestAgent(new SpiceDisplay(64, 48), _share, freeSpace: freeSpace);
        await using var server = new SpiceServer(new SpiceServerOptions { Port = 0, Agent = agent }, new SpiceDisplay(64, 48));
        await server.StartAsync();
        using var cts = new CancellationTokenSource(Timeout);
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port }, null, cts.Token);
        await session.Agent.WaitForAgentAsync(cts.Token);
        FileTransferException? failure = null;
        try
        {
            await session.Agent.SendFileAsync("big.bin", new MemoryStream(content), cancellationToken: cts.Token);
        }
        catch (FileTransferException e)
        {
            failure = e;
        }

        if (thenSmall)
        {
            await session.Agent.SendFileAsync("small.bin", new MemoryStream(new byte[1000]), cancellationToken: cts.Token);
        }

        Assert.Equal(0, agent.Files.Active);
        return failure;
    }
}
