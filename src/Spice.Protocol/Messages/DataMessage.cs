using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages;

/// <summary>
/// Any message whose body is spice.proto's "Data" (opaque bytes to the end): migrate_data,
/// agent_data, key_scancode, quality_indicator, spicevmc data ...
/// </summary>
public sealed record DataMessage(ushort MessageType, ReadOnlyMemory<byte> Data) : ISpiceMessage
{
    /// <summary>Keeps a slice of <paramref name="body"/>; no copy.</summary>
    public static DataMessage Read(ushort messageType, ReadOnlyMemory<byte> body) => new(messageType, body);

    public void Write(SpiceWriter w) => w.WriteBytes(Data.Span);
}
