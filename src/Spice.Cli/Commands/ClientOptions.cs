using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spice.Client.Connection;

namespace Spice.Cli.Commands;

/// <summary>
/// The options every client command shares: the server, --password, --timeout, --verbose, and for TLS
/// --ca-file F (PEM), --host-subject "C=..,O=..,CN=.." and --insecure (accept any server certificate).
/// </summary>
internal static class ClientOptions
{
    public static readonly Dictionary<string, string> ValueOptions = new(StringComparer.Ordinal)
    {
        ["--password"] = "--password",
        ["-p"] = "--password",
        ["--timeout"] = "--timeout",
        ["-t"] = "--timeout",
        ["--ca-file"] = "--ca-file",
        ["--host-subject"] = "--host-subject",
    };

    public static readonly string[] Flags = ["--verbose", "-v", "--insecure"];

    public static Dictionary<string, string> With(params (string Name, string Canonical)[] extra)
    {
        var all = new Dictionary<string, string>(ValueOptions, StringComparer.Ordinal);
        foreach (var (name, canonical) in extra)
        {
            all[name] = canonical;
        }

        return all;
    }

    /// <summary>Reads the URI or .vv path, with --password overriding what it carries.</summary>
    public static async Task<SpiceConnectOptions> ResolveAsync(CommandLine line, string target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var options = await VirtViewerFile.ResolveAsync(target, cancellationToken).ConfigureAwait(false);
        var password = line.Get("--password");
        var connectTimeout = timeout < options.ConnectTimeout ? timeout : options.ConnectTimeout;
        return options with
        {
            Password = password ?? options.Password,
            ConnectTimeout = connectTimeout,
            CaFile = line.Get("--ca-file") ?? options.CaFile,
            HostSubject = line.Get("--host-subject") ?? options.HostSubject,
            TlsInsecure = line.Has("--insecure") || options.TlsInsecure,
        };
    }

    public static TimeSpan Timeout(CommandLine line, TimeSpan fallback) => line.GetSeconds("--timeout") ?? fallback;

    /// <summary>Silent unless --verbose, so a failure is the one line the runner prints; logs go to stderr.</summary>
    public static ILoggerFactory Logging(CommandLine line)
    {
        if (!line.Has("--verbose") && !line.Has("-v"))
        {
            return NullLoggerFactory.Instance;
        }

        return LoggerFactory.Create(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
    }
}
