namespace Spice.Server.Display.Codecs;

/// <summary>The codecs the server can use now; each compressed one joins as its encoder lands in Spice.Codecs.</summary>
internal static class ImageCodecs
{
    public static IImageCodec? For(ImageCodecPolicy policy) => policy switch
    {
        ImageCodecPolicy.Off => BitmapCodec.Instance,
        _ => null,
    };
}
