using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_GL_DRAW.</summary>
public sealed record GlDraw : ISpiceMessage<GlDraw>
{
    public ushort MessageType => (ushort)DisplayMessageType.GlDraw;

    public uint X { get; init; }

    public uint Y { get; init; }

    public uint W { get; init; }

    public uint H { get; init; }

    public static GlDraw Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<GlDraw>(body);

    public static GlDraw Read(ref SpiceReader r)
    {
        var x = r.ReadUInt32();
        var y = r.ReadUInt32();
        var w = r.ReadUInt32();
        var h = r.ReadUInt32();
        return new GlDraw { X = x, Y = y, W = w, H = h };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(X);
        w.WriteUInt32(Y);
        w.WriteUInt32(W);
        w.WriteUInt32(H);
    }
}
