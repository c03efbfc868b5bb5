using Spice.Client.Cursor;
using Spice.Protocol.Messages.Main;

namespace Spice.Web;

internal sealed partial class ScreenMirror
{
    private readonly List<ViewerConnection> _viewers = [];
    private byte[]? _cursor;
    private (ulong Unique, bool Visible)? _cursorKey;
    private byte[] _mouseMode = ViewerMessages.MouseMode(MouseMode.Server);
    private string? _closedReason;

    public int ViewerCount
    {
        get
        {
            lock (_gate)
            {
                return _viewers.Count;
            }
        }
    }

    /// <summary>Adds a browser and gives it everything it needs to catch up; false when <see cref="WebViewerOptions.MaxViewers"/> are already watching.</summary>
    public bool TryAttach(ViewerConnection viewer)
    {
        lock (_gate)
        {
            if (_viewers.Count >= _options.MaxViewers)
            {
                return false;
            }

            _viewers.Add(viewer);
            viewer.SetMouseMode(_mouseMode);
            if (_cursor is not null)
            {
                viewer.SetCursor(_cursor);
            }

            if (_grid.Count > 0)
            {
                viewer.Invalidate(_grid, null);
            }

            if (_closedReason is not null)
            {
                viewer.SessionClosed(_closedReason);
            }

            return true;
        }
    }

    public void Detach(ViewerConnection viewer)
    {
        lock (_gate)
        {
            _viewers.Remove(viewer);
        }
    }

    private void Wire()
    {
        _session.DisplayInvalidated += OnDisplayInvalidated;
        _session.Main.MouseModeChanged += OnMouseModeChanged;
        OnMouseModeChanged(null, EventArgs.Empty);
        if (_session.Cursor is { } cursor)
        {
            cursor.Changed += OnCursorChanged;
            OnCursorChanged(null, new CursorEventArgs(cursor.Shape, cursor.X, cursor.Y, cursor.Visible));
        }

        _ = _session.Closed.ContinueWith(
            t => OnSessionClosed(t.Result),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void Unwire()
    {
        _session.DisplayInvalidated -= OnDisplayInvalidated;
        _session.Main.MouseModeChanged -= OnMouseModeChanged;
        if (_session.Cursor is { } cursor)
        {
            cursor.Changed -= OnCursorChanged;
        }
    }

    private void OnMouseModeChanged(object? sender, EventArgs e)
    {
        var message = ViewerMessages.MouseMode(_session.CurrentMouseMode);
        foreach (var viewer in Publish(() => _mouseMode = message))
        {
            viewer.SetMouseMode(message);
        }
    }

    /// <summary>Only a new shape or a change of visibility matters to the page: in client mouse mode the browser moves the cursor itself.</summary>
    private void OnCursorChanged(object? sender, CursorEventArgs e)
    {
        var key = (e.Shape?.Unique ?? 0, e.Visible);
        if (_cursorKey == key)
        {
            return;
        }

        _cursorKey = key;
        var message = ViewerMessages.Cursor(e.Shape, e.Visible);
        foreach (var viewer in Publish(() => _cursor = message))
        {
            viewer.SetCursor(message);
        }
    }

    private void OnSessionClosed(Exception? error)
    {
        var reason = error?.Message ?? "the SPICE server closed the session";
        WebLog.SessionClosed(_logger, reason);
        foreach (var viewer in Publish(() => _closedReason = reason))
        {
            viewer.SessionClosed(reason);
        }
    }

    /// <summary>Records the new state for later browsers and returns the current ones, under one lock so none misses it.</summary>
    private ViewerConnection[] Publish(Action record)
    {
        lock (_gate)
        {
            record();
            return [.. _viewers];
        }
    }
}
