namespace Spice.Protocol;

/// <summary>
/// The cursor channel defines no capabilities in spice-protocol; the enum exists so every
/// channel has a capability type and so a future bit has a home.
/// </summary>
public enum CursorCapability
{
}
