using System.Buffers;
using System.Drawing;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Server.Display;
using Spice.Server.Display.Codecs;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

/// <summary>
/// One client's view of the <see cref="SpiceDisplay"/>. What changed is kept as a dirty grid
/// and pending copies; the send loop turns them into messages only when the ACK window lets it,
/// reading the framebuffer at that moment. After link: SET_ACK, SURFACE_CREATE (primary),
/// MONITORS_CONFIG, MARK, then the whole surface in one DRAW_COPY, then tiles as they change.
/// </summary>
internal sealed partial class DisplayChannel : ChannelConnection, IDisplayObserver
{
    /// <summary>Copies waiting at most before the rest turn into plain redraws.</summary>
    private const int MaxPendingCopies = 16;

    private const int InitWaitMilliseconds = 1000;

    private readonly SpiceDisplay _display;
    private readonly Lock _state = new();
    private readonly DirtyGrid _dirty;
    private readonly Queue<(Rectangle Source, Point Destination)> _copies = new();
    private readonly CodecChooser _chooser;
    private int _width;
    private int _height;
    private bool _surfacePending;
    private bool _surfaceCreated;
    private bool _fullRedraw;
    private ImageCache? _cache;
    private readonly int _port;
    private Timer? _initWait;
    private volatile bool _awaitingInit = true;

    public DisplayChannel(ChannelContext context) : base(context, ChannelType.Display, usesAcks: true)
    {
        _display = context.Server.Display;
        _port = context.Server.Port;
        _dirty = new DirtyGrid(Math.Max(16, context.Server.Options.TileSize));
        _chooser = new CodecChooser(context.Server.Options.ImageCodec, context.Request.ChannelCaps, context.Server.Options.JpegQuality);
        StartStreams(context.Server.Options.VideoStreaming);
    }

    public void Invalidated(Rectangle area)
    {
        lock (_state)
        {
            if (!_surfacePending && !_fullRedraw)
            {
                AddChanged(area);
            }
        }

        Signal();
    }

    public void Resized(int width, int height)
    {
        lock (_state)
        {
            _width = width;
            _height = height;
            _dirty.Reset(width, height);
            _copies.Clear();
            ResetStreams();
            _surfacePending = true;
        }

        Signal();
    }

    public void Copied(Rectangle source, Point destination)
    {
        lock (_state)
        {
            if (_surfacePending || _fullRedraw)
            {
                return;
            }

            var target = new Rectangle(destination, source.Size);
            if (_copies.Count >= MaxPendingCopies || _dirty.Intersects(source) || StreamsIntersect(source) || StreamsIntersect(target))
            {
                AddChanged(target);
            }
            else
            {
                _copies.Enqueue((source, destination));
            }
        }

        Signal();
    }

    /// <summary>
    /// Images wait for the client's DISPLAY_INIT (its pixmap cache and GLZ window) so even the
    /// first one can be cached or GLZ-coded; a client that never sends it is served after a second.
    /// </summary>
    protected override void OnStart()
    {
        _display.Subscribe(this);
        _initWait = new Timer(_ => InitDone(), null, InitWaitMilliseconds, Timeout.Infinite);
    }

    private void InitDone()
    {
        _awaitingInit = false;
        Signal();
    }

    protected override void OnClosed(string reason)
    {
        _display.Unsubscribe(this);
        _initWait?.Dispose();
        StopStreams();
        var scratch = Interlocked.Exchange(ref _scratch, []);
        if (scratch.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }

        base.OnClosed(reason);
    }

    protected override void OnMessage(ushort type, ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        switch (type)
        {
            case (ushort)DisplayClientMessageType.Init:
                r.Byte();
                var cachePixels = r.Int64();
                r.Byte();
                var glzPixels = r.Int32();
                ServerLog.DisplayInit(Logger, Session.Id, cachePixels, glzPixels);
                lock (_state)
                {
                    _chooser.EnableGlz(glzPixels);
                    _cache = cachePixels > 0 ? new ImageCache(Math.Min(cachePixels, 1L << 28)) : null;
                }

                InitDone();

                break;
            case (ushort)DisplayClientMessageType.PreferredCompression:
                var compression = r.Byte();
                ServerLog.PreferredCompression(Logger, Session.Id, compression);
                _chooser.Prefer(compression);
                break;
            case (ushort)DisplayClientMessageType.StreamReport:
                OnStreamReport(body);
                break;
            default:
                ServerLog.UnknownMessage(Logger, Session.Id, Name, type);
                break;
        }
    }

    private static void WriteRect(MessageBuilder b, Rectangle r)
    {
        b.WriteInt32(r.Top);
        b.WriteInt32(r.Left);
        b.WriteInt32(r.Bottom);
        b.WriteInt32(r.Right);
    }

    // DisplayBase { uint32 surface_id; Rect box; Clip { uint8 type = NONE } }
    private static void WriteDisplayBase(MessageBuilder b, Rectangle box)
    {
        b.WriteUInt32(0);
        WriteRect(b, box);
        b.WriteByte(0);
    }

    private void WriteSurfaceMessages(MessageBuilder b, int width, int height)
    {
        if (_surfaceCreated)
        {
            b.Begin((ushort)DisplayMessageType.SurfaceDestroy);
            b.WriteUInt32(0);
            b.End();
        }

        b.Begin((ushort)DisplayMessageType.SurfaceCreate);
        b.WriteUInt32(0);
        b.WriteUInt32((uint)width);
        b.WriteUInt32((uint)height);
        b.WriteUInt32(32);
        b.WriteUInt32(1);
        b.End();
        _surfaceCreated = true;

        if (ChannelCaps.Has(DisplayCapability.MonitorsConfig))
        {
            WriteMonitorsConfig(b, width, height);
        }

        b.Begin((ushort)DisplayMessageType.Mark);
        b.End();
    }

    // COPY_BITS { DisplayBase base (box = destination); Point src_pos }
    private static void WriteCopyBits(MessageBuilder b, Rectangle source, Point destination)
    {
        b.Begin((ushort)DisplayMessageType.CopyBits);
        WriteDisplayBase(b, new Rectangle(destination, source.Size));
        b.WriteInt32(source.X);
        b.WriteInt32(source.Y);
        b.End();
    }

    // INVAL_LIST { uint16 count; { uint8 type = PIXMAP; uint64 id } [count] }
    private static void WriteInvalList(MessageBuilder b, List<ulong> ids)
    {
        b.Begin((ushort)DisplayMessageType.InvalList);
        b.WriteUInt16((ushort)ids.Count);
        foreach (var id in ids)
        {
            b.WriteByte(1);
            b.WriteUInt64(id);
        }

        b.End();
    }
}
