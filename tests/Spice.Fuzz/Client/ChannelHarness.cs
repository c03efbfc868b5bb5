using Microsoft.Extensions.Logging.Abstractions;
using Spice.Client.Channels;
using Spice.Client.Connection;
using Spice.Protocol;
using Spice.Protocol.Messages.Display;
using Spice.Protocol.Messages.Inputs;

namespace Spice.Fuzz.Client;

/// <summary>Runs one client channel over a <see cref="ScriptedStream"/> until the script ends, and says how it closed.</summary>
internal static class ChannelHarness
{
    /// <summary>A channel that has read its whole script must have closed by then.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Returns what the channel closed with: null for a clean end, else the handled failure.</summary>
    /// <exception cref="TimeoutException">The channel neither closed nor failed: a hang or an escaped exception.</exception>
    public static async Task<Exception?> RunAsync(ChannelType type, byte[] script, int seed)
    {
        var stream = new ScriptedStream(script, seed);
        var serverCaps = type switch
        {
            ChannelType.Display => new Capabilities().Set(DisplayCapability.StreamReport).Set(DisplayCapability.PrefCompression),
            ChannelType.Inputs => new Capabilities().Set(InputsCapability.KeyScancode),
            _ => new Capabilities(),
        };
        var mini = new Capabilities().Set(CommonCapability.MiniHeader);
        var link = new LinkedStream(stream, type, 0, mini, serverCaps, mini, new Capabilities());
        SpiceChannel channel = type switch
        {
            ChannelType.Main => new MainChannel(link, NullLogger.Instance),
            ChannelType.Display => new DisplayChannel(link, NullLogger.Instance, ImageCompression.AutoGlz),
            ChannelType.Cursor => new CursorChannel(link, NullLogger.Instance),
            ChannelType.Inputs => new InputsChannel(link, NullLogger.Instance),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
        await using (channel)
        {
            await channel.StartAsync(CancellationToken.None);
            return await channel.Closed.WaitAsync(Bound);
        }
    }
}
