namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_LINE_FLAGS_*.</summary>
[Flags]
public enum LineFlags : byte
{
    None = 0,
    StartWithGap = 1 << 2,
    Styled = 1 << 3,
}
