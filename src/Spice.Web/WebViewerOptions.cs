using System.Net;

namespace Spice.Web;

/// <summary>How <see cref="WebViewer"/> listens and how it turns the screen into tiles.</summary>
public sealed class WebViewerOptions
{
    /// <summary>Where the page and its WebSocket are served; loopback by default, since the page needs no password.</summary>
    public IPEndPoint Listen { get; set; } = new(IPAddress.Loopback, 8080);

    /// <summary>Edge of the square tiles the screen is compared and sent in.</summary>
    public int TileSize { get; set; } = 64;

    /// <summary>The screen is captured and compared at most this often.</summary>
    public TimeSpan FrameInterval { get; set; } = TimeSpan.FromMilliseconds(33);

    /// <summary>Only PNG tiles, never JPEG.</summary>
    public bool Lossless { get; set; }

    /// <summary>JPEG quality (1..100) for photographic tiles in large updates.</summary>
    public int JpegQuality { get; set; } = 80;

    /// <summary>An update of at least this many tiles is "large": its photographic tiles go as JPEG.</summary>
    public int JpegMinTiles { get; set; } = 12;

    /// <summary>A tile sent as JPEG is sent again as PNG once it has stayed unchanged this long.</summary>
    public TimeSpan RefineAfter { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Whether a browser's window size is asked of the guest agent (the last browser to resize wins).</summary>
    public bool ResizeGuest { get; set; } = true;

    /// <summary>Browsers watching at once; more are refused with 503.</summary>
    public int MaxViewers { get; set; } = 16;

    /// <summary>A browser that takes longer than this to accept one message is dropped.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
