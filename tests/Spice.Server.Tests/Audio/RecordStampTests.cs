using System.Diagnostics;
using Spice.Client.Audio;
using Spice.Codecs.Opus;

namespace Spice.Server.Tests.Audio;

/// <summary>How our client stamps record packets when its microphone stalls, as our server receives them.</summary>
public sealed class RecordStampTests
{
    [Fact]
    public async Task A_stall_that_catches_up_keeps_10_ms_steps_and_lost_audio_restarts_the_stamps()
    {
        await using var server = await TestServer.StartAsync(password: null);
        var audio = server.Server.Audio;
        var stamps = new List<uint>();
        audio.Recorded += (_, time, _) =>
        {
            lock (stamps)
            {
                stamps.Add(time);
            }
        };
        await using var session = await AudioLoopbackTests.ConnectAsync(server, opus: false);
        var record = session.Record!;
        await AudioLoopbackTests.WaitUntilAsync(() => audio.RecordClients == 1);
        var source = new StallingSource();
        record.Source = source;

        audio.StartRecording();
        await record.Drained.WaitAsync(TimeSpan.FromSeconds(30));
        await AudioLoopbackTests.WaitUntilAsync(() => Count(stamps) == StallingSource.Frames);

        uint[] got;
        lock (stamps)
        {
            got = [.. stamps];
        }

        var steps = got.Zip(got.Skip(1), (a, b) => (int)(b - a)).ToArray();
        var jumps = steps.Select((step, i) => (step, i)).Where(s => s.step != AudioFrame.DurationMs).ToArray();
        var jump = Assert.Single(jumps);
        Assert.Equal(StallingSource.LostAt - 1, jump.i);
        Assert.InRange(jump.step, 2000, 6000);
    }

    private static int Count(List<uint> stamps)
    {
        lock (stamps)
        {
            return stamps.Count;
        }
    }

    /// <summary>
    /// 3 s of 10 ms frames on a schedule: real time, then 400 ms of nothing followed by a burst of
    /// the frames it held (a capture thread that caught up), then a 3 s pause whose audio is gone.
    /// </summary>
    private sealed class StallingSource : IAudioSource
    {
        public const int Frames = 300;

        public const int LostAt = 200;

        private readonly short[] _frame = SineWave.Generate(440, 0.01);
        private long _started;
        private int _next;

        public async ValueTask<int> ReadAsync(Memory<short> buffer, CancellationToken cancellationToken)
        {
            if (_next == Frames)
            {
                return 0;
            }

            if (_started == 0)
            {
                _started = Stopwatch.GetTimestamp();
            }

            var wait = Due(_next) - Stopwatch.GetElapsedTime(_started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            _frame.CopyTo(buffer.Span);
            _next++;
            return _frame.Length;
        }

        private static TimeSpan Due(int frame) => TimeSpan.FromMilliseconds(frame switch
        {
            >= 100 and < 140 => 1400,
            >= LostAt => ((frame + 1) * 10) + 3000,
            _ => (frame + 1) * 10,
        });
    }
}
