namespace Spice.Fuzz.Server;

/// <summary>
/// Every message a client may send, per channel, with the body size of its well-formed form
/// (-1: variable). From the SPICE protocol description (spice.proto), not from the server's code.
/// </summary>
internal static class ClientMessageCatalog
{
    /// <summary>ACK_SYNC, ACK, PONG, MIGRATE_FLUSH_MARK, MIGRATE_DATA, DISCONNECTING: valid on every channel.</summary>
    public static readonly (ushort Type, int Size)[] Common = [(1, 4), (2, 0), (3, 12), (4, 0), (5, -1), (6, 12)];

    public static readonly (ushort Type, int Size)[] Main =
    [
        (101, 8), (102, 0), (103, 0), (104, 0), (105, 2), (106, 4), (107, -1), (108, 4), (109, 0), (110, 4), (111, 0), (112, -1),
    ];

    /// <summary>INIT, STREAM_REPORT, PREFERRED_COMPRESSION, GL_DRAW_DONE, PREFERRED_VIDEO_CODEC_TYPE.</summary>
    public static readonly (ushort Type, int Size)[] Display = [(101, 14), (102, 32), (103, 1), (104, 0), (105, -1)];

    /// <summary>KEY_DOWN, KEY_UP, KEY_MODIFIERS, KEY_SCANCODE, MOUSE_MOTION, MOUSE_POSITION, MOUSE_PRESS, MOUSE_RELEASE.</summary>
    public static readonly (ushort Type, int Size)[] Inputs = [(101, 4), (102, 4), (103, 2), (104, -1), (111, 10), (112, 11), (113, 3), (114, 3)];

    public static (ushort Type, int Size)[] For(byte channel) => channel switch
    {
        1 => Main,
        2 => Display,
        3 => Inputs,
        _ => [],
    };
}
