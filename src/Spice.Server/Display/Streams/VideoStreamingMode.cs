namespace Spice.Server;

/// <summary>Which areas of the display go to clients as MJPEG video streams (spice-server's streaming-video).</summary>
public enum VideoStreamingMode
{
    /// <summary>Never: every change is sent as lossless (or JPEG) images.</summary>
    Off,

    /// <summary>Only the area the embedder declared with <see cref="SpiceDisplay.SetVideoHint"/>.</summary>
    HintOnly,

    /// <summary>The declared area, and any area redrawn in the same place at video rate.</summary>
    Auto,
}
