using Spice.Protocol;

namespace Spice.Client.Connection;

/// <summary>The server refused to link a channel; <see cref="Error"/> says why.</summary>
public sealed class SpiceLinkException : SpiceProtocolException
{
    public SpiceLinkException()
    {
    }

    public SpiceLinkException(string message) : base(message)
    {
    }

    public SpiceLinkException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public SpiceLinkException(ChannelType channel, LinkError error)
        : base(Describe(channel, error), error)
    {
        Channel = channel;
        Error = error;
    }

    public ChannelType Channel { get; }

    public LinkError Error { get; }

    private static string Describe(ChannelType channel, LinkError error) => error switch
    {
        Protocol.LinkError.PermissionDenied => "the server refused the password (permission denied)",
        Protocol.LinkError.NeedSecured => $"the server requires TLS for the {channel} channel, and no tls-port is known",
        Protocol.LinkError.NeedUnsecured => $"the server refuses TLS for the {channel} channel (needs the plain port)",
        Protocol.LinkError.VersionMismatch => "the server speaks an incompatible SPICE protocol version",
        Protocol.LinkError.ChannelNotAvailable => $"the server has no {channel} channel available",
        Protocol.LinkError.BadConnectionId => "the server does not know this session (bad connection id)",
        _ => $"the server refused the {channel} channel link: {error}",
    };
}
