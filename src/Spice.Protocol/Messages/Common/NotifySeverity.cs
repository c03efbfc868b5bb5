namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_NOTIFY_SEVERITY_*.</summary>
public enum NotifySeverity : uint
{
    Info,
    Warn,
    Error,
}
