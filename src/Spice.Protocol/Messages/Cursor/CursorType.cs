namespace Spice.Protocol.Messages.Cursor;

/// <summary>SPICE_CURSOR_TYPE_*.</summary>
public enum CursorType : byte
{
    Alpha,
    Mono,
    Color4,
    Color8,
    Color16,
    Color24,
    Color32,
}
