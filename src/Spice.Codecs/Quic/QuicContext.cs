namespace Spice.Codecs.Quic;

/// <summary>
/// Model state for one image at a time: four channel models and the two adaptation states (colour and alpha).
/// Reused per thread so steady-state coding allocates nothing.
/// </summary>
internal sealed class QuicContext
{
    [ThreadStatic]
    private static QuicContext? s_current;

    public readonly QuicChannel[] Channels = [new(), new(), new(), new()];

    /// <summary>Shared by R, G, B (or by the gray channel).</summary>
    public readonly QuicRunState ColorState = new();

    public readonly QuicRunState AlphaState = new();

    public static QuicContext Current => s_current ??= new QuicContext();

    public void Reset(int width, QuicFamily family)
    {
        foreach (QuicChannel channel in Channels)
        {
            channel.Reset(width, family);
        }

        ColorState.Reset();
        AlphaState.Reset();
    }

    public QuicRgbGroup<TDepth> Rgb<TDepth>()
        where TDepth : IQuicDepth => new(Channels[0], Channels[1], Channels[2], ColorState);

    public QuicSingleGroup Alpha() => new(Channels[3], AlphaState, 3, gray: false);

    public QuicSingleGroup Gray() => new(Channels[0], ColorState, 0, gray: true);
}
