using Microsoft.Extensions.Logging;

namespace Spice.Client.Audio;

/// <summary>Sound log lines (event ids 4xxx).</summary>
internal static partial class AudioLog
{
    [LoggerMessage(4001, LogLevel.Information, "Playback: mode {Mode}")]
    public static partial void PlaybackMode(ILogger logger, string mode);

    [LoggerMessage(4002, LogLevel.Information, "Playback started: {Channels} channels, {Frequency} Hz, time {Time}")]
    public static partial void PlaybackStarted(ILogger logger, uint channels, uint frequency, uint time);

    [LoggerMessage(4003, LogLevel.Information, "Record started: sending {Mode}, {Channels} channels, {Frequency} Hz")]
    public static partial void RecordStarted(ILogger logger, string mode, uint channels, uint frequency);

    [LoggerMessage(4004, LogLevel.Warning, "{Channel} dropped a bad audio message ({Reason}); further ones are only counted")]
    public static partial void BadPacket(ILogger logger, string channel, string reason);

    [LoggerMessage(4005, LogLevel.Warning, "Record: the audio source failed")]
    public static partial void SourceFailed(ILogger logger, Exception exception);
}
