using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>
/// VDAgentClipboardGrab (both ways): [selection + 3 reserved], [uint32 serial], uint32 types[] to the end.
/// The sender owns the selection and offers these types.
/// </summary>
public sealed record ClipboardGrab(ClipboardSelection Selection, uint Serial, IReadOnlyList<ClipboardType> Types) : IAgentMessage<ClipboardGrab>
{
    private const int MaxTypes = 64;

    public AgentMessageType Type => AgentMessageType.ClipboardGrab;

    public static ClipboardGrab Read(ref SpiceReader r, AgentFraming framing)
    {
        var selection = ClipboardPrefix.Read(ref r, framing);
        var serial = framing.GrabSerial ? r.ReadUInt32() : 0;
        var count = r.Remaining / 4;
        if (count > MaxTypes || r.Remaining % 4 != 0)
        {
            throw new AgentProtocolException($"clipboard grab with {r.Remaining} bytes of types");
        }

        var types = new ClipboardType[count];
        for (var i = 0; i < count; i++)
        {
            types[i] = (ClipboardType)r.ReadUInt32();
        }

        return new ClipboardGrab(selection, serial, types);
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        ClipboardPrefix.Write(w, framing, Selection);
        if (framing.GrabSerial)
        {
            w.WriteUInt32(Serial);
        }

        foreach (var t in Types)
        {
            w.WriteUInt32((uint)t);
        }
    }
}
