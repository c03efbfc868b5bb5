using Spice.Client.Audio;
using Spice.Codecs;
using Spice.Codecs.Opus;

namespace Spice.Cli.Commands;

/// <summary>spice play-audio URI IN.wav: sends a WAV file as the microphone, in real time, once the server records.</summary>
internal sealed class PlayAudioCommand : ICommand
{
    private static readonly Dictionary<string, string> Options = ClientOptions.With(("--codec", "--codec"));

    public string Name => "play-audio";

    public string Usage => "play-audio URI|FILE.vv IN.wav [--codec opus|raw] [--password P] [--timeout S] [--verbose]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, Options, ClientOptions.Flags);
        line.ExpectPositionals(2, "URI and IN.wav");
        var opus = RecordAudioCommand.IsOpus(line);
        short[] samples;
        try
        {
            var file = await File.ReadAllBytesAsync(line.Positionals[1], cancellationToken).ConfigureAwait(false);
            samples = PcmConversion.ToSpiceFormat(WavFile.Decode(file, out var rate, out var channels), rate, channels);
        }
        catch (CodecException e)
        {
            throw new UsageException($"{line.Positionals[1]}: {e.Message}", e);
        }

        var duration = TimeSpan.FromMilliseconds(AudioFrame.Milliseconds(samples.Length));
        var timeout = ClientOptions.Timeout(line, duration + TimeSpan.FromSeconds(60));
        var connection = await ClientConnection.OpenAsync(line, timeout, cancellationToken, o => o with { OpusAudio = opus }).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var session = connection.Session;
            var deadline = connection.Deadline;
            var record = session.Record ?? throw new IOException("the server offers no record channel");
            var source = new PcmAudioSource(samples);
            record.Source = source;
            try
            {
                while (!record.Recording)
                {
                    await Task.Delay(50, deadline).ConfigureAwait(false);
                }

                while (source.Position < samples.Length || !record.Drained.IsCompleted)
                {
                    await Task.WhenAny(record.Drained, Task.Delay(100, deadline)).ConfigureAwait(false);
                    deadline.ThrowIfCancellationRequested();
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(record.Recording
                    ? $"sent {AudioFrame.Milliseconds(source.Position) / 1000:0.##} of {duration.TotalSeconds:0.##} s within {timeout.TotalSeconds:0.#} s"
                    : $"the server did not start recording within {timeout.TotalSeconds:0.#} s");
            }

            var mode = record.Mode.ToString().ToLowerInvariant();
            await Console.Out.WriteLineAsync($"sent {duration.TotalSeconds:0.00} s ({mode}, {record.PacketsSent} packets)").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
