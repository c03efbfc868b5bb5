namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_BLEND (same layout as draw_copy).</summary>
public sealed record DrawBlend : DrawCopyLayout<DrawBlend>
{
    public override ushort MessageType => (ushort)DisplayMessageType.DrawBlend;
}
