using System.Buffers;

namespace Spice.Protocol.Framing;

/// <summary>Splits a byte stream into SPICE data messages (header + body).</summary>
public static class FrameReader
{
    /// <summary>
    /// Takes one whole message off the front of <paramref name="buffer"/>. Returns false when more
    /// data is needed (buffer untouched). Throws as soon as the header announces a body larger than
    /// <paramref name="maxMessageSize"/>, before any of it is buffered.
    /// </summary>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, bool mini, out MessageHeader header, out ReadOnlySequence<byte> body, int maxMessageSize = ProtocolLimits.MaxMessageSize)
    {
        body = default;
        header = default;
        var headerSize = MessageHeader.SizeOf(mini);
        if (buffer.Length < headerSize)
        {
            return false;
        }

        Span<byte> raw = stackalloc byte[MessageHeader.FullSize];
        buffer.Slice(0, headerSize).CopyTo(raw);
        var parsed = MessageHeader.Read(raw[..headerSize], mini);
        if (parsed.Size > (uint)maxMessageSize)
        {
            throw new SpiceProtocolException($"message type {parsed.Type} announces {parsed.Size} bytes, over the {maxMessageSize}-byte limit");
        }

        if (buffer.Length - headerSize < parsed.Size)
        {
            return false;
        }

        header = parsed;
        body = buffer.Slice(headerSize, parsed.Size);
        buffer = buffer.Slice(body.End);
        return true;
    }

    /// <inheritdoc cref="TryRead(ref ReadOnlySequence{byte}, bool, out MessageHeader, out ReadOnlySequence{byte}, int)"/>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, bool mini, out ushort type, out ReadOnlySequence<byte> body, int maxMessageSize = ProtocolLimits.MaxMessageSize)
    {
        var ok = TryRead(ref buffer, mini, out MessageHeader header, out body, maxMessageSize);
        type = header.Type;
        return ok;
    }
}
