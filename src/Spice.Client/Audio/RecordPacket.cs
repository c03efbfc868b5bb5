using Spice.Protocol.Framing;
using Spice.Protocol.Messages;

namespace Spice.Client.Audio;

/// <summary>SPICE_MSGC_RECORD_DATA, reused for every packet so sending does not allocate.</summary>
internal sealed class RecordPacket : ISpiceMessage
{
    private readonly byte[] _data;

    public RecordPacket(int capacity) => _data = new byte[capacity];

    public ushort MessageType => (ushort)RecordClientMessageType.Data;

    public uint Time { get; set; }

    public int Length { get; set; }

    public Span<byte> Buffer => _data;

    // RecordPacket { uint32 time; uint8 data[] }
    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Time);
        w.WriteBytes(_data.AsSpan(0, Length));
    }
}
