using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Harness;

/// <summary>Small harness pieces that need no peer.</summary>
public sealed class PeerToolsTests
{
    [Fact]
    public void Require_names_the_missing_program_and_the_install_script()
    {
        var e = Assert.Throws<InvalidOperationException>(() => PeerTools.Require("sh", "no-such-peer-binary-xyz"));
        Assert.Contains("no-such-peer-binary-xyz", e.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/install-peers.sh", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sh,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ppm_reader_decodes_rgb_into_bgra()
    {
        var header = "P6\n# c\n2 1\n255\n"u8.ToArray();
        var img = PpmReader.Decode([.. header, 1, 2, 3, 250, 251, 252]);
        Assert.Equal((2, 1), (img.Width, img.Height));
        Assert.Equal(new byte[] { 3, 2, 1, 255, 252, 251, 250, 255 }, img.Bgra);
    }

    [Fact]
    public async Task Process_runner_bounds_the_wait_and_reports_exit_codes()
    {
        var slow = await ProcessRunner.RunAsync("sleep", TimeSpan.FromMilliseconds(300), "30");
        Assert.True(slow.TimedOut);
        var fail = await ProcessRunner.RunAsync("sh", TimeSpan.FromSeconds(10), "-c", "echo out; echo err >&2; exit 3");
        Assert.Equal((3, "out\n", "err\n"), (fail.ExitCode, fail.StdOut, fail.StdErr));
    }

    [Fact]
    public async Task Started_process_and_its_children_die_on_dispose()
    {
        var log = Path.Combine(PeerTools.NewWorkDir("runner-test"), "sh.log");
        var p = ProcessRunner.Start("sh-tree", "sh", ["-c", "sleep 300 & sleep 300 & echo started; wait"], log);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (p.Descendants().Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        var children = p.Descendants();
        Assert.Equal(2, children.Count);
        await p.DisposeAsync();
        Assert.True(p.HasExited);
        Assert.All(children, c => Assert.False(PeerTools.IsAlive(c), $"child {c} still alive"));
    }

    [Fact]
    public void Free_port_and_display_are_free()
    {
        var port = FreePort.Get();
        Assert.InRange(port, 1024, 65535);
        Assert.False(FreePort.IsListening(port));
        var d = XDisplay.Allocate();
        Assert.NotEqual(d, XDisplay.Allocate());
        Assert.False(File.Exists($"/tmp/.X{d}-lock"));
    }
}
