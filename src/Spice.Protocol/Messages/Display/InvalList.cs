using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_INVAL_LIST.</summary>
public sealed record InvalList : ISpiceMessage<InvalList>
{
    public ushort MessageType => (ushort)DisplayMessageType.InvalList;

    public ResourceId[] Resources { get; init; } = [];

    public static InvalList Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<InvalList>(body);

    public static InvalList Read(ref SpiceReader r)
    {
        var count = r.ReadUInt16();
        var resources = new ResourceId[r.CheckCount(count, 9)];
        for (var i = 0; i < resources.Length; i++)
        {
            resources[i] = ResourceId.Read(ref r);
        }

        return new InvalList { Resources = resources };
    }

    public void Write(SpiceWriter w) => Write(w, Resources);

    /// <summary>The same layout from a span, for a sender that keeps its list in a reused buffer.</summary>
    public static void Write(SpiceWriter w, ReadOnlySpan<ResourceId> resources)
    {
        w.WriteUInt16(checked((ushort)resources.Length));
        foreach (var item in resources)
        {
            item.Write(w);
        }
    }
}
