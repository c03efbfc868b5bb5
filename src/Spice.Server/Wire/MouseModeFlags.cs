namespace Spice.Server.Wire;

/// <summary>SPICE_MOUSE_MODE_*, as the main channel's INIT and MOUSE_MODE carry them.</summary>
internal static class MouseModeFlags
{
    public const uint Server = 1;
    public const uint Client = 2;
}
