using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_MONITORS_CONFIG.</summary>
public sealed record MonitorsConfig : ISpiceMessage<MonitorsConfig>
{
    public ushort MessageType => (ushort)DisplayMessageType.MonitorsConfig;

    public ushort MaxAllowed { get; init; }

    public Head[] Heads { get; init; } = [];

    public static MonitorsConfig Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MonitorsConfig>(body);

    public static MonitorsConfig Read(ref SpiceReader r)
    {
        var count = r.ReadUInt16();
        var maxAllowed = r.ReadUInt16();
        var heads = new Head[r.CheckCount(count, 28)];
        for (var i = 0; i < heads.Length; i++)
        {
            heads[i] = Head.Read(ref r);
        }

        return new MonitorsConfig { MaxAllowed = maxAllowed, Heads = heads };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt16(checked((ushort)Heads.Length));
        w.WriteUInt16(MaxAllowed);
        foreach (var item in Heads)
        {
            item.Write(w);
        }
    }
}
