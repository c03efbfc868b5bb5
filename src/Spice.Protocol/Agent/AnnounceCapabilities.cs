using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentAnnounceCapabilities (both ways): uint32 request (answer with your own), uint32 caps[] to the end.</summary>
public sealed record AnnounceCapabilities(bool Request, Capabilities Caps) : IAgentMessage<AnnounceCapabilities>
{
    private const int MaxWords = 32;

    public AgentMessageType Type => AgentMessageType.AnnounceCapabilities;

    public static AnnounceCapabilities Read(ref SpiceReader r, AgentFraming framing)
    {
        var request = r.ReadUInt32() != 0;
        var count = Math.Min(r.Remaining / 4, MaxWords);
        Span<uint> words = stackalloc uint[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = r.ReadUInt32();
        }

        r.Skip(r.Remaining);
        return new AnnounceCapabilities(request, Capabilities.FromWords(words));
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        w.WriteUInt32(Request ? 1u : 0u);
        var words = Caps.ToWords();
        foreach (var word in words)
        {
            w.WriteUInt32(word);
        }

        if (words.Length == 0)
        {
            w.WriteUInt32(0);
        }
    }
}
