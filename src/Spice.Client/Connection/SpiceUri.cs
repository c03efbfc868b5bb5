using System.Globalization;

namespace Spice.Client.Connection;

/// <summary>
/// Parses the URIs remote-viewer accepts: spice://host[:port][/][?key=value[&amp;|;key=value...]],
/// spice+tls://host[:tls-port], spice+unix:///path, where host may be an [IPv6] literal and the
/// keys are port, tls-port and password (each at most once; an unknown key is an error).
/// </summary>
public static class SpiceUri
{
    private const string PlainScheme = "spice://";
    private const string TlsScheme = "spice+tls://";
    private const string UnixScheme = "spice+unix://";

    public static SpiceConnectOptions Parse(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.StartsWith(UnixScheme, StringComparison.OrdinalIgnoreCase))
        {
            var path = uri[UnixScheme.Length..];
            return path.Length == 0
                ? throw new SpiceUriException($"'{uri}' has no socket path")
                : new SpiceConnectOptions { Host = "localhost", UnixPath = path };
        }

        bool tls;
        string authority;
        if (uri.StartsWith(PlainScheme, StringComparison.OrdinalIgnoreCase))
        {
            tls = false;
            authority = uri[PlainScheme.Length..];
        }
        else if (uri.StartsWith(TlsScheme, StringComparison.OrdinalIgnoreCase))
        {
            tls = true;
            authority = uri[TlsScheme.Length..];
        }
        else
        {
            throw new SpiceUriException($"'{uri}' is not a SPICE URI: expected spice://host:port");
        }

        var at = authority.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        var query = string.Empty;
        var queryStart = authority.IndexOf('?', StringComparison.Ordinal);
        if (queryStart >= 0)
        {
            query = authority[(queryStart + 1)..];
            authority = authority[..queryStart];
        }

        var slash = authority.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            authority = authority[..slash];
        }

        var (host, portText) = SplitHostPort(authority, uri);
        int? port = null;
        int? tlsPort = null;
        if (portText is not null)
        {
            if (tls)
            {
                tlsPort = ParsePort(portText, uri);
            }
            else
            {
                port = ParsePort(portText, uri);
            }
        }

        string? password = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in query.Split(['&', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? pair : pair[..eq];
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            if (!seen.Add(key))
            {
                throw new SpiceUriException($"'{key}' is given twice in '{uri}'");
            }

            if (value.Length == 0)
            {
                continue;
            }

            switch (key)
            {
                case "port" when !tls:
                    port = port is null ? ParsePort(value, uri) : throw new SpiceUriException($"port is given twice in '{uri}'");
                    break;
                case "tls-port" when !tls:
                    tlsPort = ParsePort(value, uri);
                    break;
                case "port" or "tls-port":
                    break;
                case "password":
                    password = value;
                    break;
                default:
                    throw new SpiceUriException($"unknown key '{key}' in '{uri}'");
            }
        }

        if (host.Length == 0)
        {
            throw new SpiceUriException($"'{uri}' has no host");
        }

        if (port is null && tlsPort is null)
        {
            throw new SpiceUriException($"'{uri}' has no port");
        }

        return new SpiceConnectOptions { Host = host, Port = port, TlsPort = tlsPort, TlsScheme = tls, Password = password };
    }

    private static (string Host, string? Port) SplitHostPort(string authority, string uri)
    {
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new SpiceUriException($"missing closing ']' in '{uri}'");
            }

            var host = authority[1..close];
            var rest = authority[(close + 1)..];
            return (host, rest.StartsWith(':') ? rest[1..] : null);
        }

        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? (Uri.UnescapeDataString(authority), null)
            : (Uri.UnescapeDataString(authority[..colon]), authority[(colon + 1)..]);
    }

    internal static int ParsePort(string text, string source) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new SpiceUriException($"invalid port '{text}' in '{source}'");
}
