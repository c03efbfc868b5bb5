using System.Drawing;
using SkiaSharp;

namespace Spice.Cli.Demo;

/// <summary>
/// Where things go for a given monitor layout: the demo's panels fill the first monitor, every
/// other monitor gets a label with its number and size. A new layout resizes the display (one
/// surface holding all heads) and redraws everything.
/// </summary>
internal sealed partial class DemoDesktop
{
    private Rectangle[] _heads = [];

    /// <summary>The monitors as laid out now.</summary>
    public IReadOnlyList<Rectangle> Heads
    {
        get
        {
            lock (_gate)
            {
                return _heads;
            }
        }
    }

    /// <summary>Takes a client's monitor layout; false when it is the one already shown.</summary>
    public bool SetLayout(IReadOnlyList<Rectangle> heads)
    {
        lock (_gate)
        {
            if (heads.SequenceEqual(_heads))
            {
                return false;
            }

            _display.SetMonitors(heads);
            Layout(_display.Monitors);
            return true;
        }
    }

    /// <summary>Draws the whole desktop for <paramref name="heads"/> into a new bitmap of the display's size; under the gate.</summary>
    private void Layout(IReadOnlyList<Rectangle> heads)
    {
        _heads = [.. heads];
        var width = _display.Width;
        var height = _display.Height;
        _canvas?.Dispose();
        _canvasBitmap?.Dispose();
        _canvasBitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        _canvas = new SKCanvas(_canvasBitmap);

        var main = heads[0];
        var x = main.X + Margin;
        var half = Math.Max(16, (main.Width / 2) - (2 * Margin));
        _clockArea = new Rectangle(x, main.Y + Margin, Math.Max(16, Math.Min(360, main.Width - (2 * Margin))), 64);
        _textArea = new Rectangle(x, _clockArea.Bottom + Margin, half, Math.Max(16, (main.Height / 3) - Margin));
        _agentArea = new Rectangle(x, _textArea.Bottom + Margin, half, AgentPanelHeight);
        _animationArea = new Rectangle(x, _agentArea.Bottom + Margin, half, Math.Max(16, main.Bottom - _agentArea.Bottom - (2 * Margin)));
        LayoutAudioMeter(ref _animationArea);
        _photoArea = new Rectangle(main.X + (main.Width / 2), main.Y + Margin, Math.Max(16, (main.Width / 2) - Margin), Math.Max(16, main.Height - (2 * Margin)));

        DrawBackground();
        DrawPhoto();
        DrawClock();
        DrawText();
        DrawAgentPanel();
        DrawAnimation();
        DrawAudioMeter();
        for (var i = 1; i < heads.Count; i++)
        {
            DrawMonitorLabel(i, heads[i]);
        }

        Publish(_display.Bounds);
    }

    private void DrawMonitorLabel(int index, Rectangle head)
    {
        using var back = new SKPaint { Color = SKColor.FromHsv(index * 67 % 360, 45, 40) };
        _canvas.DrawRect(ToSk(head), back);
        var panel = new Rectangle(head.X + Margin, head.Y + Margin, Math.Max(16, Math.Min(420, head.Width - (2 * Margin))), 64);
        DrawPanel(panel);
        using var font = Font(32);
        using var ink = new SKPaint { Color = new SKColor(0x20, 0x20, 0x20), IsAntialias = true };
        _canvas.DrawText($"Monitor {index + 1}: {head.Width}x{head.Height}", panel.Left + 12, panel.Bottom - 20, font, ink);
    }
}
