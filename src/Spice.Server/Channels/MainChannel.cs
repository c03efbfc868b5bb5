using System.Diagnostics;
using Spice.Server.Wire;

namespace Spice.Server.Channels;

/// <summary>
/// The main channel: opens the session (INIT with the session id), tells the client which other
/// channels exist, switches the mouse mode, and ends the whole session when it closes.
/// The vdagent is later work: the agent is reported disconnected and agent traffic is ignored.
/// </summary>
internal sealed class MainChannel : ChannelConnection
{
    private const uint RamHint = 64 * 1024 * 1024;

    private static readonly (ChannelKind Kind, byte Id)[] Channels =
        [(ChannelKind.Display, 0), (ChannelKind.Inputs, 0), (ChannelKind.Cursor, 0), (ChannelKind.Playback, 0), (ChannelKind.Record, 0)];

    public MainChannel(ChannelContext context) : base(context, ChannelKind.Main, usesAcks: false)
    {
    }

    protected override void OnStart()
    {
        ServerLog.ClientConnected(Logger, Session.Remote, Session.Id);
        var sessionId = Session.Id;
        var mode = Session.MouseMode;
        Enqueue(b =>
        {
            b.Begin(MainMsg.Init);
            b.WriteUInt32(sessionId);
            b.WriteUInt32(1);
            b.WriteUInt32(MouseModeFlags.Server | MouseModeFlags.Client);
            b.WriteUInt32(mode);
            b.WriteUInt32(0);
            b.WriteUInt32(0);
            b.WriteUInt32(MultimediaTime());
            b.WriteUInt32(RamHint);
            b.End();
        });
    }

    protected override void OnClosed(string reason)
    {
        Session.Close();
        Server.RemoveSession(Session);
        ServerLog.ClientDisconnected(Logger, Session.Remote, Session.Id, reason);
    }

    protected override void OnMessage(ushort type, ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        switch (type)
        {
            case MainMsg.ClientAttachChannels:
                Enqueue(WriteChannelsList);
                break;
            case MainMsg.ClientMouseModeRequest:
                SetMouseMode(r.UInt16());
                break;
            case MainMsg.ClientInfo or MainMsg.ClientAgentStart or MainMsg.ClientAgentData or MainMsg.ClientAgentToken:
                break;
            default:
                ServerLog.UnknownMessage(Logger, Session.Id, Name, type);
                break;
        }
    }

    private static uint MultimediaTime() => (uint)Stopwatch.GetElapsedTime(0).TotalMilliseconds;

    private static void WriteChannelsList(MessageBuilder b)
    {
        b.Begin(MainMsg.ChannelsList);
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
            b.Begin(MainMsg.MouseMode);
            b.WriteUInt16((ushort)(MouseModeFlags.Server | MouseModeFlags.Client));
            b.WriteUInt16(requested);
            b.End();
        });
    }
}
