using Spice.Client;
using Spice.Codecs.Opus;

namespace Spice.Server.Tests.Audio;

/// <summary>Playback packets a client got: samples, the server's time on each, the client's clock on arrival.</summary>
internal sealed class Received(SpiceSession session)
{
    private readonly Lock _gate = new();
    private readonly List<short> _samples = [];
    private readonly List<(uint Time, uint Clock, int Samples)> _packets = [];

    public int SampleCount
    {
        get
        {
            lock (_gate)
            {
                return _samples.Count;
            }
        }
    }

    public void Add(uint time, ReadOnlySpan<short> samples)
    {
        var clock = session.MultimediaTime;
        lock (_gate)
        {
            _samples.AddRange(samples);
            _packets.Add((time, clock, samples.Length));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _samples.Clear();
            _packets.Clear();
        }
    }

    public short[] Samples()
    {
        lock (_gate)
        {
            return [.. _samples];
        }
    }

    /// <summary>
    /// The stamped times cover exactly the audio received, and the stream keeps pace with the
    /// client's clock: how far arrival trails the stamp changes by less than the drift allowed.
    /// </summary>
    public void AssertTimeline(double maxDriftPercent)
    {
        (uint Time, uint Clock, int Samples)[] packets;
        lock (_gate)
        {
            packets = [.. _packets];
        }

        var audioMs = AudioFrame.Milliseconds(packets.Sum(p => p.Samples));
        var stampedMs = packets[^1].Time - packets[0].Time + AudioFrame.DurationMs;
        Assert.True(Math.Abs(stampedMs - audioMs) / audioMs * 100 < maxDriftPercent, $"{audioMs} ms of audio stamped over {stampedMs} ms");

        var steady = packets;
        var quarter = steady.Length / 4;
        var early = Median(steady[..quarter].Select(p => (double)(int)(p.Clock - p.Time)));
        var late = Median(steady[^quarter..].Select(p => (double)(int)(p.Clock - p.Time)));
        var drift = Math.Abs(late - early) / AudioFrame.Milliseconds(steady.Sum(p => p.Samples)) * 100;
        Assert.True(drift < maxDriftPercent, $"arrival lag went from {early} ms to {late} ms over {audioMs} ms ({drift:F2} %)");
        Assert.InRange(early, -50, 500);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
