namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_CLIP_TYPE_*.</summary>
public enum ClipType : byte
{
    None,
    Rects,
}
