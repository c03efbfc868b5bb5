using BenchmarkDotNet.Attributes;
using Spice.Client;
using Spice.Client.Connection;
using Spice.Codecs.Opus;
using Spice.Server;

namespace Spice.Benchmarks;

/// <summary>
/// End-to-end latency of one 10 ms frame on loopback: <see cref="SpiceAudio.PushPlayback(ReadOnlySpan{short})"/>
/// on our server until our client's playback channel delivers it decoded (raw or Opus).
/// </summary>
public class AudioLatencyBenchmarks
{
    private readonly short[] _frame = SineWave.Generate(440, 0.01);
    private readonly SemaphoreSlim _delivered = new(0);
    private SpiceServer _server = null!;
    private SpiceSession _session = null!;

    [Params(false, true)]
    public bool Opus { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _server = new SpiceServer(new SpiceServerOptions { Port = 0 }, new SpiceDisplay(64, 48));
        _server.Audio.OpusEnabled = Opus;
        await _server.StartAsync();
        _session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = _server.Port, OpusAudio = Opus });
        var playback = _session.Playback ?? throw new InvalidOperationException("no playback channel");
        playback.Audio += (_, _) => _delivered.Release();
        while (_server.Audio.PlaybackClients == 0)
        {
            await Task.Delay(10);
        }
    }

    [Benchmark]
    public async Task PushToDeliver()
    {
        _server.Audio.PushPlayback(_frame);
        await _delivered.WaitAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _session.DisposeAsync();
        await _server.DisposeAsync();
    }
}
