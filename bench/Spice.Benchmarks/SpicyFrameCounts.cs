using System.Text.RegularExpressions;

namespace Spice.Benchmarks;

/// <summary>
/// Per-frame stream events in a stretch of spice-gtk's debug log (<c>channel-display.c</c>
/// <c>display_stream_stats_save</c>, <c>channel-display-mjpeg.c</c> <c>mjpeg_decoder_schedule</c>).
/// </summary>
internal readonly partial record struct SpicyFrameCounts(int InTime, int Late, int DroppedAtRendering, int StreamsCreated)
{
    public static SpicyFrameCounts Parse(string log) => new(
        InTimeLine().Count(log),
        log.Split('\n').Count(l => l.Contains("stream data too late by", StringComparison.Ordinal)),
        log.Split('\n').Count(l => l.Contains("rendering too late by", StringComparison.Ordinal)),
        log.Split('\n').Count(l => l.Contains("display_handle_stream_create", StringComparison.Ordinal)));

    // Not the "video margin: N, set to 0 since there is no playback" line, which comes before the counted one for the same frame.
    [GeneratedRegex(@": video margin: -?\d+$", RegexOptions.Multiline)]
    private static partial Regex InTimeLine();
}
