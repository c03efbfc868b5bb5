namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_PATH_* segment flags.</summary>
[Flags]
public enum PathFlags : byte
{
    None = 0,
    Begin = 1 << 0,
    End = 1 << 1,
    Close = 1 << 3,
    Bezier = 1 << 4,
}
