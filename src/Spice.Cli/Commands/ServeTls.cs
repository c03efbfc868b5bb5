using System.Globalization;
using Spice.Protocol;
using Spice.Server;

namespace Spice.Cli.Commands;

/// <summary>`spice serve` TLS options: --tls-port N --cert F --key F [--tls-channels all|main,display,...].</summary>
internal sealed class ServeTls
{
    public int? Port { get; private set; }

    public string? CertificateFile { get; private set; }

    public string? KeyFile { get; private set; }

    public string? Channels { get; private set; }

    public static SpiceTlsOptions? Options(ServeTls? tls)
    {
        if (tls is null)
        {
            return null;
        }

        var options = new SpiceTlsOptions { Port = tls.Port!.Value, CertificateFile = tls.CertificateFile, PrivateKeyFile = tls.KeyFile };
        foreach (var name in (tls.Channels ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (name is "all" or "default")
            {
                options.SecureAllChannels = true;
            }
            else
            {
                options.SecureChannels.Add(Enum.Parse<ChannelType>(name, ignoreCase: true));
            }
        }

        return options;
    }

    public static string Describe(ServeTls? tls) => tls is null ? string.Empty : $" and TLS port {tls.Port}";

    /// <summary>Takes the option when it is one of ours.</summary>
    public bool TryParse(string name, Func<string> value)
    {
        switch (name)
        {
            case "--tls-port":
                var text = value();
                Port = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
                    ? port
                    : throw new FormatException($"--tls-port must be 0..65535, got '{text}'");
                return true;
            case "--cert":
                CertificateFile = value();
                return true;
            case "--key":
                KeyFile = value();
                return true;
            case "--tls-channels":
                Channels = value();
                foreach (var channel in Channels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (channel is not ("all" or "default") && (!Enum.TryParse<ChannelType>(channel, ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(channel, out _)))
                    {
                        throw new FormatException($"--tls-channels takes all or channel names (main, display, inputs, cursor, ...), got '{channel}'");
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>This, when TLS was asked for and is complete; null when no TLS option was given.</summary>
    public ServeTls? Validate()
    {
        if (Port is null && CertificateFile is null && KeyFile is null && Channels is null)
        {
            return null;
        }

        if (Port is null || CertificateFile is null)
        {
            throw new FormatException("TLS needs both --tls-port and --cert (and --key unless the key is in the --cert file)");
        }

        return this;
    }
}
