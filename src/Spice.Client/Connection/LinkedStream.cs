using Spice.Protocol;

namespace Spice.Client.Connection;

/// <summary>A channel's stream after a successful link, with what the server said it can do.</summary>
internal sealed record LinkedStream(Stream Stream, ChannelType Type, byte Id, Capabilities ServerCommonCaps, Capabilities ServerChannelCaps, Capabilities ClientCommonCaps, Capabilities ClientChannelCaps)
{
    /// <summary>Both sides announced the mini data header.</summary>
    public bool MiniHeader => ServerCommonCaps.Has(CommonCapability.MiniHeader) && ClientCommonCaps.Has(CommonCapability.MiniHeader);

    /// <summary>Whether both sides have a channel capability.</summary>
    public bool Has<TCap>(TCap capability) where TCap : struct, Enum => ServerChannelCaps.Has(capability) && ClientChannelCaps.Has(capability);
}
