using System.Drawing;
using SkiaSharp;

namespace Spice.Cli.Demo;

internal sealed partial class DemoDesktop
{
    private void DrawBackground()
    {
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0),
                new SKPoint(_display.Width, _display.Height),
                [new SKColor(0x1E, 0x3A, 0x5F), new SKColor(0x3C, 0x1E, 0x50)],
                SKShaderTileMode.Clamp),
        };
        _canvas.DrawRect(0, 0, _display.Width, _display.Height, paint);
    }

    private void DrawPanel(Rectangle area)
    {
        using var panel = new SKPaint { Color = new SKColor(0xF4, 0xF4, 0xF0), IsAntialias = true };
        _canvas.DrawRect(ToSk(area), panel);
    }

    private void DrawClock()
    {
        DrawPanel(_clockArea);
        using var font = Font(40);
        using var ink = new SKPaint { Color = new SKColor(0x20, 0x20, 0x20), IsAntialias = true };
        _canvas.DrawText(DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), _clockArea.Left + 12, _clockArea.Bottom - 16, font, ink);
    }

    private void DrawText()
    {
        DrawPanel(_textArea);
        using var font = Font(18);
        using var ink = new SKPaint { Color = new SKColor(0x10, 0x10, 0x60), IsAntialias = true };
        var lines = (_typed.Length == 0 ? "Type here..." : _typed.ToString()).Split('\n');
        var lineHeight = 22;
        var visible = Math.Max(1, (_textArea.Height - 8) / lineHeight);
        var first = Math.Max(0, lines.Length - visible);
        for (var i = first; i < lines.Length; i++)
        {
            _canvas.DrawText(lines[i], _textArea.Left + 8, _textArea.Top + 4 + ((i - first + 1) * lineHeight) - 6, font, ink);
        }
    }

    private void DrawAnimation()
    {
        using var back = new SKPaint { Color = new SKColor(0x10, 0x10, 0x18) };
        _canvas.DrawRect(ToSk(_animationArea), back);
        var radius = Math.Min(24, Math.Min(_animationArea.Width, _animationArea.Height) / 4f);
        var travelX = Math.Max(1, _animationArea.Width - (2 * radius));
        var travelY = Math.Max(1, _animationArea.Height - (2 * radius));
        var x = Bounce(_frame * 7, travelX);
        var y = Bounce(_frame * 5, travelY);
        using var ball = new SKPaint { Color = SKColor.FromHsv(_frame * 3 % 360, 80, 95), IsAntialias = true };
        _canvas.DrawCircle(_animationArea.Left + radius + x, _animationArea.Top + radius + y, radius, ball);
    }

    private static float Bounce(int position, float travel)
    {
        var period = (int)(2 * travel);
        var p = position % Math.Max(1, period);
        return p <= travel ? p : period - p;
    }

    private void DrawPhoto()
    {
        var path = FindCorpusPhoto();
        using var photo = path is null ? null : SKBitmap.Decode(path);
        if (photo is null)
        {
            using var paint = new SKPaint
            {
                Shader = SKShader.CreateSweepGradient(
                    new SKPoint(_photoArea.Left + (_photoArea.Width / 2f), _photoArea.Top + (_photoArea.Height / 2f)),
                    [SKColors.Red, SKColors.Yellow, SKColors.Lime, SKColors.Cyan, SKColors.Blue, SKColors.Magenta, SKColors.Red]),
            };
            _canvas.DrawRect(ToSk(_photoArea), paint);
            return;
        }

        var scale = Math.Min(_photoArea.Width / (float)photo.Width, _photoArea.Height / (float)photo.Height);
        var w = photo.Width * scale;
        var h = photo.Height * scale;
        var target = new SKRect(_photoArea.Left, _photoArea.Top, _photoArea.Left + w, _photoArea.Top + h);
        using var image = SKImage.FromBitmap(photo);
        _canvas.DrawImage(image, target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }
}
