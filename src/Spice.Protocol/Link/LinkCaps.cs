using System.Buffers.Binary;
using Spice.Protocol.Framing;

namespace Spice.Protocol.Link;

/// <summary>The num_common_caps / num_channel_caps / caps_offset tail shared by SpiceLinkMess and SpiceLinkReply.</summary>
internal static class LinkCaps
{
    public static (Capabilities Common, Capabilities Channel) Read(ReadOnlySpan<byte> message, uint numCommon, uint numChannel, uint capsOffset, int fixedSize)
    {
        if (numCommon > ProtocolLimits.MaxCapsWords || numChannel > ProtocolLimits.MaxCapsWords)
        {
            throw new SpiceProtocolException($"too many capability words ({numCommon}+{numChannel})", LinkError.InvalidData);
        }

        var capsBytes = (numCommon + numChannel) * 4;
        if (capsBytes > 0 && (capsOffset < fixedSize || capsOffset > message.Length || message.Length - capsOffset < capsBytes))
        {
            throw new SpiceProtocolException($"capabilities at offset {capsOffset} overrun a {message.Length}-byte link message", LinkError.InvalidData);
        }

        return (Words(message, capsOffset, numCommon), Words(message, capsOffset + (numCommon * 4), numChannel));
    }

    public static void Write(SpiceWriter w, Capabilities common, Capabilities channel, int fixedSize)
    {
        var commonWords = common.ToWords();
        var channelWords = channel.ToWords();
        w.WriteUInt32((uint)commonWords.Length);
        w.WriteUInt32((uint)channelWords.Length);
        w.WriteUInt32((uint)fixedSize);
        foreach (var word in commonWords)
        {
            w.WriteUInt32(word);
        }

        foreach (var word in channelWords)
        {
            w.WriteUInt32(word);
        }
    }

    public static int WireSize(Capabilities common, Capabilities channel, int fixedSize) =>
        fixedSize + (4 * (common.WordCount + channel.WordCount));

    private static Capabilities Words(ReadOnlySpan<byte> message, uint offset, uint count)
    {
        Span<uint> words = stackalloc uint[(int)count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt32LittleEndian(message.Slice((int)offset + (i * 4), 4));
        }

        return Capabilities.FromWords(words);
    }
}
