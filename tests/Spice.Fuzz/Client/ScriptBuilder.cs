using Spice.Protocol;
using Spice.Protocol.Framing;
using Spice.Protocol.Messages;
using Spice.Protocol.Samples;

namespace Spice.Fuzz.Client;

/// <summary>Builds what a hostile or broken server might send on one channel: framed messages, valid, mutated or noise.</summary>
internal static class ScriptBuilder
{
    /// <summary>Sample messages a server sends on <paramref name="channel"/>, common ones included.</summary>
    public static IReadOnlyList<ISpiceMessage> Samples(ChannelType channel) =>
        [.. ProtocolSamples.All.Where(s => s.FromServer && (s.Channel == channel || s.Message.MessageType < 100)).Select(s => s.Message)];

    /// <summary>Message types a server may send on <paramref name="channel"/>.</summary>
    public static IReadOnlyList<ushort> Types(ChannelType channel) =>
        [.. MessageCatalog.ServerMessageTypes.Where(t => t.Channel is null || t.Channel == channel).Select(t => t.Type).Distinct()];

    /// <summary>
    /// 1..<paramref name="maxMessages"/> framed messages after <paramref name="prefix"/>: mostly mutated samples,
    /// some noise bodies for known types, a few unknown types; sometimes cut off in the middle of the last one.
    /// </summary>
    public static byte[] Build(Random random, ChannelType channel, IReadOnlyList<ISpiceMessage> prefix, int maxMessages)
    {
        var samples = Samples(channel);
        var types = Types(channel);
        using var w = new SpiceWriter();
        foreach (var message in prefix)
        {
            FrameWriter.Write(w, message, mini: true);
        }

        var count = random.Next(1, maxMessages + 1);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(10);
            if (pick < 6 && samples.Count > 0)
            {
                var sample = samples[random.Next(samples.Count)];
                var body = SpiceMessage.ToBytes(sample);
                FrameWriter.WriteRaw(w, sample.MessageType, random.Next(4) == 0 ? body : BodyMutator.Mutate(random, body), mini: true);
            }
            else
            {
                var type = pick < 9 ? types[random.Next(types.Count)] : (ushort)random.Next(ushort.MaxValue + 1);
                var noise = new byte[random.Next(0, 200)];
                random.NextBytes(noise);
                FrameWriter.WriteRaw(w, type, noise, mini: true);
            }
        }

        var script = w.ToArray();
        return random.Next(8) == 0 && script.Length > 1 ? script[..random.Next(1, script.Length)] : script;
    }
}
