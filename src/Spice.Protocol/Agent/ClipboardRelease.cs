using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentClipboardRelease (both ways): [selection + 3 reserved] only; the sender no longer owns the selection.</summary>
public sealed record ClipboardRelease(ClipboardSelection Selection) : IAgentMessage<ClipboardRelease>
{
    public AgentMessageType Type => AgentMessageType.ClipboardRelease;

    public static ClipboardRelease Read(ref SpiceReader r, AgentFraming framing) => new(ClipboardPrefix.Read(ref r, framing));

    public void Write(SpiceWriter w, AgentFraming framing) => ClipboardPrefix.Write(w, framing, Selection);
}
