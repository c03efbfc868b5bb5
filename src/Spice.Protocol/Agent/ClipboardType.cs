namespace Spice.Protocol.Agent;

/// <summary>VD_AGENT_CLIPBOARD_* data types.</summary>
public enum ClipboardType : uint
{
    None = 0,
    Utf8Text,
    ImagePng,
    ImageBmp,
    ImageTiff,
    ImageJpg,
    FileList,
}
