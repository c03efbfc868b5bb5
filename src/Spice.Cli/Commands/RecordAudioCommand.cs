using Spice.Client.Audio;
using Spice.Codecs.Opus;

namespace Spice.Cli.Commands;

/// <summary>spice record-audio URI -o OUT.wav --seconds N: saves what the server plays, as 16-bit PCM WAV.</summary>
internal sealed class RecordAudioCommand : ICommand
{
    private static readonly Dictionary<string, string> Options = ClientOptions.With(
        ("--output", "--output"), ("-o", "--output"), ("--seconds", "--seconds"), ("-s", "--seconds"), ("--codec", "--codec"));

    public string Name => "record-audio";

    public string Usage => "record-audio URI|FILE.vv -o OUT.wav [--seconds N] [--codec opus|raw] [--password P] [--timeout S] [--verbose]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, Options, ClientOptions.Flags);
        line.ExpectPositionals(1, "URI");
        var output = line.Get("--output") ?? throw new UsageException("missing -o OUT.wav");
        var seconds = line.GetSeconds("--seconds") ?? TimeSpan.FromSeconds(5);
        var opus = IsOpus(line);
        var timeout = ClientOptions.Timeout(line, seconds + TimeSpan.FromSeconds(30));
        var connection = await ClientConnection.OpenAsync(line, timeout, cancellationToken, o => o with { OpusAudio = opus }).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var session = connection.Session;
            var deadline = connection.Deadline;
            var playback = session.Playback ?? throw new IOException("the server offers no playback channel");
            var recorder = new WavRecorder(seconds);
            playback.Audio += recorder.Add;
            try
            {
                await recorder.Done.WaitAsync(deadline).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"got {recorder.Seconds(playback.Frequency, playback.Channels):0.##} s of audio in {timeout.TotalSeconds:0.#} s, wanted {seconds.TotalSeconds:0.##} s");
            }
            finally
            {
                playback.Audio -= recorder.Add;
            }

            var samples = recorder.Take((int)playback.Frequency, (int)playback.Channels);
            await File.WriteAllBytesAsync(output, WavFile.Encode(samples, (int)playback.Frequency, (int)playback.Channels), cancellationToken).ConfigureAwait(false);
            var mode = playback.Mode.ToString().ToLowerInvariant();
            await Console.Out.WriteLineAsync($"recorded {samples.Length / (double)playback.Channels / playback.Frequency:0.00} s ({mode}, {playback.Frequency} Hz, {playback.Channels} channels, {playback.PacketsDelivered} packets, {playback.PacketsDropped} dropped) to {output}").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    /// <summary>--codec opus|raw: whether the client announces Opus (the server then picks it) or not.</summary>
    internal static bool IsOpus(CommandLine line) => line.Get("--codec") switch
    {
        null or "opus" => true,
        "raw" => false,
        var other => throw new UsageException($"--codec must be opus or raw, got '{other}'"),
    };

    /// <summary>Collects packets from the read loop until enough seconds are in.</summary>
    private sealed class WavRecorder(TimeSpan wanted)
    {
        private readonly Lock _gate = new();
        private readonly List<short> _samples = [];
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Done => _done.Task;

        public void Add(uint time, ReadOnlySpan<short> samples)
        {
            lock (_gate)
            {
                _samples.AddRange(samples);
                if (_samples.Count >= wanted.TotalSeconds * AudioFrame.SampleRate * AudioFrame.Channels)
                {
                    _done.TrySetResult();
                }
            }
        }

        public double Seconds(uint frequency, uint channels)
        {
            lock (_gate)
            {
                return _samples.Count / (double)(frequency * channels);
            }
        }

        public short[] Take(int frequency, int channels)
        {
            lock (_gate)
            {
                var count = (int)Math.Min(_samples.Count, wanted.TotalSeconds * frequency * channels);
                return [.. _samples.GetRange(0, count - (count % channels))];
            }
        }
    }
}
