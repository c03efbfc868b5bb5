using System.Buffers;
using System.Diagnostics;
using System.Drawing;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;
using Spice.Server.Display;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

internal sealed partial class DisplayChannel
{
    /// <summary>Pixels taken per batch at most (except the first full redraw, which is one image).</summary>
    private const int MaxBatchPixels = 1024 * 1024;

    private readonly List<(Rectangle Area, int Offset)> _tiles = [];
    private readonly List<ulong> _evicted = [];
    private readonly DrawImage _drawImage = new();
    private byte[] _scratch = [];

    protected override void Produce(MessageBuilder builder, int messageBudget)
    {
        _tiles.Clear();
        if (_awaitingInit)
        {
            return;
        }

        _chooser.SlowLink = Session.IsSlowLink(RoundTrip);
        var tileSize = _dirty.TileSize;
        lock (_display.Gate)
        {
            lock (_state)
            {
                if (_surfacePending)
                {
                    WriteStreamsReset(builder);
                    WriteSurfaceMessages(builder, _width, _height);
                    _surfacePending = false;
                    _fullRedraw = true;
                    _dirty.Clear();
                    _copies.Clear();
                }

                if (_fullRedraw)
                {
                    _fullRedraw = false;
                    Take(new Rectangle(0, 0, _width, _height), 0);
                }
                else
                {
                    var budget = messageBudget;
                    while (budget > 0 && _copies.TryDequeue(out var copy))
                    {
                        WriteCopyBits(builder, copy.Source, copy.Destination);
                        budget--;
                    }

                    budget = ProduceStreams(builder, budget);

                    var offset = 0;
                    while (budget > 0 && offset < MaxBatchPixels * 4 && _dirty.TryTake(out var box))
                    {
                        offset = Take(box, offset);
                        budget--;
                    }
                }
            }
        }

        var cache = _cache;
        foreach (var (area, offset) in _tiles)
        {
            var cacheable = cache is not null && area.Width == tileSize && area.Height == tileSize;
            WriteDrawCopy(builder, area, offset, cacheable ? cache : null);
        }

        WriteStreamFrames(builder);
        if (_tiles.Count > 0)
        {
            ServerMetrics.Frames.Add(1);
        }
    }

    /// <summary>Copies <paramref name="area"/> of the framebuffer into the scratch buffer (display gate held).</summary>
    private int Take(Rectangle area, int offset)
    {
        var rowBytes = area.Width * 4;
        var end = offset + (rowBytes * area.Height);
        EnsureScratch(end, offset);
        var source = _display.PixelsUnderGate;
        var stride = _width * 4;
        for (var y = 0; y < area.Height; y++)
        {
            source.AsSpan(((area.Y + y) * stride) + (area.X * 4), rowBytes).CopyTo(_scratch.AsSpan(offset + (y * rowBytes)));
        }

        _tiles.Add((area, offset));
        return end;
    }

    private void EnsureScratch(int size, int keep)
    {
        if (_scratch.Length >= size)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _scratch.AsSpan(0, keep).CopyTo(bigger);
        if (_scratch.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
        }

        _scratch = bigger;
    }

    private void WriteDrawCopy(MessageBuilder b, Rectangle area, int offset, ImageCache? cache)
    {
        var stride = area.Width * 4;
        var pixels = _scratch.AsSpan(offset, stride * area.Height);
        ulong id = 0;
        var flags = ImageFlags.None;
        if (cache is not null)
        {
            id = TileHasher.Hash(pixels, area.Width, area.Height, stride);
            if (cache.TryHit(id))
            {
                _drawImage.SetFromCache(id, area.Width, area.Height);
                WriteDrawCopy(b, area);
                ServerMetrics.CacheHits.Add(1);
                return;
            }
        }

        var codec = _chooser.Choose(pixels, area.Width, area.Height, stride);
        if (cache is not null && !codec.Lossy)
        {
            _evicted.Clear();
            if (cache.TryAdd(id, (long)area.Width * area.Height, _evicted))
            {
                flags = ImageFlags.CacheMe;
            }

            if (_evicted.Count > 0)
            {
                WriteInvalList(b, _evicted);
            }
        }

        var started = Stopwatch.GetTimestamp();
        _drawImage.Set(id, flags, codec, _scratch, offset, area.Width, area.Height);
        WriteDrawCopy(b, area);
        if (_drawImage.Failure is { } failure)
        {
            ServerLog.EncodeFailed(Logger, Session.Id, codec.Name, area.Width, area.Height, failure);
        }

        var tag = new KeyValuePair<string, object?>("codec", _drawImage.Codec!.Name);
        ServerMetrics.EncodeTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
        ServerMetrics.ImagesSent.Add(1, tag, new KeyValuePair<string, object?>("server.port", _port));
    }

    /// <summary>A DRAW_COPY of the whole of <see cref="_drawImage"/> onto <paramref name="area"/> of the primary surface.</summary>
    private void WriteDrawCopy(MessageBuilder b, Rectangle area)
    {
        b.Begin((ushort)DisplayMessageType.DrawCopy);
        DrawCopy.Write(b.Writer, PrimarySurface, ToRect(area), Clip.None, _drawImage, new Rect(0, 0, area.Height, area.Width), Ropd.OpPut, ImageScaleMode.Interpolate, QMask.None);
        b.End();
    }
}
