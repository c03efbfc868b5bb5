namespace Spice.Protocol.Messages;

/// <summary>SPICE_MSGC_DISPLAY_*.</summary>
public enum DisplayClientMessageType : ushort
{
    Init = 101,
    StreamReport,
    PreferredCompression,
    GlDrawDone,
    PreferredVideoCodecType,
}
