namespace Spice.Client;

/// <summary>Which kind of media a <see cref="MediaTiming"/> is about.</summary>
public enum MediaKind
{
    Video,
    Audio,
}

/// <summary>
/// A video frame or audio packet as a player needs to place it: its multimedia time (stamped by the
/// server's one clock) against the session's multimedia clock when it arrived. Both kinds share the
/// clock, so a player syncs them by playing each when <see cref="SpiceSession.MultimediaTime"/> reaches it.
/// </summary>
/// <param name="Kind">Video (a stream frame) or audio (a playback packet).</param>
/// <param name="StreamId">The video stream's id; 0 for audio.</param>
/// <param name="MultimediaTime">When it is due, in the server's multimedia time (ms).</param>
/// <param name="Delay">How long before it is due it arrived (ms); negative when late.</param>
public readonly record struct MediaTiming(MediaKind Kind, uint StreamId, uint MultimediaTime, int Delay);
