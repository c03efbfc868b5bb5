using Microsoft.Extensions.Logging;

namespace Spice.Server;

/// <summary>Everything an embedder can set before <see cref="SpiceServer.StartAsync"/>.</summary>
public sealed class SpiceServerOptions
{
    /// <summary>Address to listen on; "0.0.0.0" or "::" for every interface.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one (read it back from <see cref="SpiceServer.Port"/>).</summary>
    public int Port { get; set; } = 5900;

    /// <summary>The SPICE ticket. Null disables ticketing: any password is accepted.</summary>
    public string? Password { get; set; }

    /// <summary>When the password stops being accepted; null for never.</summary>
    public DateTimeOffset? PasswordExpiry { get; set; }

    public ImageCodecPolicy ImageCodec { get; set; } = ImageCodecPolicy.Auto;

    /// <summary>JPEG quality (1..100) when JPEG is used.</summary>
    public int JpegQuality { get; set; } = 85;

    /// <summary>Which areas go to clients as MJPEG video streams; clients without MJPEG always get images.</summary>
    public VideoStreamingMode VideoStreaming { get; set; } = VideoStreamingMode.Auto;

    /// <summary>Where keyboard and mouse events from clients go.</summary>
    public ISpiceInputSink? InputSink { get; set; }

    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The guest agent (monitors config, clipboard, file transfer); null: clients see no agent.</summary>
    public Agent.ISpiceAgent? Agent { get; set; }

    /// <summary>How long a new connection may take to complete the link handshake.</summary>
    public TimeSpan LinkTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often each channel pings its client to measure latency.</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages a client may have unacknowledged is twice this (SET_ACK window).</summary>
    public int AckWindow { get; set; } = 20;

    /// <summary>A TLS port besides the plain one; null for plain only.</summary>
    public SpiceTlsOptions? Tls { get; set; }

    /// <summary>Edge of the square tiles that dirty areas are split into.</summary>
    public int TileSize { get; set; } = 256;
}
