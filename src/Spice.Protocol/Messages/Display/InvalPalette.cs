using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_INVAL_PALETTE.</summary>
public sealed record InvalPalette : ISpiceMessage<InvalPalette>
{
    public ushort MessageType => (ushort)DisplayMessageType.InvalPalette;

    public ulong Id { get; init; }

    public static InvalPalette Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<InvalPalette>(body);

    public static InvalPalette Read(ref SpiceReader r)
    {
        var id = r.ReadUInt64();
        return new InvalPalette { Id = id };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt64(Id);
    }
}
