namespace Spice.Protocol;

/// <summary>SPICE_LINK_ERR_*: link reply error and link result codes (uint32 on the wire).</summary>
public enum LinkError : uint
{
    Ok = 0,
    Error,
    InvalidMagic,
    InvalidData,
    VersionMismatch,
    NeedSecured,
    NeedUnsecured,
    PermissionDenied,
    BadConnectionId,
    ChannelNotAvailable,
}
