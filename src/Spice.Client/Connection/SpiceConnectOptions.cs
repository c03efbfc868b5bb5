namespace Spice.Client.Connection;

/// <summary>Where and how to reach a SPICE server: what remote-viewer takes as a URI or a .vv file.</summary>
public sealed record SpiceConnectOptions
{
    /// <summary>Host name or address; an IPv6 literal is kept without brackets.</summary>
    public required string Host { get; init; }

    /// <summary>Plain (unencrypted) port, or null when only a TLS port was given.</summary>
    public int? Port { get; init; }

    /// <summary>TLS port. Parsed so a URI carrying it is understood; TLS itself is not supported yet.</summary>
    public int? TlsPort { get; init; }

    /// <summary>True for the spice+tls:// scheme.</summary>
    public bool TlsScheme { get; init; }

    /// <summary>UNIX socket path for spice+unix://.</summary>
    public string? UnixPath { get; init; }

    /// <summary>The ticket (password); null or empty means no password.</summary>
    public string? Password { get; init; }

    /// <summary>Bound on connecting and linking each channel.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Image compression to ask display channels for (sent when the server has the preferred-compression capability).</summary>
    public Spice.Protocol.Messages.Display.ImageCompression? PreferredCompression { get; init; }

    /// <summary>Announce Opus on the playback and record channels (else the server sends and expects raw PCM).</summary>
    public bool OpusAudio { get; init; } = true;

    /// <summary>Whether a plain connection is possible with what was given.</summary>
    public bool HasPlainEndpoint => Port is not null || UnixPath is not null;

    public override string ToString() =>
        UnixPath is not null ? $"spice+unix://{UnixPath}"
        : Host.Contains(':', StringComparison.Ordinal) ? $"spice://[{Host}]:{Port ?? TlsPort}"
        : $"spice://{Host}:{Port ?? TlsPort}";
}
