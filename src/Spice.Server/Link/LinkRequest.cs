using System.Buffers.Binary;
using Spice.Protocol;
using Spice.Server.Wire;

namespace Spice.Server.Link;

/// <summary>
/// What a client asked for in its SpiceLinkMess:
/// <code>
/// uint32 connection_id | uint8 channel_type | uint8 channel_id
/// uint32 num_common_caps | uint32 num_channel_caps | uint32 caps_offset | caps...
/// </code>
/// </summary>
internal sealed record LinkRequest(uint ConnectionId, byte ChannelType, byte ChannelId, Capabilities CommonCaps, Capabilities ChannelCaps)
{
    public const int FixedSize = 18;
    public const int MaxCapsWords = 1024;

    public static LinkRequest Parse(ReadOnlySpan<byte> body)
    {
        if (body.Length < FixedSize)
        {
            throw new LinkRefusedException(LinkError.InvalidData, $"link message of {body.Length} bytes is shorter than {FixedSize}");
        }

        var r = new SpanReader(body);
        var connectionId = r.UInt32();
        var channelType = r.Byte();
        var channelId = r.Byte();
        var commonCount = r.UInt32();
        var channelCount = r.UInt32();
        var capsOffset = r.UInt32();
        if (commonCount > MaxCapsWords || channelCount > MaxCapsWords)
        {
            throw new LinkRefusedException(LinkError.InvalidData, $"{commonCount}+{channelCount} capability words exceed the limit");
        }

        var total = (long)(commonCount + channelCount);
        if (total > 0 && (capsOffset < FixedSize || capsOffset + (total * 4) > body.Length))
        {
            throw new LinkRefusedException(LinkError.InvalidData, "capabilities lie outside the link message");
        }

        var caps = body[(int)Math.Min(capsOffset, (uint)body.Length)..];
        var common = ReadCaps(caps, (int)commonCount);
        var channel = ReadCaps(caps[(int)(commonCount * 4)..], (int)channelCount);
        return new LinkRequest(connectionId, channelType, channelId, common, channel);
    }

    private static Capabilities ReadCaps(ReadOnlySpan<byte> source, int count)
    {
        var words = new uint[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt32LittleEndian(source[(i * 4)..]);
        }

        return Capabilities.FromWords(words);
    }
}
