using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Audio;

/// <summary>The tone guest: loops 1 s of a 440 Hz 48 kHz stereo tone through intel-hda into SPICE playback.</summary>
public sealed class QemuToneFixture : GuestQemuFixture
{
    protected override QemuOptions Options => QemuOptions.Guest("tone").WithAudio();
}
