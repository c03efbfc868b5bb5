using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Audio;

/// <summary>The loop guest: plays back what it records (arecord | aplay) through intel-hda and SPICE.</summary>
public sealed class QemuLoopFixture : GuestQemuFixture
{
    protected override QemuOptions Options => QemuOptions.Guest("loop").WithAudio();
}
