using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Framing;
using Spice.Protocol.Messages.Display;

namespace Spice.Fuzz.Client;

/// <summary>
/// Every client channel's read loop and message dispatch fed framed messages, valid, mutated and
/// noise, in random pieces: the channel must end its script closing cleanly or with a protocol
/// error it handled; an escaped exception or a hang shows as a channel that never closes.
/// </summary>
public sealed class ChannelDispatchFuzzTests
{
    private const int Iterations = 150;

    /// <summary>A primary surface first, so mutated drawing commands reach the canvas rather than "no such surface".</summary>
    private static readonly ISpiceMessage[] DisplayPrefix =
    [
        new SurfaceCreate { SurfaceId = 0, Width = 96, Height = 64, Format = SurfaceFormat.Rgb32_xRGB, Flags = SurfaceFlags.Primary },
    ];

    [Theory]
    [InlineData(ChannelType.Main)]
    [InlineData(ChannelType.Display)]
    [InlineData(ChannelType.Cursor)]
    [InlineData(ChannelType.Inputs)]
    public async Task Mutated_and_noise_messages_end_in_a_handled_close(ChannelType channel)
    {
        Assert.NotEmpty(ScriptBuilder.Samples(channel));
        var failures = new List<string>();
        var (clean, refused) = (0, 0);
        for (var seed = 0; seed < Iterations; seed++)
        {
            var random = new Random((int)channel * 100_000 + seed);
            var script = ScriptBuilder.Build(random, channel, channel == ChannelType.Display ? DisplayPrefix : [], 24);
            try
            {
                var closed = await ChannelHarness.RunAsync(channel, script, seed);
                if (closed is not null and not SpiceProtocolException)
                {
                    failures.Add($"seed {seed}: closed with {closed.GetType().Name}: {closed.Message}");
                }

                clean += closed is null ? 1 : 0;
                refused += closed is SpiceProtocolException ? 1 : 0;
            }
            catch (TimeoutException)
            {
                failures.Add($"seed {seed}: the channel never closed ({script.Length} bytes)");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(10)));
        Assert.True(clean > Iterations / 2 && refused > 0, $"{clean} clean closes, {refused} protocol errors (cut-off scripts): the scripts are not what this target means to test");
    }

    [Theory]
    [InlineData(ChannelType.Main)]
    [InlineData(ChannelType.Display)]
    [InlineData(ChannelType.Cursor)]
    [InlineData(ChannelType.Inputs)]
    public async Task Valid_samples_close_cleanly(ChannelType channel)
    {
        var samples = ScriptBuilder.Samples(channel).Where(m => m is not Spice.Protocol.Messages.Common.Disconnecting).ToArray();
        using var w = new SpiceWriter();
        foreach (var message in channel == ChannelType.Display ? [.. DisplayPrefix, .. samples] : samples)
        {
            FrameWriter.Write(w, message, mini: true);
        }

        var closed = await ChannelHarness.RunAsync(channel, w.ToArray(), seed: 1);

        Assert.Null(closed);
    }

    [Fact]
    public async Task Pure_noise_ends_in_a_handled_close()
    {
        var random = new Random(99);
        foreach (var channel in new[] { ChannelType.Main, ChannelType.Display, ChannelType.Cursor, ChannelType.Inputs })
        {
            for (var i = 0; i < 40; i++)
            {
                var noise = new byte[random.Next(1, 3000)];
                random.NextBytes(noise);
                var closed = await ChannelHarness.RunAsync(channel, noise, i);
                Assert.True(closed is null or SpiceProtocolException, $"{channel} #{i}: {closed}");
            }
        }
    }
}
