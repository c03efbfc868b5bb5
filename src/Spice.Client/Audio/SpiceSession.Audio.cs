using Spice.Client.Audio;
using Spice.Client.Channels;
using Spice.Client.Connection;
using Spice.Protocol;
using Microsoft.Extensions.Logging;

namespace Spice.Client;

public sealed partial class SpiceSession
{
    private readonly MultimediaClock _clock = new();

    /// <summary>The server's sound, when it offers a playback channel.</summary>
    public PlaybackChannel? Playback { get; private set; }

    /// <summary>The microphone link, when the server offers a record channel.</summary>
    public RecordChannel? Record { get; private set; }

    /// <summary>
    /// The multimedia clock a player presents by: the server's multimedia time (from main init and
    /// MULTI_MEDIA_TIME, advanced by the local clock), behind the server's own by the stream latency.
    /// </summary>
    public uint MultimediaTime => _clock.Now;

    private static bool IsAudio(ChannelType type) => type is ChannelType.Playback or ChannelType.Record;

    private Capabilities AudioCaps(ChannelType type) => type == ChannelType.Playback
        ? PlaybackChannel.ClientCaps(Options.OpusAudio)
        : RecordChannel.ClientCaps(Options.OpusAudio);

    private SpiceChannel CreateAudioChannel(LinkedStream link)
    {
        if (link.Type == ChannelType.Playback)
        {
            var playback = new PlaybackChannel(link, _loggerFactory.CreateLogger<PlaybackChannel>());
            Playback = playback;
            WireTiming(playback);
            return playback;
        }

        var record = new RecordChannel(link, _loggerFactory.CreateLogger<RecordChannel>(), Options.OpusAudio, () => _clock.Now);
        Record = record;
        return record;
    }
}
