using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Spice.Web;

/// <summary>
/// One browser. What it still has to receive is state, not a queue: the tiles that changed since
/// it was last sent them (at most one mark per tile), the latest cursor and mouse mode, and
/// whether the session closed. A slow browser therefore gets the newest pixels of the tiles that
/// changed, never a backlog. The send loop is here, the receive loop in <c>ViewerConnection.Receive.cs</c>.
/// </summary>
internal sealed partial class ViewerConnection : IDisposable
{
    private readonly WebSocket _socket;
    private readonly ScreenMirror _mirror;
    private readonly WebViewerOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private bool _woken;
    private TileGrid? _newGrid;
    private int _epoch;
    private bool[] _dirty = [];
    private int _dirtyCount;
    private byte[]? _cursor;
    private byte[]? _mouseMode;
    private string? _closedReason;

    public ViewerConnection(WebSocket socket, ScreenMirror mirror, InputForwarder input, WebViewerOptions options, ILogger logger, string peer)
    {
        _socket = socket;
        _mirror = mirror;
        _input = input;
        _options = options;
        _logger = logger;
        Peer = peer;
    }

    public string Peer { get; }

    /// <summary>Marks tiles to send; a grid of another epoch (the screen changed size) replaces everything pending.</summary>
    public void Invalidate(TileGrid grid, IReadOnlyList<int>? changed)
    {
        lock (_gate)
        {
            if (grid.Epoch != _epoch)
            {
                _epoch = grid.Epoch;
                _newGrid = grid;
                _dirty = new bool[grid.Count];
                _dirtyCount = 0;
                changed = null;
            }

            if (changed is null)
            {
                Array.Fill(_dirty, true);
                _dirtyCount = _dirty.Length;
            }
            else
            {
                foreach (var index in changed)
                {
                    if (!_dirty[index])
                    {
                        _dirty[index] = true;
                        _dirtyCount++;
                    }
                }
            }

            Wake();
        }
    }

    public void SetCursor(byte[] message) => Set(() => _cursor = message);

    public void SetMouseMode(byte[] message) => Set(() => _mouseMode = message);

    public void SessionClosed(string reason) => Set(() => _closedReason = reason);

    private void Set(Action change)
    {
        lock (_gate)
        {
            change();
            Wake();
        }
    }

    /// <summary>Called under <see cref="_gate"/>: at most one pending release, so the semaphore never overflows.</summary>
    private void Wake()
    {
        if (!_woken)
        {
            _woken = true;
            _wake.Release();
        }
    }

    /// <summary>Everything pending, taken at once and cleared.</summary>
    private Pending Take()
    {
        lock (_gate)
        {
            _woken = false;
            var tiles = new List<int>(_dirtyCount);
            for (var i = 0; i < _dirty.Length && tiles.Count < _dirtyCount; i++)
            {
                if (_dirty[i])
                {
                    _dirty[i] = false;
                    tiles.Add(i);
                }
            }

            _dirtyCount = 0;
            var pending = new Pending(_newGrid, _epoch, tiles, _mouseMode, _cursor, _closedReason);
            (_newGrid, _mouseMode, _cursor) = (null, null, null);
            return pending;
        }
    }

    public void Dispose() => _wake.Dispose();

    private sealed record Pending(TileGrid? NewGrid, int Epoch, List<int> Tiles, byte[]? MouseMode, byte[]? Cursor, string? ClosedReason);
}
