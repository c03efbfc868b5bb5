using Spice.TestSupport.Peers;

namespace Spice.TestSupport.Audio;

/// <summary>
/// A headless PulseAudio (user mode, run as whoever runs the tests, root included) with one null
/// sink "spice" at 48 kHz stereo and an anonymous unix socket; clients reach it through
/// <see cref="ClientEnvironment"/>, and <see cref="RecordAsync"/> captures the sink's monitor with parec.
/// </summary>
public sealed class PulseAudioPeer : IAsyncDisposable
{
    private readonly PeerProcess _daemon;

    private PulseAudioPeer(PeerProcess daemon, string dir)
    {
        _daemon = daemon;
        WorkDir = dir;
    }

    public string WorkDir { get; }

    public string Socket => Path.Combine(WorkDir, "native");

    /// <summary>PULSE_SERVER (and a private HOME) for a client process that should play into the null sink.</summary>
    public IReadOnlyDictionary<string, string> ClientEnvironment => new Dictionary<string, string>
    {
        ["PULSE_SERVER"] = "unix:" + Socket,
        ["PULSE_SINK"] = "spice",
        ["HOME"] = WorkDir,
        ["XDG_RUNTIME_DIR"] = WorkDir,
    };

    public static async Task<PulseAudioPeer> StartAsync()
    {
        PeerTools.Require("pulseaudio", "pactl", "parec");
        var dir = PeerTools.NewWorkDir("pulse");
        var socket = Path.Combine(dir, "native");
        var env = new Dictionary<string, string> { ["HOME"] = dir, ["XDG_RUNTIME_DIR"] = dir, ["PULSE_RUNTIME_PATH"] = dir };
        var daemon = ProcessRunner.Start("pulseaudio", "pulseaudio",
            ["-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "--disallow-exit", "--log-target=stderr",
             "-L", "module-null-sink sink_name=spice rate=48000 channels=2",
             "-L", $"module-native-protocol-unix socket={socket} auth-anonymous=1"],
            Path.Combine(dir, "pulseaudio.log"), env);
        var peer = new PulseAudioPeer(daemon, dir);
        try
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (true)
            {
                daemon.ThrowIfExited("starting");
                if (File.Exists(socket))
                {
                    var info = await ProcessRunner.RunAsync("pactl", ["list", "short", "sinks"], TimeSpan.FromSeconds(10), peer.ClientEnvironment);
                    if (info.Succeeded && info.StdOut.Contains("spice", StringComparison.Ordinal))
                    {
                        return peer;
                    }
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"PulseAudio did not come up in 20 s:\n{daemon.LogTail()}");
                }

                await Task.Delay(100);
            }
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    /// <summary>Records the null sink's monitor (what clients play) for <paramref name="duration"/>: 48 kHz stereo S16.</summary>
    public async Task<short[]> RecordAsync(TimeSpan duration)
    {
        var raw = Path.Combine(WorkDir, $"monitor-{DateTime.Now:HHmmss-fff}.raw");
        var result = await ProcessRunner.RunAsync("timeout", [duration.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), "parec",
            "-d", "spice.monitor", "--rate=48000", "--channels=2", "--format=s16le", "--raw", "--latency-msec=20", raw],
            duration + TimeSpan.FromSeconds(15), ClientEnvironment);
        if (!File.Exists(raw))
        {
            throw new IOException($"parec wrote nothing: {result.Describe()}");
        }

        var bytes = await File.ReadAllBytesAsync(raw);
        var samples = new short[bytes.Length / 2];
        Buffer.BlockCopy(bytes, 0, samples, 0, samples.Length * 2);
        return samples;
    }

    /// <summary>Names of the clients playing into the sink right now (pactl sink-inputs).</summary>
    public async Task<string> SinkInputsAsync()
    {
        var r = await ProcessRunner.RunAsync("pactl", ["list", "sink-inputs"], TimeSpan.FromSeconds(10), ClientEnvironment);
        return r.StdOut;
    }

    /// <summary>
    /// Makes a <paramref name="frequency"/> Hz tone the default source, what clients record: a
    /// module-sine playing into a second null sink "mic", whose monitor is the source. Not
    /// module-sine-source: its latency is fixed at 2 s, so it posts two seconds of audio at once,
    /// and a recording stream with a GStreamer-sized buffer (pulsesrc's 200 ms) overflows and
    /// keeps about a tenth of it. A null sink's monitor follows the latency its reader asks for.
    /// </summary>
    public async Task UseSineSourceAsync(int frequency)
    {
        await PactlAsync("load-module", "module-null-sink", "sink_name=mic", "rate=48000", "channels=2");
        await PactlAsync("load-module", "module-sine", "sink=mic", $"frequency={frequency}");
        await PactlAsync("set-default-source", "mic.monitor");
    }

    private async Task PactlAsync(params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("pactl", arguments, TimeSpan.FromSeconds(10), ClientEnvironment);
        if (!result.Succeeded)
        {
            throw new IOException($"pactl {string.Join(' ', arguments)}: {result.Describe()}");
        }
    }

    /// <summary>Names of the clients recording right now (pactl source-outputs).</summary>
    public async Task<string> SourceOutputsAsync()
    {
        var r = await ProcessRunner.RunAsync("pactl", ["list", "source-outputs"], TimeSpan.FromSeconds(10), ClientEnvironment);
        return r.StdOut;
    }

    public ValueTask DisposeAsync() => _daemon.DisposeAsync();
}
