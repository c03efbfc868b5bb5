using Xunit;

namespace Spice.TestSupport.Peers;

/// <summary>
/// xunit class/collection fixture: one QEMU running the test guest, booted once for all tests of a class.
/// Default: photo mode with QEMU's default -spice options. Subclass and override <see cref="Options"/>
/// for another mode or compression (e.g. <c>QemuOptions.Guest("photo", "image-compression=quic")</c>).
/// </summary>
public class GuestQemuFixture : IAsyncLifetime
{
    private QemuPeer? _qemu;

    protected virtual QemuOptions Options => QemuOptions.Guest("photo");

    /// <summary>The running QEMU (throws if the boot failed; the message says why).</summary>
    public QemuPeer Qemu => _qemu ?? throw new InvalidOperationException($"guest QEMU did not start: {StartError}");

    public Exception? StartError { get; private set; }

    public async Task InitializeAsync()
    {
        try
        {
            _qemu = await QemuPeer.StartAsync(Options);
        }
        catch (Exception e)
        {
            // surfaced by every test through Qemu, so each fails with the reason instead of a fixture error
            StartError = e;
        }
    }

    public async Task DisposeAsync()
    {
        if (_qemu is not null)
        {
            await _qemu.DisposeAsync();
        }
    }
}
