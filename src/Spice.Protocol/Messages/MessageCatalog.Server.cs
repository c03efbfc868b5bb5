using Spice.Protocol.Messages.Common;
using Spice.Protocol.Messages.Cursor;
using Spice.Protocol.Messages.Display;
using Spice.Protocol.Messages.Inputs;
using Spice.Protocol.Messages.Main;
using Spice.Protocol.Messages.Playback;
using Spice.Protocol.Messages.Record;

namespace Spice.Protocol.Messages;

public static partial class MessageCatalog
{
    private static Dictionary<(ChannelType?, ushort), Parser> BuildServer()
    {
        var d = new Dictionary<(ChannelType?, ushort), Parser>
        {
            [(null, (ushort)CommonMessageType.Migrate)] = Of<Migrate>(),
            [(null, (ushort)CommonMessageType.MigrateData)] = Data,
            [(null, (ushort)CommonMessageType.SetAck)] = Of<SetAck>(),
            [(null, (ushort)CommonMessageType.Ping)] = Of<Ping>(),
            [(null, (ushort)CommonMessageType.WaitForChannels)] = Of<WaitForChannels>(),
            [(null, (ushort)CommonMessageType.Disconnecting)] = Of<Disconnecting>(),
            [(null, (ushort)CommonMessageType.Notify)] = Of<Notify>(),
            [(null, (ushort)CommonMessageType.List)] = Data,
        };
        void Add(ChannelType c, object type, Parser p) => d[(c, Convert.ToUInt16(type))] = p;

        var main = ChannelType.Main;
        Add(main, MainMessageType.MigrateBegin, Of<MigrateBegin>());
        Add(main, MainMessageType.MigrateCancel, Empty);
        Add(main, MainMessageType.Init, Of<MainInit>());
        Add(main, MainMessageType.ChannelsList, Of<ChannelsList>());
        Add(main, MainMessageType.MouseMode, Of<MainMouseMode>());
        Add(main, MainMessageType.MultiMediaTime, Of<MultiMediaTime>());
        Add(main, MainMessageType.AgentConnected, Empty);
        Add(main, MainMessageType.AgentDisconnected, Of<AgentDisconnected>());
        Add(main, MainMessageType.AgentData, Data);
        Add(main, MainMessageType.AgentToken, Of<AgentToken>());
        Add(main, MainMessageType.MigrateSwitchHost, Of<MigrateSwitchHost>());
        Add(main, MainMessageType.MigrateEnd, Empty);
        Add(main, MainMessageType.Name, Of<MainName>());
        Add(main, MainMessageType.Uuid, Of<MainUuid>());
        Add(main, MainMessageType.AgentConnectedTokens, Of<AgentConnectedTokens>());
        Add(main, MainMessageType.MigrateBeginSeamless, Of<MigrateBeginSeamless>());
        Add(main, MainMessageType.MigrateDstSeamlessAck, Empty);
        Add(main, MainMessageType.MigrateDstSeamlessNack, Empty);

        var display = ChannelType.Display;
        Add(display, DisplayMessageType.Mode, Of<DisplayMode>());
        Add(display, DisplayMessageType.Mark, Empty);
        Add(display, DisplayMessageType.Reset, Empty);
        Add(display, DisplayMessageType.CopyBits, Of<CopyBits>());
        Add(display, DisplayMessageType.InvalList, Of<InvalList>());
        Add(display, DisplayMessageType.InvalAllPixmaps, Of<InvalAllPixmaps>());
        Add(display, DisplayMessageType.InvalPalette, Of<InvalPalette>());
        Add(display, DisplayMessageType.InvalAllPalettes, Empty);
        Add(display, DisplayMessageType.StreamCreate, Of<StreamCreate>());
        Add(display, DisplayMessageType.StreamData, Of<StreamData>());
        Add(display, DisplayMessageType.StreamClip, Of<StreamClip>());
        Add(display, DisplayMessageType.StreamDestroy, Of<StreamDestroy>());
        Add(display, DisplayMessageType.StreamDestroyAll, Empty);
        Add(display, DisplayMessageType.DrawFill, Of<DrawFill>());
        Add(display, DisplayMessageType.DrawOpaque, Of<DrawOpaque>());
        Add(display, DisplayMessageType.DrawCopy, Of<DrawCopy>());
        Add(display, DisplayMessageType.DrawBlend, Of<DrawBlend>());
        Add(display, DisplayMessageType.DrawBlackness, Of<DrawBlackness>());
        Add(display, DisplayMessageType.DrawWhiteness, Of<DrawWhiteness>());
        Add(display, DisplayMessageType.DrawInvers, Of<DrawInvers>());
        Add(display, DisplayMessageType.DrawRop3, Of<DrawRop3>());
        Add(display, DisplayMessageType.DrawStroke, Of<DrawStroke>());
        Add(display, DisplayMessageType.DrawText, Of<DrawText>());
        Add(display, DisplayMessageType.DrawTransparent, Of<DrawTransparent>());
        Add(display, DisplayMessageType.DrawAlphaBlend, Of<DrawAlphaBlend>());
        Add(display, DisplayMessageType.SurfaceCreate, Of<SurfaceCreate>());
        Add(display, DisplayMessageType.SurfaceDestroy, Of<SurfaceDestroy>());
        Add(display, DisplayMessageType.StreamDataSized, Of<StreamDataSized>());
        Add(display, DisplayMessageType.MonitorsConfig, Of<MonitorsConfig>());
        Add(display, DisplayMessageType.DrawComposite, Of<DrawComposite>());
        Add(display, DisplayMessageType.StreamActivateReport, Of<StreamActivateReport>());
        Add(display, DisplayMessageType.GlScanoutUnix, Of<GlScanoutUnix>());
        Add(display, DisplayMessageType.GlDraw, Of<GlDraw>());
        Add(display, DisplayMessageType.QualityIndicator, Data);

        var inputs = ChannelType.Inputs;
        Add(inputs, InputsMessageType.Init, Of<InputsInit>());
        Add(inputs, InputsMessageType.KeyModifiers, Of<InputsKeyModifiers>());
        Add(inputs, InputsMessageType.MouseMotionAck, Empty);

        var cursor = ChannelType.Cursor;
        Add(cursor, CursorMessageType.Init, Of<CursorInit>());
        Add(cursor, CursorMessageType.Reset, Empty);
        Add(cursor, CursorMessageType.Set, Of<CursorSet>());
        Add(cursor, CursorMessageType.Move, Of<CursorMove>());
        Add(cursor, CursorMessageType.Hide, Empty);
        Add(cursor, CursorMessageType.Trail, Of<CursorTrail>());
        Add(cursor, CursorMessageType.InvalOne, Of<CursorInvalOne>());
        Add(cursor, CursorMessageType.InvalAll, Empty);

        var playback = ChannelType.Playback;
        Add(playback, PlaybackMessageType.Data, Of<PlaybackData>());
        Add(playback, PlaybackMessageType.Mode, Of<PlaybackMode>());
        Add(playback, PlaybackMessageType.Start, Of<PlaybackStart>());
        Add(playback, PlaybackMessageType.Stop, Empty);
        Add(playback, PlaybackMessageType.Volume, Of<PlaybackVolume>());
        Add(playback, PlaybackMessageType.Mute, Of<PlaybackMute>());
        Add(playback, PlaybackMessageType.Latency, Of<PlaybackLatency>());

        var record = ChannelType.Record;
        Add(record, RecordMessageType.Start, Of<RecordStart>());
        Add(record, RecordMessageType.Stop, Empty);
        Add(record, RecordMessageType.Volume, Of<RecordVolume>());
        Add(record, RecordMessageType.Mute, Of<RecordMute>());
        return d;
    }
}
