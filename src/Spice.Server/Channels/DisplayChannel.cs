using System.Buffers;
using System.Drawing;
using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Display;
using Spice.Server.Display;
using Spice.Server.Display.Codecs;
using Spice.Server.Wire;
using Point = System.Drawing.Point;

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

    /// <summary>The only surface: the primary one, id 0.</summary>
    private const uint PrimarySurface = 0;

    private static readonly EmptyMessage Mark = new((ushort)DisplayMessageType.Mark);

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
    private ResourceId[] _invalidated = new ResourceId[16];

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

    protected override void OnMessage(ushort type, ReadOnlyMemory<byte> body)
    {
        switch (type)
        {
            case (ushort)DisplayClientMessageType.Init:
                var init = SpiceMessage.Read<DisplayInit>(body);
                ServerLog.DisplayInit(Logger, Session.Id, init.PixmapCacheSize, init.GlzDictionaryWindowSize);
                lock (_state)
                {
                    _chooser.EnableGlz(init.GlzDictionaryWindowSize);
                    _cache = init.PixmapCacheSize > 0 ? new ImageCache(Math.Min(init.PixmapCacheSize, 1L << 28)) : null;
                }

                InitDone();

                break;
            case (ushort)DisplayClientMessageType.PreferredCompression:
                var compression = (byte)SpiceMessage.Read<PreferredCompression>(body).ImageCompression;
                ServerLog.PreferredCompression(Logger, Session.Id, compression);
                _chooser.Prefer(compression);
                break;
            case (ushort)DisplayClientMessageType.StreamReport:
                OnStreamReport(SpiceMessage.Read<StreamReport>(body));
                break;
            case (ushort)DisplayClientMessageType.PreferredVideoCodecType:
                // Streams are MJPEG only, which every client that streams decodes; the list changes nothing.
                SpiceMessage.Read<PreferredVideoCodecType>(body);
                break;
            case (ushort)DisplayClientMessageType.GlDrawDone:
                break;
            default:
                ServerLog.UnknownMessage(Logger, Session.Id, Name, type);
                break;
        }
    }

    private static Rect ToRect(Rectangle r) => new(r.Top, r.Left, r.Bottom, r.Right);

    private void WriteSurfaceMessages(MessageBuilder b, int width, int height)
    {
        if (_surfaceCreated)
        {
            b.Add(new SurfaceDestroy { SurfaceId = PrimarySurface });
        }

        b.Add(new SurfaceCreate
        {
            SurfaceId = PrimarySurface,
            Width = (uint)width,
            Height = (uint)height,
            Format = SurfaceFormat.Rgb32_xRGB,
            Flags = SurfaceFlags.Primary,
        });
        _surfaceCreated = true;

        if (ChannelCaps.Has(DisplayCapability.MonitorsConfig))
        {
            WriteMonitorsConfig(b, width, height);
        }

        b.Add(Mark);
    }

    private static void WriteCopyBits(MessageBuilder b, Rectangle source, Point destination) =>
        b.Add(new CopyBits
        {
            Base = new DisplayBase { SurfaceId = PrimarySurface, Box = ToRect(new Rectangle(destination, source.Size)) },
            SrcPos = new(source.X, source.Y),
        });

    /// <summary>INVAL_LIST of evicted pixmaps; written with each draw that evicts, so laid out without a message object.</summary>
    private void WriteInvalList(MessageBuilder b, List<ulong> ids)
    {
        if (_invalidated.Length < ids.Count)
        {
            _invalidated = new ResourceId[Math.Max(ids.Count, _invalidated.Length * 2)];
        }

        for (var i = 0; i < ids.Count; i++)
        {
            _invalidated[i] = new ResourceId(ResourceType.Pixmap, ids[i]);
        }

        b.Begin((ushort)DisplayMessageType.InvalList);
        InvalList.Write(b.Writer, _invalidated.AsSpan(0, ids.Count));
        b.End();
    }
}
