using System.Buffers;
using Spice.Protocol.Messages;

namespace Spice.Protocol.Framing;

/// <summary>Frames message bodies with a full or mini data header.</summary>
public static class FrameWriter
{
    /// <summary>
    /// Appends header + body of <paramref name="message"/> to <paramref name="w"/>, laying out
    /// pointer targets after the fixed part, and returns the body size.
    /// </summary>
    public static int Write(SpiceWriter w, ISpiceMessage message, bool mini, ulong serial = 0)
    {
        var headerAt = Begin(w, mini);
        message.Write(w);
        return End(w, headerAt, message.MessageType, mini, serial);
    }

    /// <summary>
    /// Opens a message whose body the caller lays out itself with the messages' static writers
    /// (a sender that encodes a large payload straight into <paramref name="w"/>); returns where
    /// its header is, for <see cref="End"/>.
    /// </summary>
    public static int Begin(SpiceWriter w, bool mini)
    {
        var headerAt = w.Reserve(MessageHeader.SizeOf(mini));
        w.StartBody();
        return headerAt;
    }

    /// <summary>Closes a message opened with <see cref="Begin"/>: lays out its pointer targets and fills in its header; returns the body size.</summary>
    public static int End(SpiceWriter w, int headerAt, ushort type, bool mini, ulong serial = 0)
    {
        w.FlushPointers();
        return Finish(w, headerAt, type, mini, serial);
    }

    /// <summary>Appends a header and an already laid-out body.</summary>
    public static void WriteRaw(SpiceWriter w, ushort type, ReadOnlySpan<byte> body, bool mini, ulong serial = 0)
    {
        var headerAt = w.Reserve(MessageHeader.SizeOf(mini));
        w.StartBody();
        w.WriteBytes(body);
        Finish(w, headerAt, type, mini, serial);
    }

    /// <summary>Frames <paramref name="message"/> straight into a pipe or other buffer writer.</summary>
    public static void Write(IBufferWriter<byte> output, ISpiceMessage message, bool mini, ulong serial = 0)
    {
        using var w = new SpiceWriter();
        Write(w, message, mini, serial);
        output.Write(w.WrittenSpan);
    }

    private static int Finish(SpiceWriter w, int headerAt, ushort type, bool mini, ulong serial)
    {
        var size = w.Position - w.BodyStart;
        if (size > ProtocolLimits.MaxMessageSize)
        {
            throw new SpiceProtocolException($"message type {type} body of {size} bytes exceeds the limit");
        }

        var header = new MessageHeader(serial, type, (uint)size, 0);
        header.Write(w.PatchSpan(headerAt, MessageHeader.SizeOf(mini)), mini);

        return size;
    }
}
