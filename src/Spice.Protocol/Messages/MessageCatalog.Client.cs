using Spice.Protocol.Messages.Common;
using Spice.Protocol.Messages.Display;
using Spice.Protocol.Messages.Inputs;
using Spice.Protocol.Messages.Main;
using Spice.Protocol.Messages.Record;

namespace Spice.Protocol.Messages;

public static partial class MessageCatalog
{
    private static Dictionary<(ChannelType?, ushort), Parser> BuildClient()
    {
        var d = new Dictionary<(ChannelType?, ushort), Parser>
        {
            [(null, (ushort)CommonClientMessageType.AckSync)] = Of<AckSync>(),
            [(null, (ushort)CommonClientMessageType.Ack)] = Empty,
            [(null, (ushort)CommonClientMessageType.Pong)] = Of<Pong>(),
            [(null, (ushort)CommonClientMessageType.MigrateFlushMark)] = Empty,
            [(null, (ushort)CommonClientMessageType.MigrateData)] = Data,
            [(null, (ushort)CommonClientMessageType.Disconnecting)] = Of<ClientDisconnecting>(),
        };
        void Add(ChannelType c, object type, Parser p) => d[(c, Convert.ToUInt16(type))] = p;

        var main = ChannelType.Main;
        Add(main, MainClientMessageType.ClientInfo, Of<ClientInfo>());
        Add(main, MainClientMessageType.MigrateConnected, Empty);
        Add(main, MainClientMessageType.MigrateConnectError, Empty);
        Add(main, MainClientMessageType.AttachChannels, Empty);
        Add(main, MainClientMessageType.MouseModeRequest, Of<MouseModeRequest>());
        Add(main, MainClientMessageType.AgentStart, Of<AgentStart>());
        Add(main, MainClientMessageType.AgentData, Data);
        Add(main, MainClientMessageType.AgentToken, Of<ClientAgentToken>());
        Add(main, MainClientMessageType.MigrateEnd, Empty);
        Add(main, MainClientMessageType.MigrateDstDoSeamless, Of<MigrateDstDoSeamless>());
        Add(main, MainClientMessageType.MigrateConnectedSeamless, Empty);
        Add(main, MainClientMessageType.QualityIndicator, Data);

        var display = ChannelType.Display;
        Add(display, DisplayClientMessageType.Init, Of<DisplayInit>());
        Add(display, DisplayClientMessageType.StreamReport, Of<StreamReport>());
        Add(display, DisplayClientMessageType.PreferredCompression, Of<PreferredCompression>());
        Add(display, DisplayClientMessageType.GlDrawDone, Empty);
        Add(display, DisplayClientMessageType.PreferredVideoCodecType, Of<PreferredVideoCodecType>());

        var inputs = ChannelType.Inputs;
        Add(inputs, InputsClientMessageType.KeyDown, Of<KeyDown>());
        Add(inputs, InputsClientMessageType.KeyUp, Of<KeyUp>());
        Add(inputs, InputsClientMessageType.KeyModifiers, Of<KeyModifiers>());
        Add(inputs, InputsClientMessageType.KeyScancode, Of<KeyScancode>());
        Add(inputs, InputsClientMessageType.MouseMotion, Of<MouseMotion>());
        Add(inputs, InputsClientMessageType.MousePosition, Of<MousePosition>());
        Add(inputs, InputsClientMessageType.MousePress, Of<MousePress>());
        Add(inputs, InputsClientMessageType.MouseRelease, Of<MouseRelease>());

        var record = ChannelType.Record;
        Add(record, RecordClientMessageType.Data, Of<RecordData>());
        Add(record, RecordClientMessageType.Mode, Of<RecordMode>());
        Add(record, RecordClientMessageType.StartMark, Of<RecordStartMark>());
        return d;
    }
}
