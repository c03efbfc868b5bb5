using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Spice.Client;
using Spice.Client.Channels;
using Spice.Protocol;

namespace Spice.Cli.Commands;

/// <summary>What `spice info` prints, as text or JSON.</summary>
internal sealed record SessionReport(
    int Schema,
    string Server,
    uint SessionId,
    string[] SupportedMouseModes,
    string CurrentMouseMode,
    string[] ListedChannels,
    ChannelReport[] Channels,
    DisplayReport[] Displays)
{
    /// <summary>The JSON schema version `spice info --help` documents.</summary>
    public const int SchemaVersion = 1;

    public static SessionReport From(SpiceSession session) => new(
        SchemaVersion,
        session.Options.ToString(),
        session.SessionId,
        [.. FlagNames(session.SupportedMouseModes)],
        session.CurrentMouseMode.ToString(),
        [.. session.ListedChannels.Select(c => $"{c.Type}:{c.Id}")],
        [.. session.Channels.OrderBy(c => c.Type).ThenBy(c => c.Id).Select(ChannelReport.From)],
        [.. session.Displays.Select(DisplayReport.From)]);

    public string ToText()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"server: {Server}");
        text.AppendLine(inv, $"session id: {SessionId}");
        text.AppendLine(inv, $"mouse modes: {string.Join(", ", SupportedMouseModes)} (current: {CurrentMouseMode})");
        text.AppendLine(inv, $"listed channels: {string.Join(" ", ListedChannels)}");
        foreach (var c in Channels)
        {
            text.AppendLine(inv, $"channel {c.Name}: common caps [{string.Join(", ", c.CommonCaps)}], channel caps [{string.Join(", ", c.ChannelCaps)}]");
        }

        foreach (var d in Displays)
        {
            foreach (var s in d.Surfaces)
            {
                text.AppendLine(inv, $"display {d.Id} surface {s.Id}: {s.Width}x{s.Height}{(s.Primary ? " (primary)" : string.Empty)}");
            }

            foreach (var m in d.Monitors)
            {
                text.AppendLine(inv, $"display {d.Id} monitor {m.Id}: {m.Width}x{m.Height}+{m.X}+{m.Y} on surface {m.SurfaceId}");
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> FlagNames<T>(T value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToUInt64(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).Select(f => f.ToString());
}

internal sealed record ChannelReport(string Name, string[] CommonCaps, string[] ChannelCaps)
{
    public static ChannelReport From(SpiceChannel channel) => new(
        $"{channel.Type}:{channel.Id}",
        [.. CapabilityNames.Of(channel.ServerCommonCaps, typeof(CommonCapability))],
        [.. CapabilityNames.Of(channel.ServerChannelCaps, CapabilityNames.EnumFor(channel.Type))]);
}

internal sealed record DisplayReport(byte Id, SurfaceReport[] Surfaces, MonitorReport[] Monitors)
{
    public static DisplayReport From(DisplayChannel display) => new(
        display.Id,
        [.. display.Surfaces.Select(s => new SurfaceReport(s.Id, s.Width, s.Height, s.Primary))],
        [.. display.Monitors.Select(m => new MonitorReport(m.Id, m.SurfaceId, m.X, m.Y, m.Width, m.Height))]);
}

internal sealed record SurfaceReport(uint Id, int Width, int Height, bool Primary);

internal sealed record MonitorReport(uint Id, uint SurfaceId, int X, int Y, int Width, int Height);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SessionReport))]
internal sealed partial class SessionReportJson : JsonSerializerContext;
