using System.Drawing;
using Spice.Server;

namespace Spice.Client.Tests.EndToEnd;

/// <summary>Draws a moving box into a <see cref="SpiceDisplay"/> at 25 fps until disposed: where it goes is up to the test.</summary>
internal sealed class Animator : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;

    public Animator(SpiceDisplay display, Func<int, Rectangle> boxAt) => _run = RunAsync(display, boxAt, _stop.Token);

    private static async Task RunAsync(SpiceDisplay display, Func<int, Rectangle> boxAt, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(40));
        var previous = Rectangle.Empty;
        for (var frame = 0; await WaitAsync(timer, cancellationToken); frame++)
        {
            var box = Rectangle.Intersect(boxAt(frame), display.Bounds);
            using (var pixels = display.Lock())
            {
                Paint(pixels.Pixels, pixels.Stride, previous, 0x30);
                Paint(pixels.Pixels, pixels.Stride, box, (byte)(0x80 + (frame % 64)));
            }

            display.Invalidate(previous);
            display.Invalidate(box);
            previous = box;
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static void Paint(Span<byte> bgra, int stride, Rectangle box, byte level)
    {
        for (var y = box.Top; y < box.Bottom; y++)
        {
            for (var x = box.Left; x < box.Right; x++)
            {
                var at = (y * stride) + (x * 4);
                bgra[at] = level;
                bgra[at + 1] = (byte)(255 - level);
                bgra[at + 2] = level;
                bgra[at + 3] = 0xFF;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run;
        _stop.Dispose();
    }
}
