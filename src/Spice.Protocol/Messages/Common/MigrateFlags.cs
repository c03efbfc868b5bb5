namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MIGRATE_* flags.</summary>
[Flags]
public enum MigrateFlags : uint
{
    None = 0,
    NeedFlush = 1 << 0,
    NeedDataTransfer = 1 << 1,
}
