namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MOUSE_MODE_* flags.</summary>
[Flags]
public enum MouseMode : ushort
{
    None = 0,
    Server = 1 << 0,
    Client = 1 << 1,
}
