using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Playback;

/// <summary>SPICE_MSG_PLAYBACK_DATA: one audio packet (raw S16 PCM or one Opus packet), to the end of the body.</summary>
public sealed record PlaybackData : AudioPacket<PlaybackData>
{
    public override ushort MessageType => (ushort)PlaybackMessageType.Data;

    /// <summary>The same layout from a packet the sender holds (no copy into a message object first).</summary>
    public static void Write(SpiceWriter w, uint time, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(w);
        WriteHeader(w, time);
        w.WriteBytes(data);
    }

    /// <summary>
    /// The fields before the audio; the data has no length field (it runs to the end of the body),
    /// so a sender encodes the packet straight into the writer after this (GetSpan, Advance).
    /// </summary>
    public static void WriteHeader(SpiceWriter w, uint time)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteUInt32(time);
    }
}
