using System.Buffers.Binary;
using System.Drawing;
using Microsoft.Extensions.Logging.Abstractions;
using Spice.Client;
using Spice.Client.Connection;

namespace Spice.Server.Tests.Robustness;

/// <summary>
/// The embedding example of src/Spice.Server/README.md, verbatim between the markers: it must
/// compile and work, so our client sees what it drew and its input sink gets what is typed.
/// </summary>
public sealed class EmbeddingExampleTests
{
    [Fact]
    public async Task Readme_embedding_example_works()
    {
        var mySink = new KeySink();
        var loggerFactory = NullLoggerFactory.Instance;

        // README example begins
        var display = new SpiceDisplay(640, 480);                    // 32-bit B,G,R,A
        await using var server = new SpiceServer(new SpiceServerOptions
        {
            Port = 0,                           // 0: any free port (server.Port); Address defaults to 127.0.0.1
            Password = "secret",                // null: no ticketing; PasswordExpiry optional
            ImageCodec = ImageCodecPolicy.Auto, // Off, Lz, Glz, Lz4, Quic, Jpeg force one
            InputSink = mySink,                 // ISpiceInputSink: keys (XT scancodes), mouse
            LoggerFactory = loggerFactory,
        }, display);
        await server.StartAsync();

        using (var frame = display.Lock())                          // draw an orange 200x100 box at (10,10)
        {
            for (var y = 10; y < 110; y++)
            {
                for (var x = 10; x < 210; x++)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(frame.Pixels[((y * frame.Stride) + (x * 4))..], 0xFFFF8000); // A,R,G,B
                }
            }
        }

        display.Invalidate(new Rectangle(10, 10, 200, 100));         // or display.Write(pixels, stride, area)
        // README example ends

        await using var client = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port, Password = "secret" });
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        DisplaySnapshotPixel? seen = null;
        while (DateTime.UtcNow < deadline && seen is not { Inside: 0xFFFF8000, Outside: 0xFF000000 })
        {
            await client.WaitForDisplaySettledAsync(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30));
            seen = client.CaptureMonitor() is { } shot
                ? new DisplaySnapshotPixel(Pixel(shot.Bgra, shot.Stride, 109, 59) | 0xFF000000, Pixel(shot.Bgra, shot.Stride, 300, 200) | 0xFF000000)
                : null;
        }

        Assert.Equal(new DisplaySnapshotPixel(0xFFFF8000, 0xFF000000), seen);

        await client.TypeTextAsync("a");
        var typed = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (mySink.Downs.IsEmpty && DateTime.UtcNow < typed)
        {
            await Task.Delay(50);
        }

        Assert.Equal([0x1E], mySink.Downs.ToArray());
    }

    private static uint Pixel(byte[] bgra, int stride, int x, int y) => BinaryPrimitives.ReadUInt32LittleEndian(bgra.AsSpan((y * stride) + (x * 4)));

    private sealed record DisplaySnapshotPixel(uint Inside, uint Outside);

    private sealed class KeySink : ISpiceInputSink
    {
        public System.Collections.Concurrent.ConcurrentQueue<int> Downs { get; } = new();

        public void KeyDown(int scancode) => Downs.Enqueue(scancode);

        public void KeyUp(int scancode)
        {
        }

        public void MouseMotion(int dx, int dy, SpiceMouseButtons buttons)
        {
        }

        public void MousePosition(int x, int y, SpiceMouseButtons buttons, int displayId)
        {
        }

        public void MousePress(SpiceMouseButton button, SpiceMouseButtons buttons)
        {
        }

        public void MouseRelease(SpiceMouseButton button, SpiceMouseButtons buttons)
        {
        }
    }
}
