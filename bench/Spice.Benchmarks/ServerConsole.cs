namespace Spice.Benchmarks;

/// <summary>
/// Console figures for the server (not BenchmarkDotNet: they need a client, a second process and
/// CPU time rather than wall time on a shared machine). Modes:
/// <c>server-codecs</c> (encode time and size per codec on 1080p corpus frames),
/// <c>server-stream [seconds]</c> (starts <c>server-stream-host</c> pinned to one core with taskset
/// and watches it with our client), <c>server-stream-spicy [seconds]</c> (the same host watched by spicy,
/// spice-gtk, on Xvfb), <c>jpeg-encode [quality]</c> (our JPEG encoder against Skia's),
/// <c>stream-frame</c> (the client's CPU time per 1080p MJPEG stream frame).
/// </summary>
internal static class ServerConsole
{
    public static bool Handles(string[] args) => args is ["server-codecs" or "server-stream" or "server-stream-spicy" or "server-stream-host" or "jpeg-encode" or "stream-frame", ..];

    public static async Task RunAsync(string[] args)
    {
        switch (args[0])
        {
            case "server-codecs":
                ServerCodecFigures.Run();
                break;
            case "jpeg-encode":
                JpegEncodeFigures.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 80);
                break;
            case "stream-frame":
                StreamFrameFigures.Run();
                break;
            case "server-stream":
                await ServerStreamClient.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
                break;
            case "server-stream-spicy":
                await ServerStreamSpicy.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
                break;
            default:
                await ServerStreamHost.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
