using Spice.Protocol;

namespace Spice.Client.Channels;

/// <summary>A channel came up or went down; <see cref="Error"/> is set when it went down because of a failure.</summary>
public sealed class ChannelEventArgs(ChannelType type, byte id, Exception? error) : EventArgs
{
    public ChannelType Type { get; } = type;

    public byte Id { get; } = id;

    public Exception? Error { get; } = error;
}
