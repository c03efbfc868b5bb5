using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_MIGRATE_BEGIN.</summary>
public sealed record MigrateBegin : ISpiceMessage<MigrateBegin>
{
    public ushort MessageType => (ushort)MainMessageType.MigrateBegin;

    public DstInfo DstInfo { get; init; } = new();

    public static MigrateBegin Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MigrateBegin>(body);

    public static MigrateBegin Read(ref SpiceReader r) => new() { DstInfo = DstInfo.Read(ref r, hostRequired: true) };

    public void Write(SpiceWriter w) => DstInfo.Write(w);
}
