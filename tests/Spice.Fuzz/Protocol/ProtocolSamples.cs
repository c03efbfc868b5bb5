using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Common;
using Spice.Protocol.Messages.Cursor;
using Spice.Protocol.Messages.Display;
using Spice.Protocol.Messages.Inputs;
using Spice.Protocol.Messages.Main;
using Spice.Protocol.Messages.Playback;
using Spice.Protocol.Messages.Record;

namespace Spice.Protocol.Samples;

/// <summary>One populated instance of the interesting messages, shared by the protocol tests and fuzz targets.</summary>
public static class ProtocolSamples
{
    public static Palette Palette { get; } = new() { Unique = 77, Ents = [0x000000, 0xff0000, 0x00ff00, 0xffffff] };

    public static Image BitmapImage(Palette? palette) => new()
    {
        Descriptor = new ImageDescriptor(0x1122334455667788, ImageType.Bitmap, ImageFlags.CacheMe, 4, 2),
        Payload = new BitmapData { Format = BitmapFormat.EightBit, Flags = BitmapFlags.TopDown, X = 4, Y = 2, Stride = 4, Palette = palette, Data = new byte[] { 0, 1, 2, 3, 3, 2, 1, 0 } },
    };

    public static Image QuicImage { get; } = new()
    {
        Descriptor = new ImageDescriptor(5, ImageType.Quic, ImageFlags.None, 16, 16),
        Payload = new BinaryData { Data = new byte[] { 0x51, 0x55, 0x49, 0x43, 1, 2, 3 } },
    };

    public static Clip TwoRects { get; } = Clip.FromRects(new Rect(0, 0, 10, 10), new Rect(5, 20, 15, 40));

    public static DisplayBase Base { get; } = new() { SurfaceId = 0, Box = new Rect(1, 2, 3, 4), Clip = TwoRects };

