using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_NAME: the VM name, NUL terminated.</summary>
public sealed record MainName : ISpiceMessage<MainName>
{
    public ushort MessageType => (ushort)MainMessageType.Name;

    public ReadOnlyMemory<byte> Name { get; init; }

    public static MainName Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MainName>(body);

    public static MainName Read(ref SpiceReader r)
    {
        var nameLen = r.ReadUInt32();
        var name = r.ReadMemory(nameLen);
        return new MainName { Name = name };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(checked((uint)Name.Length));
        w.WriteBytes(Name.Span);
    }
}
