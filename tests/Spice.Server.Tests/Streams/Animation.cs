using System.Drawing;
using Spice.TestSupport;

namespace Spice.Server.Tests.Streams;

/// <summary>Redraws an area with a moving photograph about 30 times a second until stopped.</summary>
internal sealed class Animation : IDisposable
{
    private static readonly CorpusImage Photo = Corpus.Load("photo");

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private Rectangle? _also;

    public Animation(SpiceDisplay display, Rectangle area)
    {
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(33));
            var frame = 0;
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await timer.WaitForNextTickAsync(_stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                DrawFrame(display, area, ++frame);
                if (_also is { } also)
                {
                    DrawFrame(display, also, frame * 3);
                }
            }
        });
    }

    /// <summary>From now on also redraws <paramref name="area"/> every frame, as another window would.</summary>
    public void Also(Rectangle area) => _also = area;

    public static void DrawFrame(SpiceDisplay display, Rectangle area, int frame)
    {
        var x = (frame * 7) % (Photo.Width - area.Width);
        var y = (frame * 3) % (Photo.Height - area.Height);
        display.Write(Photo.Bgra.AsSpan((y * Photo.Stride) + (x * 4)), Photo.Stride, area);
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _loop.Wait();
        _stop.Dispose();
    }
}
