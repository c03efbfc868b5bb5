namespace Spice.TestSupport.Peers;

/// <summary>spice-gtk's spicy-screenshot: connects, waits for the primary surface, writes it as PPM.</summary>
public static class SpicyScreenshot
{
    /// <summary>Runs the tool; returns the raw result (exit code and output), e.g. for wrong-password checks.</summary>
    public static async Task<ProcessRunnerResult> RunAsync(string host, int port, string? password, TimeSpan timeout, string outPpm)
    {
        PeerTools.Require("spicy-screenshot");
        var args = new List<string> { "-h", host, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", outPpm };
        if (password is not null)
        {
            args.AddRange(["-w", password]);
        }
        return await ProcessRunner.RunAsync("spicy-screenshot", args, timeout);
    }

    /// <summary>The exit code only (a wrong password gives 1).</summary>
    public static async Task<int> ExitCodeAsync(string host, int port, string? password, TimeSpan timeout)
    {
        var dir = PeerTools.NewWorkDir("spicy-screenshot");
        var r = await RunAsync(host, port, password, timeout, Path.Combine(dir, "shot.ppm"));
        await File.WriteAllTextAsync(Path.Combine(dir, "output.log"), r.Describe(200));
        return r.TimedOut ? -1 : r.ExitCode;
    }

    /// <summary>A screenshot of the server's primary surface; throws with the tool's output on failure.</summary>
    public static async Task<PeerImage> CaptureAsync(string host, int port, string? password = null, TimeSpan? timeout = null)
    {
        var dir = PeerTools.NewWorkDir("spicy-screenshot");
        var ppm = Path.Combine(dir, "shot.ppm");
        var r = await RunAsync(host, port, password, timeout ?? TimeSpan.FromSeconds(30), ppm);
        await File.WriteAllTextAsync(Path.Combine(dir, "output.log"), r.Describe(200));
        if (!r.Succeeded || !File.Exists(ppm))
        {
            throw new InvalidOperationException($"spicy-screenshot of {host}:{port} failed: {r.Describe()}");
        }
        return PpmReader.Read(ppm);
    }

    public static Task<PeerImage> CaptureAsync(QemuPeer qemu, TimeSpan? timeout = null) =>
        CaptureAsync(qemu.Host, qemu.Port, qemu.Options.Password, timeout);
}
