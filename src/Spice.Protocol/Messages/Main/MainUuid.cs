using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_UUID.</summary>
public sealed record MainUuid : ISpiceMessage<MainUuid>
{
    public ushort MessageType => (ushort)MainMessageType.Uuid;

    public ReadOnlyMemory<byte> Uuid { get; init; }

    public static MainUuid Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MainUuid>(body);

    public static MainUuid Read(ref SpiceReader r)
    {
        var uuid = r.ReadMemory(16);
        return new MainUuid { Uuid = uuid };
    }

    public void Write(SpiceWriter w)
    {
        if (Uuid.Length != 16)
        {
            throw new InvalidOperationException("Uuid must be 16 bytes");
        }

        w.WriteBytes(Uuid.Span);
    }
}
