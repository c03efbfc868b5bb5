namespace Spice.Protocol;

/// <summary>SPICE channel types (SPICE_CHANNEL_*).</summary>
public enum ChannelType : byte
{
    Main = 1,
    Display,
    Inputs,
    Cursor,
    Playback,
    Record,
    Tunnel,
    Smartcard,
    Usbredir,
    Port,
    Webdav,
}
