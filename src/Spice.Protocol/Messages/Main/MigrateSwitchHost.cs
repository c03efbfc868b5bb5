using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_MIGRATE_SWITCH_HOST: same layout as DstInfo, host may be null.</summary>
public sealed record MigrateSwitchHost : ISpiceMessage<MigrateSwitchHost>
{
    public ushort MessageType => (ushort)MainMessageType.MigrateSwitchHost;

    public DstInfo DstInfo { get; init; } = new();

    public static MigrateSwitchHost Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MigrateSwitchHost>(body);

    public static MigrateSwitchHost Read(ref SpiceReader r) => new() { DstInfo = DstInfo.Read(ref r, hostRequired: false) };

    public void Write(SpiceWriter w) => DstInfo.Write(w);
}
