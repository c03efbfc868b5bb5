using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>The selection byte and its three reserved bytes in front of clipboard messages.</summary>
internal static class ClipboardPrefix
{
    public static ClipboardSelection Read(ref SpiceReader r, AgentFraming framing)
    {
        if (!framing.Selection)
        {
            return ClipboardSelection.Clipboard;
        }

        var selection = r.ReadByte();
        r.Skip(3);
        return (ClipboardSelection)selection;
    }

    public static void Write(SpiceWriter w, AgentFraming framing, ClipboardSelection selection)
    {
        if (!framing.Selection)
        {
            return;
        }

        w.WriteByte((byte)selection);
        w.WriteByte(0);
        w.WriteUInt16(0);
    }
}
