using System.Diagnostics;
using System.Globalization;
using Spice.Codecs.Opus;
using Spice.Interop.Tests.Client;
using Spice.TestSupport.Audio;
using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Audio;

/// <summary>Xspice plays what is written to a FIFO in its audio directory; `spice record-audio` saves it.</summary>
public sealed class XspicePlaybackTests
{
    private const int Seconds = 2;

    [Theory]
    [InlineData("raw")]
    [InlineData("opus")]
    public async Task Record_audio_saves_the_tone_written_to_the_fifo(string codec)
    {
        var fifoDir = PeerTools.NewWorkDir("xspice-audio");
        var fifo = Path.Combine(fifoDir, "tone.fifo");
        await using var x = await XspicePeer.StartAsync(audioFifoDir: fifoDir);

        // Xspice opens FIFOs it sees appear (inotify), not ones already there when it starts
        var made = await ProcessRunner.RunAsync("mkfifo", [fifo], TimeSpan.FromSeconds(10));
        Assert.True(made.Succeeded, made.Describe());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var writer = WriteToneAsync(fifo, 440, stop.Token);
        var path = Path.Combine(PeerTools.NewWorkDir("record-audio"), $"xspice-{codec}.wav");
        try
        {
            var result = await SpiceCli.RunAsync(TimeSpan.FromSeconds(60), "record-audio", $"spice://{x.Host}:{x.Port}", "-o", path, "--seconds", Seconds.ToString(CultureInfo.InvariantCulture), "--codec", codec);
            Assert.True(result.Succeeded, result.Describe() + "\n" + Tail(x.XorgLogPath));
            Assert.Contains($"({codec}, 48000 Hz, 2 channels", result.StdOut, StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            await writer.WaitAsync(TimeSpan.FromSeconds(10));
        }

        var samples = WavFile.Decode(await File.ReadAllBytesAsync(path), out _, out _);
        Assert.Equal(Seconds * 48_000 * 2, samples.Length);
        Assert.InRange(ToneAnalysis.DominantFrequency(samples), 438, 442);
        Assert.True(AudioLevel.Rms(samples) > 0.05, $"RMS {AudioLevel.Rms(samples):F3}: mostly silence");
    }

    /// <summary>Writes 48 kHz stereo S16LE to the FIFO in real time until cancelled.</summary>
    private static Task WriteToneAsync(string fifo, double frequency, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        try
        {
            // read-write: opening a FIFO so never waits for the reader, and writes block only when it is full
            await using var stream = new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
            var tone = new SineWave(frequency);
            var frame = new short[AudioFrame.Samples];
            var bytes = new byte[AudioFrame.RawBytes];
            var started = Stopwatch.GetTimestamp();
            long written = 0;
            while (!cancellationToken.IsCancellationRequested)
            {
                tone.Fill(frame);
                RawPcm.Write(frame, bytes);
                await stream.WriteAsync(bytes, cancellationToken);
                written += frame.Length;
                var ahead = TimeSpan.FromMilliseconds(AudioFrame.Milliseconds(written)) - Stopwatch.GetElapsedTime(started) - TimeSpan.FromMilliseconds(100);
                if (ahead > TimeSpan.Zero)
                {
                    await Task.Delay(ahead, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    });

    private static string Tail(string path) =>
        File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(20)) : "(no Xorg log)";
}
