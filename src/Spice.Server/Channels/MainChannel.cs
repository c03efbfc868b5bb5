using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

/// <summary>
/// The main channel: opens the session (INIT with the session id), tells the client which other
/// channels exist, switches the mouse mode, and ends the whole session when it closes.
/// The agent tunnel, when the embedder gave an agent, is in <c>MainChannel.Agent.cs</c>.
/// </summary>
internal sealed partial class MainChannel : ChannelConnection
{
    private const uint RamHint = 64 * 1024 * 1024;

    private static readonly (ChannelType Kind, byte Id)[] Channels =
        [(ChannelType.Display, 0), (ChannelType.Inputs, 0), (ChannelType.Cursor, 0), (ChannelType.Playback, 0), (ChannelType.Record, 0)];

    public MainChannel(ChannelContext context) : base(context, ChannelType.Main, usesAcks: false)
    {
    }

    protected override void OnStart()
    {
        ServerLog.ClientConnected(Logger, Session.Remote, Session.Id);
        var sessionId = Session.Id;
        var mode = Session.MouseMode;
        var mmTime = Session.ClientMultimediaTime;
        Enqueue(b =>
        {
            b.Begin((ushort)MainMessageType.Init);
            b.WriteUInt32(sessionId);
            b.WriteUInt32(1);
            b.WriteUInt32(MouseModeFlags.Server | MouseModeFlags.Client);
            b.WriteUInt32(mode);
            b.WriteUInt32(AgentConnectedFlag);
            b.WriteUInt32(AgentTokenWindow);
            b.WriteUInt32(mmTime);
            b.WriteUInt32(RamHint);
            b.End();
        });
        StartNetTest();
    }

    protected override void OnClosed(string reason)
    {
        StopAgent();
        Session.Close();
        Server.RemoveSession(Session);
        ServerLog.ClientDisconnected(Logger, Session.Remote, Session.Id, reason);
    }

    protected override void OnMessage(ushort type, ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        switch (type)
        {
            case (ushort)MainClientMessageType.AttachChannels:
                Enqueue(WriteChannelsList);
                break;
            case (ushort)MainClientMessageType.MouseModeRequest:
                SetMouseMode(r.UInt16());
                break;
            case (ushort)MainClientMessageType.ClientInfo:
                break;
            case (ushort)MainClientMessageType.AgentStart or (ushort)MainClientMessageType.AgentData or (ushort)MainClientMessageType.AgentToken:
                OnAgentMessage(type, body);
                break;
            default:
                ServerLog.UnknownMessage(Logger, Session.Id, Name, type);
                break;
        }
    }

    private static void WriteChannelsList(MessageBuilder b)
    {
        b.Begin((ushort)MainMessageType.ChannelsList);
        b.WriteUInt32((uint)Channels.Length);
        foreach (var (kind, id) in Channels)
        {
            b.WriteByte((byte)kind);
            b.WriteByte(id);
        }

        b.End();
    }

    private void SetMouseMode(ushort requested)
    {
        if (requested is not ((ushort)MouseModeFlags.Server or (ushort)MouseModeFlags.Client))
        {
            return;
        }

        Session.MouseMode = requested;
        ServerLog.MouseMode(Logger, Session.Id, requested == MouseModeFlags.Client ? "client" : "server");
        Enqueue(b =>
        {
            b.Begin((ushort)MainMessageType.MouseMode);
            b.WriteUInt16((ushort)(MouseModeFlags.Server | MouseModeFlags.Client));
            b.WriteUInt16(requested);
            b.End();
        });
    }
}
