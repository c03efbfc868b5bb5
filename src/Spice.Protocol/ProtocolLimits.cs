namespace Spice.Protocol;

/// <summary>Upper bounds checked before anything is buffered or allocated.</summary>
public static class ProtocolLimits
{
    /// <summary>Largest message body accepted by the frame reader.</summary>
    public const int MaxMessageSize = 64 * 1024 * 1024;

    /// <summary>Largest link message (SpiceLinkMess/SpiceLinkReply plus caps); spice-server uses 4096.</summary>
    public const int MaxLinkMessageSize = 4096;

    /// <summary>Most capability words per group (common or channel); spice-server rejects more than 1024.</summary>
    public const int MaxCapsWords = 1024;

    /// <summary>SPICE_MAX_PASSWORD_LENGTH.</summary>
    public const int MaxPasswordLength = 60;

    /// <summary>SPICE_MAX_NUM_STREAMS.</summary>
    public const int MaxNumStreams = 64;
}
