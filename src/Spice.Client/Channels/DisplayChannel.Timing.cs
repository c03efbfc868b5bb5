namespace Spice.Client.Channels;

public sealed partial class DisplayChannel
{
    /// <summary>The session's multimedia clock; without one, frames count as exactly on time.</summary>
    internal Func<uint>? MultimediaClock { get; set; }

    /// <summary>A stream frame was drawn: stream id, its multimedia time, and how long before it was due (ms; negative when late).</summary>
    internal event Action<uint, uint, int>? FrameTimed;

    /// <summary>last_frame_delay of a stream report: the frame's time minus the client's time now.</summary>
    private int FrameDelay(Protocol.Messages.Display.StreamDataHeader header) =>
        MultimediaClock is { } clock ? unchecked((int)(header.MultiMediaTime - clock())) : 0;
}
