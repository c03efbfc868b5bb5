using Spice.Client.Channels;

namespace Spice.Client;

public sealed partial class SpiceSession
{
    /// <summary>
    /// Every stream frame drawn and every playback packet decoded, with its multimedia time against
    /// <see cref="MultimediaTime"/>: what a player needs to keep video and sound together. Raised on
    /// the channel's read loop; handlers must be quick.
    /// </summary>
    public event EventHandler<MediaTiming>? MediaArrived;

    private void WireTiming(DisplayChannel display)
    {
        display.MultimediaClock = () => _clock.Now;
        display.FrameTimed += (stream, time, delay) => MediaArrived?.Invoke(this, new MediaTiming(MediaKind.Video, stream, time, delay));
    }

    private void WireTiming(PlaybackChannel playback) =>
        playback.Audio += (time, _) => MediaArrived?.Invoke(this, new MediaTiming(MediaKind.Audio, 0, time, unchecked((int)(time - _clock.Now))));
}
