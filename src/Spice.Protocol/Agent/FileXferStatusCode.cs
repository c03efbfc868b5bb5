namespace Spice.Protocol.Agent;

/// <summary>VD_AGENT_FILE_XFER_STATUS_*.</summary>
public enum FileXferStatusCode : uint
{
    CanSendData = 0,
    Cancelled,
    Error,
    Success,
    NotEnoughSpace,
    SessionLocked,
    VdagentNotConnected,
    Disabled,
}
