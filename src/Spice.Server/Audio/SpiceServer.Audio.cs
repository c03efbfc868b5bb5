namespace Spice.Server;

public sealed partial class SpiceServer
{
    private SpiceAudio? _audio;

    /// <summary>Sound: what clients play (playback channel) and what they record (record channel).</summary>
    public SpiceAudio Audio => LazyInitializer.EnsureInitialized(ref _audio, () => new SpiceAudio(LoggerFactory, Clock));
}
