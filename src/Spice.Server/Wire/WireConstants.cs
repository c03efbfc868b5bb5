namespace Spice.Server.Wire;

// The numbers the server speaks, kept here until the shared protocol library lands in main;
// each value is the one spice-protocol's enums.h defines.
internal static class SpiceMagic
{
    /// <summary>"REDQ" read as a little-endian uint32.</summary>
    public const uint Value = 0x51444552;
    public const uint MajorVersion = 2;
    public const uint MinorVersion = 2;
}

internal enum ChannelKind : byte
{
    Main = 1,
    Display = 2,
    Inputs = 3,
    Cursor = 4,
    Playback = 5,
    Record = 6,
}

internal enum LinkResult : uint
{
    Ok = 0,
    Error = 1,
    InvalidMagic = 2,
    InvalidData = 3,
    VersionMismatch = 4,
    NeedSecured = 5,
    NeedUnsecured = 6,
    PermissionDenied = 7,
    BadConnectionId = 8,
    ChannelNotAvailable = 9,
}

internal static class CommonCaps
{
    public const int AuthSelection = 0;
    public const int AuthSpice = 1;
    public const int AuthSasl = 2;
    public const int MiniHeader = 3;
}

internal static class DisplayCaps
{
    public const int SizedStream = 0;
    public const int MonitorsConfig = 1;
    public const int Composite = 2;
    public const int A8Surface = 3;
    public const int StreamReport = 4;
    public const int Lz4Compression = 5;
    public const int PrefCompression = 6;
    public const int MultiCodec = 8;
    public const int CodecMjpeg = 9;
}

internal static class InputsCaps
{
    public const int KeyScancode = 0;
}

/// <summary>Messages every channel shares (SPICE_MSG_* / SPICE_MSGC_* below 100).</summary>
internal static class BaseMsg
{
    public const ushort SetAck = 3;
    public const ushort Ping = 4;
    public const ushort WaitForChannels = 5;
    public const ushort Disconnecting = 6;
    public const ushort Notify = 7;

    public const ushort ClientAckSync = 1;
    public const ushort ClientAck = 2;
    public const ushort ClientPong = 3;
    public const ushort ClientMigrateFlushMark = 4;
    public const ushort ClientMigrateData = 5;
    public const ushort ClientDisconnecting = 6;
}

internal static class MainMsg
{
    public const ushort Init = 103;
    public const ushort ChannelsList = 104;
    public const ushort MouseMode = 105;
    public const ushort MultiMediaTime = 106;
    public const ushort AgentDisconnected = 108;
    public const ushort AgentToken = 110;

    public const ushort ClientInfo = 101;
    public const ushort ClientAttachChannels = 104;
    public const ushort ClientMouseModeRequest = 105;
    public const ushort ClientAgentStart = 106;
    public const ushort ClientAgentData = 107;
    public const ushort ClientAgentToken = 108;
}

internal static class DisplayMsg
{
    public const ushort Mark = 102;
    public const ushort Reset = 103;
    public const ushort CopyBits = 104;
    public const ushort InvalList = 105;
    public const ushort InvalAllPixmaps = 106;
    public const ushort DrawFill = 302;
    public const ushort DrawCopy = 304;
    public const ushort SurfaceCreate = 314;
    public const ushort SurfaceDestroy = 315;
    public const ushort MonitorsConfig = 317;

    public const ushort ClientInit = 101;
    public const ushort ClientStreamReport = 102;
    public const ushort ClientPreferredCompression = 103;
}

internal static class InputsMsg
{
    public const ushort Init = 101;
    public const ushort KeyModifiers = 102;
    public const ushort MouseMotionAck = 111;

    public const ushort ClientKeyDown = 101;
    public const ushort ClientKeyUp = 102;
    public const ushort ClientKeyModifiers = 103;
    public const ushort ClientKeyScancode = 104;
    public const ushort ClientMouseMotion = 111;
    public const ushort ClientMousePosition = 112;
    public const ushort ClientMousePress = 113;
    public const ushort ClientMouseRelease = 114;

    /// <summary>SPICE_INPUT_MOTION_ACK_BUNCH: one motion ack per this many motion/position messages.</summary>
    public const int MotionAckBunch = 4;
}

internal static class CursorMsg
{
    public const ushort Init = 101;
    public const ushort Reset = 102;
    public const ushort Set = 103;
    public const ushort Move = 104;
    public const ushort Hide = 105;
    public const ushort InvalAll = 108;
}

/// <summary>SPICE_IMAGE_TYPE_*.</summary>
internal enum ImageType : byte
{
    Bitmap = 0,
    Quic = 1,
    LzRgb = 101,
    GlzRgb = 102,
    FromCache = 103,
    Surface = 104,
    Jpeg = 105,
    FromCacheLossless = 106,
    ZlibGlzRgb = 107,
    JpegAlpha = 108,
    Lz4 = 109,
}

internal static class ImageFlags
{
    public const byte CacheMe = 1;
    public const byte HighBitsSet = 2;
    public const byte CacheReplaceMe = 4;
}

internal static class BitmapFormat
{
    public const byte Bit32 = 8;
    public const byte Rgba = 9;
    public const byte TopDown = 4;
}

internal static class MouseModeFlags
{
    public const uint Server = 1;
    public const uint Client = 2;
}
