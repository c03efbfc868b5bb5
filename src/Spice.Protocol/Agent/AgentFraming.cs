namespace Spice.Protocol.Agent;

/// <summary>
/// The optional leading fields of clipboard messages, present only when the peer announced the
/// matching capability: a selection byte padded to 4 (CLIPBOARD_SELECTION) and a grab serial (CLIPBOARD_GRAB_SERIAL).
/// </summary>
public readonly record struct AgentFraming(bool Selection, bool GrabSerial)
{
    public static AgentFraming Plain => default;

    public static AgentFraming Full => new(true, true);

    /// <summary>The framing used towards (and expected from) a peer with these capabilities.</summary>
    public static AgentFraming From(Capabilities peerCaps)
    {
        ArgumentNullException.ThrowIfNull(peerCaps);
        return new(peerCaps.Has(AgentCapability.ClipboardSelection), peerCaps.Has(AgentCapability.ClipboardGrabSerial));
    }
}
