namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_RES_TYPE_*.</summary>
public enum ResourceType : byte
{
    Invalid,
    Pixmap,
}
