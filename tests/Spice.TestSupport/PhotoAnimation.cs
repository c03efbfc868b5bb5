using System.Drawing;

namespace Spice.TestSupport;

/// <summary>Redraws an area with a moving photograph about 30 times a second until stopped: a video, as a server's display sees one.</summary>
public sealed class PhotoAnimation : IDisposable
{
    private static readonly CorpusImage Photo = Corpus.Load("photo");

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private Rectangle? _also;

    public PhotoAnimation(ScreenWriter write, Rectangle area)
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

                DrawFrame(write, area, ++frame);
                if (_also is { } also)
                {
                    DrawFrame(write, also, frame * 3);
                }
            }
        });
    }

    /// <summary>From now on also redraws <paramref name="area"/> every frame, as another window would.</summary>
    public void Also(Rectangle area) => _also = area;

    /// <summary>Draws frame <paramref name="frame"/> of the animation into <paramref name="area"/>.</summary>
    public static void DrawFrame(ScreenWriter write, Rectangle area, int frame)
    {
        var x = (frame * 7) % (Photo.Width - area.Width);
        var y = (frame * 3) % (Photo.Height - area.Height);
        write(Photo.Bgra.AsSpan((y * Photo.Stride) + (x * 4)), Photo.Stride, area);
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
