using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_MIGRATE_BEGIN_SEAMLESS.</summary>
public sealed record MigrateBeginSeamless : ISpiceMessage<MigrateBeginSeamless>
{
    public ushort MessageType => (ushort)MainMessageType.MigrateBeginSeamless;

    public DstInfo DstInfo { get; init; } = new();

    public uint SrcMigVersion { get; init; }

    public static MigrateBeginSeamless Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MigrateBeginSeamless>(body);

    public static MigrateBeginSeamless Read(ref SpiceReader r)
    {
        var dst = DstInfo.Read(ref r, hostRequired: true);
        return new MigrateBeginSeamless { DstInfo = dst, SrcMigVersion = r.ReadUInt32() };
    }

    public void Write(SpiceWriter w)
    {
        DstInfo.Write(w);
        w.WriteUInt32(SrcMigVersion);
    }
}
