using Spice.Protocol;

namespace Spice.Cli.Commands;

internal static class CapabilityNames
{
    /// <summary>The capability enum of a channel type, or null for channels this tool does not name.</summary>
    public static Type? EnumFor(ChannelType type) => type switch
    {
        ChannelType.Main => typeof(MainCapability),
        ChannelType.Display => typeof(DisplayCapability),
        ChannelType.Inputs => typeof(InputsCapability),
        ChannelType.Cursor => typeof(CursorCapability),
        ChannelType.Playback => typeof(PlaybackCapability),
        ChannelType.Record => typeof(RecordCapability),
        _ => null,
    };

    /// <summary>Names of the set bits; a bit without a name shows as its number.</summary>
    public static IEnumerable<string> Of(Capabilities caps, Type? names)
    {
        for (var bit = 0; bit < caps.WordCount * 32; bit++)
        {
            if (caps.Has(bit))
            {
                yield return (names is null ? null : Enum.GetName(names, Enum.ToObject(names, bit))) ?? $"bit{bit}";
            }
        }
    }
}
