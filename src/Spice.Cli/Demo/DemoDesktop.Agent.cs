using System.Drawing;
using SkiaSharp;

namespace Spice.Cli.Demo;

/// <summary>
/// The agent panel: the text the client last copied, and the last file transfer with its progress.
/// A line typed on the demo and ended with Enter becomes the demo's clipboard, offered to clients.
/// Agent events arrive on clients' read loops; the panel is redrawn on the next animation tick.
/// </summary>
internal sealed partial class DemoDesktop
{
    private const int AgentPanelHeight = 56;
    private const int MaxShownChars = 200;

    private Rectangle _agentArea;
    private string? _clipboardText;
    private string? _transferLine;
    private bool _agentDirty;

    /// <summary>A line typed on the demo (ended with Enter): the agent offers it as the clipboard.</summary>
    public event Action<string>? LineEntered;

    /// <summary>What a client last copied, as shown on the demo.</summary>
    public string? ClipboardText
    {
        get
        {
            lock (_gate)
            {
                return _clipboardText;
            }
        }
    }

    public void ShowClipboard(string text)
    {
        lock (_gate)
        {
            _clipboardText = text;
            _agentDirty = true;
        }
    }

    public void ShowTransfer(string line)
    {
        lock (_gate)
        {
            _transferLine = line;
            _agentDirty = true;
        }
    }

    private void OfferTypedLine()
    {
        var text = _typed.ToString();
        var start = text.LastIndexOf('\n') + 1;
        var line = text[start..];
        if (line.Length > 0)
        {
            LineEntered?.Invoke(line);
        }
    }

    private void PublishAgentPanelIfChanged()
    {
        if (!_agentDirty)
        {
            return;
        }

        _agentDirty = false;
        DrawAgentPanel();
        Publish(_agentArea);
    }

    private void DrawAgentPanel()
    {
        DrawPanel(_agentArea);
        using var font = Font(16);
        using var ink = new SKPaint { Color = new SKColor(0x10, 0x40, 0x10), IsAntialias = true };
        var clipboard = _clipboardText is null ? "(nothing copied yet)" : Shorten(_clipboardText);
        _canvas.Save();
        _canvas.ClipRect(ToSk(_agentArea));
        _canvas.DrawText("Clipboard: " + clipboard, _agentArea.Left + 8, _agentArea.Top + 22, font, ink);
        _canvas.DrawText("File: " + (_transferLine ?? "(drop a file on the window)"), _agentArea.Left + 8, _agentArea.Top + 46, font, ink);
        _canvas.Restore();
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaxShownChars ? flat : flat[..MaxShownChars] + "...";
    }
}
