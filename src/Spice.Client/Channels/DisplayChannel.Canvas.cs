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
    private readonly DrawActivity _activity = new();

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

    /// <summary>
    /// Whether the primary surface exists and, lately, either only negligible redraws happened (a
    /// blinking cursor) or redraws stayed confined to areas that keep changing (a clock, an
    /// animation); see <see cref="DrawActivity.IsSettled"/>.
    /// </summary>
    public bool IsSettled(TimeSpan quiet) => _activity.IsSettled(quiet);

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
        _canvas.Invalidated += (surface, area) =>
        {
            if (_canvas.Primary?.Id == surface)
            {
                _activity.Record(area);
            }

            Invalidated?.Invoke(this, EventArgs.Empty);
        };
        _canvas.SurfaceChanged += (surface, created) =>
        {
            if (!surface.IsPrimary)
            {
                return;
            }

            if (created)
            {
                _activity.SurfaceCreated(surface.Width, surface.Height);
            }
            else
            {
                _activity.SurfaceDestroyed();
            }
        };
        On(DisplayMessageType.StreamActivateReport, OnStreamActivateReport);
        Draw<DisplayMode>(DisplayMessageType.Mode);
        Draw(DisplayMessageType.Mark);
        Draw(DisplayMessageType.Reset);
        Draw<CopyBits>(DisplayMessageType.CopyBits);
        Draw<InvalList>(DisplayMessageType.InvalList);
        Draw<InvalAllPixmaps>(DisplayMessageType.InvalAllPixmaps);
        Draw<InvalPalette>(DisplayMessageType.InvalPalette);
        Draw(DisplayMessageType.InvalAllPalettes);
        Draw<StreamCreate>(DisplayMessageType.StreamCreate);
        Draw<StreamData>(DisplayMessageType.StreamData);
        Draw<StreamClip>(DisplayMessageType.StreamClip);
        Draw<StreamDestroy>(DisplayMessageType.StreamDestroy);
        Draw(DisplayMessageType.StreamDestroyAll);
        Draw<DrawFill>(DisplayMessageType.DrawFill);
        Draw<DrawOpaque>(DisplayMessageType.DrawOpaque);
        Draw<DrawCopy>(DisplayMessageType.DrawCopy);
        Draw<DrawBlend>(DisplayMessageType.DrawBlend);
        Draw<DrawBlackness>(DisplayMessageType.DrawBlackness);
        Draw<DrawWhiteness>(DisplayMessageType.DrawWhiteness);
        Draw<DrawInvers>(DisplayMessageType.DrawInvers);
        Draw<DrawRop3>(DisplayMessageType.DrawRop3);
        Draw<DrawStroke>(DisplayMessageType.DrawStroke);
        Draw<DrawText>(DisplayMessageType.DrawText);
        Draw<DrawTransparent>(DisplayMessageType.DrawTransparent);
        Draw<DrawAlphaBlend>(DisplayMessageType.DrawAlphaBlend);
        Draw<SurfaceCreate>(DisplayMessageType.SurfaceCreate);
        Draw<SurfaceDestroy>(DisplayMessageType.SurfaceDestroy);
        Draw<StreamDataSized>(DisplayMessageType.StreamDataSized);
        Draw<MonitorsConfig>(DisplayMessageType.MonitorsConfig);
        Draw<DrawComposite>(DisplayMessageType.DrawComposite);
    }

    /// <summary>A message with a body: parsed, then drawn.</summary>
    private void Draw<T>(DisplayMessageType type) where T : ISpiceMessage<T> =>
        On(type, (body, ct) => DrawAsync(SpiceMessage.Read<T>(body), ct));

    /// <summary>A message whose body is empty in spice.proto.</summary>
    private void Draw(DisplayMessageType type) =>
        On(type, (_, ct) => DrawAsync(new EmptyMessage((ushort)type), ct));

    /// <summary>Hands one message to the canvas; one it cannot draw is dropped, not fatal.</summary>
    private ValueTask DrawAsync(ISpiceMessage message, CancellationToken cancellationToken)
    {
        bool drawn;
        try
        {
            lock (_canvasLock)
            {
                drawn = _canvas.Handle(message);
            }
        }
        catch (Exception e) when (e is CanvasException or CodecException)
        {
            drawn = false;
            ClientLog.MessageDropped(Logger, Type, Id, $"{(DisplayMessageType)message.MessageType}: {e.Message}");
        }

        return IsStreamMessage(message) ? AfterStreamMessageAsync(message, drawn, cancellationToken) : ValueTask.CompletedTask;
    }

    private static bool IsStreamMessage(ISpiceMessage message) => (DisplayMessageType)message.MessageType is
        DisplayMessageType.StreamCreate or DisplayMessageType.StreamData or DisplayMessageType.StreamDataSized
        or DisplayMessageType.StreamDestroy or DisplayMessageType.StreamDestroyAll;
}
