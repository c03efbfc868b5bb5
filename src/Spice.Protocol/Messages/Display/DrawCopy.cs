namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_MSG_DISPLAY_DRAW_COPY: the workhorse; SrcBitmap (pointer) into Base.Box.</summary>
public sealed record DrawCopy : DrawCopyLayout<DrawCopy>
{
    public override ushort MessageType => (ushort)DisplayMessageType.DrawCopy;
}
