using System.Net.WebSockets;

namespace Spice.Web;

internal sealed partial class ViewerConnection
{
    /// <summary>When each tile last went as JPEG (Environment.TickCount64), 0 when it went as PNG; only the send loop touches it.</summary>
    private long[] _lossySince = [];
    private int _sentEpoch;

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var header = new byte[ViewerMessages.TileHeaderSize];
        while (true)
        {
            await _wake.WaitAsync(RefineDelay(), cancellationToken).ConfigureAwait(false);
            var pending = Take();
            if (pending.NewGrid is { } grid)
            {
                _sentEpoch = grid.Epoch;
                _lossySince = new long[grid.Count];
                await SendTextAsync(ViewerMessages.Size(grid), timeout).ConfigureAwait(false);
            }

            if (pending.MouseMode is { } mode)
            {
                await SendTextAsync(mode, timeout).ConfigureAwait(false);
            }

            if (pending.Cursor is { } cursor)
            {
                await SendTextAsync(cursor, timeout).ConfigureAwait(false);
            }

            if (pending.Epoch == _sentEpoch && _sentEpoch != 0)
            {
                var allowJpeg = !_options.Lossless && pending.Tiles.Count >= _options.JpegMinTiles;
                await SendTilesAsync(pending.Tiles, allowJpeg, header, timeout).ConfigureAwait(false);
                await SendTilesAsync(DueForRefinement(pending.Tiles), allowJpeg: false, header, timeout).ConfigureAwait(false);
            }

            if (pending.ClosedReason is { } reason)
            {
                await SendTextAsync(ViewerMessages.Closed(reason), timeout).ConfigureAwait(false);
                timeout.CancelAfter(_options.SendTimeout);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "SPICE session closed", timeout.Token).ConfigureAwait(false);
                return;
            }
        }
    }

    private async Task SendTilesAsync(List<int> tiles, bool allowJpeg, byte[] header, CancellationTokenSource timeout)
    {
        foreach (var index in tiles)
        {
            if (_mirror.Encode(_sentEpoch, index, allowJpeg) is not { } tile)
            {
                return;
            }

            _lossySince[index] = tile.Format == Spice.Web.TileFormat.Jpeg ? Math.Max(1, Environment.TickCount64) : 0;
            ViewerMessages.WriteTileHeader(header, tile);
            timeout.CancelAfter(_options.SendTimeout);
            await _socket.SendAsync(header, WebSocketMessageType.Binary, endOfMessage: false, timeout.Token).ConfigureAwait(false);
            await _socket.SendAsync(tile.Bytes, WebSocketMessageType.Binary, endOfMessage: true, timeout.Token).ConfigureAwait(false);
        }
    }

    private async Task SendTextAsync(byte[] json, CancellationTokenSource timeout)
    {
        timeout.CancelAfter(_options.SendTimeout);
        await _socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>JPEG tiles that have stayed unchanged for <see cref="WebViewerOptions.RefineAfter"/> and were not just sent again.</summary>
    private List<int> DueForRefinement(List<int> justSent)
    {
        var due = new List<int>();
        var cutoff = Environment.TickCount64 - (long)_options.RefineAfter.TotalMilliseconds;
        for (var i = 0; i < _lossySince.Length; i++)
        {
            if (_lossySince[i] != 0 && _lossySince[i] <= cutoff && justSent.BinarySearch(i) < 0)
            {
                due.Add(i);
            }
        }

        return due;
    }

    /// <summary>How long the loop may sleep: until the oldest JPEG tile is due for refinement, or until woken.</summary>
    private TimeSpan RefineDelay()
    {
        var oldest = long.MaxValue;
        foreach (var since in _lossySince)
        {
            if (since != 0 && since < oldest)
            {
                oldest = since;
            }
        }

        if (oldest == long.MaxValue)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var left = oldest + (long)_options.RefineAfter.TotalMilliseconds - Environment.TickCount64;
        return TimeSpan.FromMilliseconds(Math.Max(1, left));
    }
}
