using System.Threading.Channels;
using Spice.Client.Channels;

namespace Spice.Web;

internal sealed partial class ScreenMirror
{
    /// <summary>Compared even without an invalidation this often, so a change the canvas did not announce (a new monitors config) still shows.</summary>
    private static readonly TimeSpan IdleRecheck = TimeSpan.FromSeconds(1);

    /// <summary>One pending wake-up at most: invalidations between two captures fold into one.</summary>
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Start()
    {
        Wire();
        _pump = Task.Run(() => PumpAsync(_stop.Token));
    }

    private void OnDisplayInvalidated(object? sender, DisplayChannel display) => _wake.Writer.TryWrite(true);

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        Task<bool>? waiting = null;
        while (true)
        {
            waiting ??= _wake.Reader.WaitToReadAsync(cancellationToken).AsTask();
            await Task.WhenAny(waiting, Task.Delay(IdleRecheck, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (waiting.IsCompleted)
            {
                waiting = null;
                _wake.Reader.TryRead(out _);
            }

            CaptureOnce();
            await Task.Delay(_options.FrameInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes a snapshot of the monitor, finds the tiles that differ from the last one and tells every browser.</summary>
    internal void CaptureOnce()
    {
        var snapshot = _session.CaptureMonitor(0);
        if (snapshot is null)
        {
            return;
        }

        List<int>? changed;
        TileGrid grid;
        ViewerConnection[] viewers;
        lock (_gate)
        {
            if (snapshot.Width != _grid.Width || snapshot.Height != _grid.Height)
            {
                _grid = new TileGrid(_grid.Epoch + 1, snapshot.Width, snapshot.Height, _options.TileSize);
                _tiles = new TileState[_grid.Count];
                Array.Fill(_tiles, TileState.Fresh());
                changed = null;
                WebLog.ScreenSize(_logger, _grid.Width, _grid.Height, _grid.Count);
            }
            else
            {
                changed = ChangedTiles(_frame, snapshot.Bgra);
                if (changed.Count == 0)
                {
                    return;
                }

                foreach (var index in changed)
                {
                    _tiles[index].Changed();
                }
            }

            _frame = snapshot.Bgra;
            grid = _grid;
            viewers = [.. _viewers];
        }

        foreach (var viewer in viewers)
        {
            viewer.Invalidate(grid, changed);
        }
    }

    /// <summary>Row by row: a row equal in full is skipped, otherwise each tile it crosses is compared on it.</summary>
    private List<int> ChangedTiles(byte[] before, byte[] after)
    {
        var grid = _grid;
        var stride = grid.Width * 4;
        var marked = new bool[grid.Count];
        var changed = new List<int>();
        for (var y = 0; y < grid.Height; y++)
        {
            var rowBefore = before.AsSpan(y * stride, stride);
            var rowAfter = after.AsSpan(y * stride, stride);
            if (rowBefore.SequenceEqual(rowAfter))
            {
                continue;
            }

            var tileRow = y / grid.TileSize;
            for (var column = 0; column < grid.Columns; column++)
            {
                var index = (tileRow * grid.Columns) + column;
                if (marked[index])
                {
                    continue;
                }

                var x = column * grid.TileSize * 4;
                var length = Math.Min(grid.TileSize * 4, stride - x);
                if (!rowBefore.Slice(x, length).SequenceEqual(rowAfter.Slice(x, length)))
                {
                    marked[index] = true;
                    changed.Add(index);
                }
            }
        }

        changed.Sort();
        return changed;
    }
}
