using Spice.Client.Canvas;
using Spice.Client.Display;
using Spice.Codecs;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;

namespace Spice.Client.Channels;

public sealed partial class DisplayChannel
{
    /// <summary>Guards the canvas: the read loop draws, any thread may capture.</summary>
    private readonly Lock _canvasLock = new();
    private readonly DisplayCanvas _canvas = new();

    /// <summary>Raised on the read loop after pixels of a surface changed.</summary>
    public event EventHandler? Invalidated;

    /// <summary>Surfaces that exist now.</summary>
    public IReadOnlyList<SurfaceInfo> Surfaces
    {
        get
        {
            lock (_canvasLock)
            {
                return [.. _canvas.Surfaces.Select(s => new SurfaceInfo(s.Id, s.Width, s.Height, s.IsPrimary)).OrderBy(s => s.Id)];
            }
        }
    }

    /// <summary>Heads from the last monitors-config; empty when the server sent none.</summary>
    public IReadOnlyList<MonitorInfo> Monitors
    {
        get
        {
            lock (_canvasLock)
            {
                return [.. _canvas.Monitors.Select(m => new MonitorInfo(m.MonitorId, m.SurfaceId, m.X, m.Y, m.Width, m.Height))];
            }
        }
    }

    public bool HasPrimary
    {
        get
        {
            lock (_canvasLock)
            {
                return _canvas.Primary is not null;
            }
        }
    }

    /// <summary>A copy of the primary surface, or of one monitor's region of it; null when there is nothing to show.</summary>
    public DisplaySnapshot? Capture(int? monitor = null)
    {
        lock (_canvasLock)
        {
            var primary = _canvas.Primary;
            if (primary is null)
            {
                return null;
            }

            var (x, y, w, h) = (0, 0, primary.Width, primary.Height);
            if (monitor is { } n)
            {
                var heads = _canvas.Monitors;
                if (heads.Count == 0)
                {
                    if (n != 0)
                    {
                        return null;
                    }
                }
                else
                {
                    if (n >= heads.Count)
                    {
                        return null;
                    }

                    var head = heads[n];
                    x = Math.Clamp(head.X, 0, primary.Width);
                    y = Math.Clamp(head.Y, 0, primary.Height);
                    w = Math.Min(head.Width, primary.Width - x);
                    h = Math.Min(head.Height, primary.Height - y);
                    if (w <= 0 || h <= 0)
                    {
                        return null;
                    }
                }
            }

            return Copy(primary, x, y, w, h);
        }
    }

    private static DisplaySnapshot Copy(CanvasSurface surface, int x, int y, int w, int h)
    {
        var pixels = surface.Pixels;
        var bgra = new byte[w * h * 4];
        for (var row = 0; row < h; row++)
        {
            var source = pixels.Slice(((y + row) * surface.Stride) + (x * 4), w * 4);
            var target = bgra.AsSpan(row * w * 4, w * 4);
            source.CopyTo(target);
            for (var i = 3; i < target.Length; i += 4)
            {
                target[i] = 0xFF;
            }
        }

        return new DisplaySnapshot(w, h, bgra);
    }

    private void RegisterCanvasHandlers()
    {
        _canvas.Invalidated += (_, _) => Invalidated?.Invoke(this, EventArgs.Empty);
        On(DisplayMessageType.StreamActivateReport, OnStreamActivateReport);
    }

    /// <summary>Every other display message goes to the canvas; one it cannot draw is dropped, not fatal.</summary>
    private protected override ValueTask OnOtherMessageAsync(ushort type, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (!MessageCatalog.TryReadServerMessage(Type, type, body, out var message) || message is null)
        {
            return base.OnOtherMessageAsync(type, body, cancellationToken);
        }

        try
        {
            lock (_canvasLock)
            {
                _canvas.Handle(message);
            }
        }
        catch (Exception e) when (e is CanvasException or CodecException)
        {
            ClientLog.MessageDropped(Logger, Type, Id, $"{(DisplayMessageType)type}: {e.Message}");
        }

        return message is StreamData or StreamDataSized ? CountStreamFrameAsync(message, cancellationToken) : ValueTask.CompletedTask;
    }
}
