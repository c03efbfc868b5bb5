namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_NOTIFY_VISIBILITY_*.</summary>
public enum NotifyVisibility : uint
{
    Low,
    Medium,
    High,
}
