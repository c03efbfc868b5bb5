namespace Spice.Client.Connection;

/// <summary>Where and how to reach a SPICE server: what remote-viewer takes as a URI or a .vv file.</summary>
public sealed record SpiceConnectOptions
{
    /// <summary>Host name or address; an IPv6 literal is kept without brackets.</summary>
    public required string Host { get; init; }

    /// <summary>Plain (unencrypted) port, or null when only a TLS port was given.</summary>
    public int? Port { get; init; }

    /// <summary>TLS port: used when there is no plain port, or when the server answers NEED_SECURED for a channel.</summary>
    public int? TlsPort { get; init; }

    /// <summary>PEM file with the CA certificate(s) the server's certificate must chain to; null uses the system store.</summary>
    public string? CaFile { get; init; }

    /// <summary>CA certificate(s) as PEM text (the .vv file's ca key); used together with <see cref="CaFile"/>.</summary>
    public string? CaPem { get; init; }

    /// <summary>"C=..,O=..,CN=.." the server certificate's subject must equal; null checks the host name instead.</summary>
    public string? HostSubject { get; init; }

    /// <summary>Accept any server certificate (encryption without authentication). Off by default.</summary>
    public bool TlsInsecure { get; init; }

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
        : $"{(Port is null ? "spice+tls" : "spice")}://{(Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host)}:{Port ?? TlsPort}";
}
