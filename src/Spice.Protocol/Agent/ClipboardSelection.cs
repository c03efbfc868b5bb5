namespace Spice.Protocol.Agent;

/// <summary>VD_AGENT_CLIPBOARD_SELECTION_*: which X selection a clipboard message is about.</summary>
public enum ClipboardSelection : byte
{
    Clipboard = 0,
    Primary,
    Secondary,
}
