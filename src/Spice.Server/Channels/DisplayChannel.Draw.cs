using System.Buffers;
using System.Diagnostics;
using System.Drawing;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;
using Spice.Server.Display.Codecs;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

internal sealed partial class DisplayChannel
{
    /// <summary>Pixels taken per batch at most (except the first full redraw, which is one image).</summary>
    private const int MaxBatchPixels = 1024 * 1024;

    private const ushort RopPut = 1 << 3;

    private readonly List<(Rectangle Area, int Offset)> _tiles = [];
    private readonly List<ulong> _evicted = [];
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
            var stride = area.Width * 4;
            var pixels = _scratch.AsSpan(offset, stride * area.Height);
            var cacheable = cache is not null && area.Width == tileSize && area.Height == tileSize;
            WriteDrawCopy(builder, area, pixels, cacheable ? cache : null);
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

    private void WriteDrawCopy(MessageBuilder b, Rectangle area, ReadOnlySpan<byte> pixels, Display.ImageCache? cache)
    {
        var stride = area.Width * 4;
        ulong id = 0;
        byte flags = 0;
        if (cache is not null)
        {
            id = Display.TileHasher.Hash(pixels, area.Width, area.Height, stride);
            if (cache.TryHit(id))
            {
                WriteDrawCopyHeader(b, area);
                WriteImageDescriptor(b, id, ImageType.FromCache, 0, area);
                b.End();
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
                flags = (byte)ImageFlags.CacheMe;
            }

            if (_evicted.Count > 0)
            {
                WriteInvalList(b, _evicted);
            }
        }

        var started = Stopwatch.GetTimestamp();
        WriteDrawCopyHeader(b, area);
        WriteImageDescriptor(b, id, codec.WireType, flags, area);
        bool written;
        try
        {
            written = codec.TryWrite(pixels, area.Width, area.Height, stride, b);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Spice.Codecs.CodecException)
        {
            ServerLog.EncodeFailed(Logger, Session.Id, codec.Name, area.Width, area.Height, e);
            written = false;
        }

        if (!written)
        {
            // GLZ declines images larger than the client's window: plain LZ suits the same content
            b.Abandon();
            codec = codec is GlzCodec ? LzCodec.Instance : BitmapCodec.Instance;
            WriteDrawCopyHeader(b, area);
            WriteImageDescriptor(b, id, codec.WireType, flags, area);
            codec.TryWrite(pixels, area.Width, area.Height, stride, b);
        }

        b.End();
        var tag = new KeyValuePair<string, object?>("codec", codec.Name);
        ServerMetrics.EncodeTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
        ServerMetrics.ImagesSent.Add(1, tag, new KeyValuePair<string, object?>("server.port", _port));
    }

    // DRAW_COPY { DisplayBase base; Copy { Image* src_bitmap; Rect src_area; uint16 rop_descriptor;
    // uint8 scale_mode; QMask { uint8 flags; Point pos; Image* bitmap } } } then the image it points to.
    private static void WriteDrawCopyHeader(MessageBuilder b, Rectangle area)
    {
        b.Begin((ushort)DisplayMessageType.DrawCopy);
        WriteDisplayBase(b, area);
        var imagePointer = b.ReserveUInt32();
        WriteRect(b, new Rectangle(0, 0, area.Width, area.Height));
        b.WriteUInt16(RopPut);
        b.WriteByte(0);
        b.WriteByte(0);
        b.WriteInt32(0);
        b.WriteInt32(0);
        b.WriteUInt32(0);
        b.PatchUInt32(imagePointer, b.OffsetHere);
    }

    // ImageDescriptor { uint64 id; uint8 type; uint8 flags; uint32 width; uint32 height }
    private static void WriteImageDescriptor(MessageBuilder b, ulong id, ImageType type, byte flags, Rectangle area)
    {
        b.WriteUInt64(id);
        b.WriteByte((byte)type);
        b.WriteByte(flags);
        b.WriteUInt32((uint)area.Width);
        b.WriteUInt32((uint)area.Height);
    }
}
