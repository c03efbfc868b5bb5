namespace Spice.Client.Connection;

/// <summary>
/// Reads a virt-viewer connection file (.vv): an INI file whose [virt-viewer] section carries
/// type=spice, host, port, tls-port, password, ca (the CA as PEM, newlines written \n) and host-subject.
/// Other sections and keys are ignored.
/// </summary>
public static class VirtViewerFile
{
    private const string Section = "virt-viewer";

    public static async Task<SpiceConnectOptions> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(text, path);
    }

    public static SpiceConnectOptions Parse(string text, string source = ".vv file")
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? section = null;
        var sawSection = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                section = line[1..^1].Trim();
                sawSection |= section == Section;
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (section == Section && eq > 0)
            {
                values[line[..eq].Trim()] = line[(eq + 1)..].Trim();
            }
        }

        if (!sawSection)
        {
            throw new SpiceUriException($"{source} has no [virt-viewer] section");
        }

        if (!values.TryGetValue("type", out var type) || !type.Equals("spice", StringComparison.OrdinalIgnoreCase))
        {
            throw new SpiceUriException($"{source} is not a SPICE connection (type={type ?? "missing"})");
        }

        if (!values.TryGetValue("host", out var host) || host.Length == 0)
        {
            throw new SpiceUriException($"{source} has no host");
        }

        int? port = values.TryGetValue("port", out var p) && p.Length > 0 && p != "-1" ? SpiceUri.ParsePort(p, source) : null;
        int? tlsPort = values.TryGetValue("tls-port", out var t) && t.Length > 0 && t != "-1" ? SpiceUri.ParsePort(t, source) : null;
        if (port is null && tlsPort is null)
        {
            throw new SpiceUriException($"{source} has neither port nor tls-port");
        }

        values.TryGetValue("password", out var password);
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        values.TryGetValue("ca", out var ca);
        values.TryGetValue("host-subject", out var hostSubject);
        return new SpiceConnectOptions
        {
            Host = host,
            Port = port,
            TlsPort = tlsPort,
            Password = string.IsNullOrEmpty(password) ? null : password,
            CaPem = string.IsNullOrEmpty(ca) ? null : ca.Replace("\\n", "\n", StringComparison.Ordinal),
            HostSubject = string.IsNullOrEmpty(hostSubject) ? null : hostSubject,
        };
    }

    /// <summary>A URI, or a path to an existing .vv file.</summary>
    public static async Task<SpiceConnectOptions> ResolveAsync(string uriOrPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uriOrPath);
        if (uriOrPath.Contains("://", StringComparison.Ordinal))
        {
            return SpiceUri.Parse(uriOrPath);
        }

        return File.Exists(uriOrPath)
            ? await LoadAsync(uriOrPath, cancellationToken).ConfigureAwait(false)
            : throw new SpiceUriException($"'{uriOrPath}' is neither a spice:// URI nor a .vv file");
    }
}
