namespace Spice.Server.Agent;

/// <summary>The GIOErrorEnum codes a detailed file-transfer error carries (error type GLIB_IO), as clients read them.</summary>
internal static class GlibIoError
{
    public const uint Failed = 0;
    public const uint InvalidFilename = 10;
    public const uint Busy = 26;
}
