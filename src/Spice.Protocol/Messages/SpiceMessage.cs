using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages;

/// <summary>Generic helpers over every message type.</summary>
public static class SpiceMessage
{
    /// <summary>Parses a body; byte payloads in the result are slices of <paramref name="body"/>.</summary>
    public static T Read<T>(ReadOnlyMemory<byte> body) where T : ISpiceMessage<T>
    {
        var r = new SpiceReader(body);
        return T.Read(ref r);
    }

    /// <summary>Parses a body; byte payloads in the result are copies.</summary>
    public static T Read<T>(ReadOnlySpan<byte> body) where T : ISpiceMessage<T>
    {
        var r = new SpiceReader(body);
        return T.Read(ref r);
    }

    /// <summary>The body bytes of a message with its pointer targets laid out (no header).</summary>
    public static byte[] ToBytes(ISpiceMessage message)
    {
        using var w = new SpiceWriter();
        message.Write(w);
        w.FlushPointers();
        return w.ToArray();
    }
}
