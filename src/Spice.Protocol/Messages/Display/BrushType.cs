namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_BRUSH_TYPE_*.</summary>
public enum BrushType : byte
{
    None,
    Solid,
    Pattern,
}
