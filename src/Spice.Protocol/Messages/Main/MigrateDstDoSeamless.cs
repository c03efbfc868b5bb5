using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSGC_MAIN_MIGRATE_DST_DO_SEAMLESS.</summary>
public sealed record MigrateDstDoSeamless : ISpiceMessage<MigrateDstDoSeamless>
{
    public ushort MessageType => (ushort)MainClientMessageType.MigrateDstDoSeamless;

    public uint SrcVersion { get; init; }

    public static MigrateDstDoSeamless Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MigrateDstDoSeamless>(body);

    public static MigrateDstDoSeamless Read(ref SpiceReader r)
    {
        var srcVersion = r.ReadUInt32();
        return new MigrateDstDoSeamless { SrcVersion = srcVersion };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(SrcVersion);
    }
}
