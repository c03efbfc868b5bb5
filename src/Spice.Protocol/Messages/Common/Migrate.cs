using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MSG_MIGRATE.</summary>
public sealed record Migrate : ISpiceMessage<Migrate>
{
    public ushort MessageType => (ushort)CommonMessageType.Migrate;

    public MigrateFlags Flags { get; init; }

    public static Migrate Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<Migrate>(body);

    public static Migrate Read(ref SpiceReader r)
    {
        var flags = (MigrateFlags)r.ReadUInt32();
        return new Migrate { Flags = flags };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32((uint)Flags);
    }
}
