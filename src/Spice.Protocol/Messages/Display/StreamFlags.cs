namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_STREAM_FLAGS_*.</summary>
[Flags]
public enum StreamFlags : byte
{
    None = 0,
    TopDown = 1 << 0,
}