    public static IReadOnlyList<(ChannelType Channel, bool FromServer, ISpiceMessage Message)> All { get; } =
    [
        (ChannelType.Main, true, new SetAck { Generation = 1, Window = 20 }),
        (ChannelType.Main, true, new Ping { Id = 3, Timestamp = 99, Data = new byte[] { 1, 2, 3 } }),
        (ChannelType.Main, true, new WaitForChannels { WaitList = [new ChannelWait(2, 0, 44), new ChannelWait(4, 1, 45)] }),
        (ChannelType.Main, true, new Notify { TimeStamp = 7, Severity = NotifySeverity.Warn, Visibilty = NotifyVisibility.High, What = 1, Message = "hello\0"u8.ToArray() }),
        (ChannelType.Main, true, new MainInit { SessionId = 1, DisplayChannelsHint = 1, SupportedMouseModes = 3, CurrentMouseMode = 2, AgentConnected = 1, AgentTokens = 10, MultiMediaTime = 1234, RamHint = 1 << 20 }),
        (ChannelType.Main, true, new ChannelsList { Channels = [new ChannelId(ChannelType.Display, 0), new ChannelId(ChannelType.Inputs, 0)] }),
        (ChannelType.Main, true, new MigrateBegin { DstInfo = new DstInfo { Port = 5900, Sport = 5901, HostData = "host\0"u8.ToArray(), CertSubjectData = "CN=x\0"u8.ToArray() } }),
        (ChannelType.Main, true, new MainName { Name = "vm\0"u8.ToArray() }),
        (ChannelType.Main, true, new MainUuid { Uuid = new byte[16] }),
        (ChannelType.Main, false, new MouseModeRequest { Mode = MouseMode.Client }),
        (ChannelType.Inputs, false, new MousePosition { X = 10, Y = 20, ButtonsState = MouseButtonMask.Left, DisplayId = 0 }),
        (ChannelType.Inputs, false, new KeyDown { Code = 0x1c }),
        (ChannelType.Inputs, true, new InputsInit { KeyboardModifiers = KeyboardModifierFlags.NumLock }),
        (ChannelType.Cursor, true, new CursorInit { Position = new Point16(3, 4), TrailLength = 0, TrailFrequency = 0, Visible = 1, Cursor = new SpiceCursor { Flags = CursorFlags.CacheMe, Header = new CursorHeader(9, CursorType.Alpha, 2, 1, 0, 0), Data = new byte[8] } }),
        (ChannelType.Cursor, true, new CursorSet { Position = new Point16(1, 1), Visible = 1, Cursor = new SpiceCursor { Flags = CursorFlags.None } }),
        (ChannelType.Playback, true, new PlaybackVolume { Volume = [100, 200] }),
        (ChannelType.Playback, true, new PlaybackMode { Time = 5, Mode = AudioDataMode.Opus }),
        (ChannelType.Playback, true, new PlaybackStart { Channels = 2, Format = AudioFormat.S16, Frequency = 48000, Time = 10 }),
        (ChannelType.Playback, true, new PlaybackData { Time = 20, Data = new byte[] { 1, 0, 2, 0, 3, 0, 4, 0 } }),
        (ChannelType.Record, true, new RecordStart { Channels = 2, Format = AudioFormat.S16, Frequency = 48000 }),
        (ChannelType.Record, false, new RecordMode { Time = 1, Mode = AudioDataMode.Raw }),
        (ChannelType.Record, false, new RecordStartMark { Time = 2 }),
        (ChannelType.Record, false, new RecordData { Time = 30, Data = new byte[] { 0xF8, 0xFF, 0xFE } }),
        (ChannelType.Display, true, new SurfaceCreate { SurfaceId = 0, Width = 1920, Height = 1080, Format = SurfaceFormat.Rgb32_xRGB, Flags = SurfaceFlags.Primary }),
        (ChannelType.Display, true, new StreamCreate { Id = 1, CodecType = VideoCodecType.Mjpeg, StreamWidth = 64, StreamHeight = 32, SrcWidth = 64, SrcHeight = 32, Dest = new Rect(0, 0, 32, 64), Clip = TwoRects }),
        (ChannelType.Display, true, new StreamData { Base = new StreamDataHeader(1, 500), Data = new byte[] { 0xff, 0xd8, 0xff, 0xd9 } }),
        (ChannelType.Display, true, new MonitorsConfig { MaxAllowed = 4, Heads = [new Head(0, 0, 1920, 1080, 0, 0, 0)] }),
        (ChannelType.Display, true, new InvalList { Resources = [new ResourceId(ResourceType.Pixmap, 12)] }),
        (ChannelType.Display, true, new DrawFill { Base = Base, Brush = Brush.Solid(0xff00ff), RopDescriptor = Ropd.OpPut, Mask = QMask.None }),
        (ChannelType.Display, true, new DrawCopy { Base = Base, SrcBitmap = BitmapImage(Palette), SrcArea = new Rect(0, 0, 2, 4), RopDescriptor = Ropd.OpPut, Mask = new QMask { Bitmap = QuicImage } }),
        (ChannelType.Display, true, new DrawOpaque { Base = Base, SrcBitmap = QuicImage, Brush = new Brush { Type = BrushType.Pattern, Pattern = new Pattern { Pat = BitmapImage(null), Pos = new Point(1, 1) } }, RopDescriptor = Ropd.OpPut }),
        (ChannelType.Display, true, new DrawRop3 { Base = Base, SrcBitmap = new Image { Descriptor = new ImageDescriptor(1, ImageType.FromCache, 0, 4, 2) }, Rop3 = 0xcc }),
        (ChannelType.Display, true, new DrawStroke { Base = Base, Path = new SpicePath { Segments = [new PathSegment { Flags = PathFlags.Begin, Points = [new PointFix(16, 16), new PointFix(32, 48)] }] }, Attr = new LineAttr { Flags = LineFlags.Styled, Style = [16, 32] }, Brush = Brush.Solid(1), ForeMode = 1, BackMode = 2 }),
        (ChannelType.Display, true, new DrawText { Base = Base, Str = new SpiceString { Flags = StringFlags.RasterA1, Glyphs = [new RasterGlyph { RenderPos = new Point(1, 2), GlyphOrigin = new Point(0, -8), Width = 9, Height = 2, Data = new byte[] { 1, 2, 3, 4 } }] }, BackArea = new Rect(0, 0, 8, 8), ForeBrush = Brush.Solid(0), BackBrush = Brush.None }),
        (ChannelType.Display, true, new DrawTransparent { Base = Base, SrcBitmap = new Image { Descriptor = new ImageDescriptor(2, ImageType.LzPlt, 0, 4, 2), Payload = new LzPltData { Flags = BitmapFlags.None, Palette = Palette, Data = new byte[] { 9, 9 } } }, SrcColor = 1, TrueColor = 2 }),
        (ChannelType.Display, true, new DrawAlphaBlend { Base = Base, AlphaFlags = AlphaFlags.DestHasAlpha, Alpha = 128, SrcBitmap = new Image { Descriptor = new ImageDescriptor(3, ImageType.JpegAlpha, 0, 4, 2), Payload = new JpegAlphaData { JpegSize = 2, Data = new byte[] { 1, 2, 3 } } } }),
        (ChannelType.Display, true, new DrawComposite { Base = Base, Flags = CompositeFlags.HasMask | CompositeFlags.HasSrcTransform | (CompositeFlags)3, SrcBitmap = new Image { Descriptor = new ImageDescriptor(4, ImageType.Surface, 0, 4, 2), Payload = new SurfaceImageData(1) }, MaskBitmap = new Image { Descriptor = new ImageDescriptor(5, ImageType.ZlibGlzRgb, 0, 4, 2), Payload = new ZlibGlzRgbData { GlzDataSize = 100, Data = new byte[] { 7 } } }, SrcTransform = new Transform(1, 2, 3, 4, 5, 6), SrcOrigin = new Point16(1, 2), MaskOrigin = new Point16(3, 4) }),
        (ChannelType.Display, false, new DisplayInit { PixmapCacheId = 1, PixmapCacheSize = 20_000_000, GlzDictionaryId = 1, GlzDictionaryWindowSize = 8_000_000 }),
        (ChannelType.Display, false, new PreferredVideoCodecType { Codecs = [(byte)VideoCodecType.H264, (byte)VideoCodecType.Vp8] }),
        (ChannelType.Display, false, new StreamReport { StreamId = 1, UniqueId = 2, NumFrames = 30, LastFrameDelay = -5, AudioDelay = uint.MaxValue }),
    ];
}
