using Spice.Server.Display.Streams;

namespace Spice.Server;

public sealed partial class SpiceServer
{
    /// <summary>The server's multimedia time now (ms): the one clock video frames and audio packets are stamped with.</summary>
    public uint MultimediaTime => Clock.Now;

    internal MultimediaClock Clock { get; } = new();
}
