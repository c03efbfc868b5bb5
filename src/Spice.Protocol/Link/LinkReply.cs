using Spice.Protocol.Framing;

namespace Spice.Protocol.Link;

/// <summary>SpiceLinkReply: error code, the server's RSA public key for the ticket, and server capabilities.</summary>
public sealed record LinkReply
{
    /// <summary>SPICE_TICKET_PUBKEY_BYTES: a DER SubjectPublicKeyInfo of a 1024-bit RSA key.</summary>
    public const int PublicKeySize = 162;

    /// <summary>error u32, pub_key[162], three u32 caps fields.</summary>
    public const int FixedSize = 4 + PublicKeySize + 12;

    public LinkError Error { get; init; }

    public ReadOnlyMemory<byte> PubKey { get; init; } = new byte[PublicKeySize];

    public Capabilities CommonCaps { get; init; } = new();

    public Capabilities ChannelCaps { get; init; } = new();

    /// <summary>A refusal is the bare fixed part; only an accepted link carries capabilities.</summary>
    public int WireSize => Error == LinkError.Ok ? LinkCaps.WireSize(CommonCaps, ChannelCaps, FixedSize) : FixedSize;

    public static LinkReply Read(ReadOnlySpan<byte> message)
    {
        if (message.Length < FixedSize)
        {
            throw new SpiceProtocolException($"link reply needs {FixedSize} bytes, got {message.Length}", LinkError.InvalidData);
        }

        var r = new SpiceReader(message);
        var error = (LinkError)r.ReadUInt32();
        var key = r.ReadBytes(PublicKeySize).ToArray();
        var (common, channel) = LinkCaps.Read(message, r.ReadUInt32(), r.ReadUInt32(), r.ReadUInt32(), FixedSize);
        return new LinkReply { Error = error, PubKey = key, CommonCaps = common, ChannelCaps = channel };
    }

    public void Write(SpiceWriter w)
    {
        if (Error != LinkError.Ok)
        {
            // spice-server zeroes a refusal past the error: no key, no caps, and caps_offset 0 too.
            w.WriteUInt32((uint)Error);
            w.Reserve(FixedSize - 4);
            return;
        }

        if (PubKey.Length != PublicKeySize)
        {
            throw new InvalidOperationException($"public key must be {PublicKeySize} bytes, is {PubKey.Length}");
        }

        w.WriteUInt32((uint)Error);
        w.WriteBytes(PubKey.Span);
        LinkCaps.Write(w, CommonCaps, ChannelCaps, FixedSize);
    }

    public void WriteWithHeader(SpiceWriter w)
    {
        LinkHeader.ForSize(WireSize).Write(w);
        Write(w);
    }

    /// <summary>The reply a server sends when it refuses a link: the error, then zeros (reds_send_link_error).</summary>
    public static LinkReply Failure(LinkError error) => new() { Error = error };
}
