using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Main;

namespace Spice.Server.Channels;

/// <summary>
/// The main channel: opens the session (INIT with the session id), tells the client which other
/// channels exist, switches the mouse mode, and ends the whole session when it closes.
/// The agent tunnel, when the embedder gave an agent, is in <c>MainChannel.Agent.cs</c>.
/// </summary>
internal sealed partial class MainChannel : ChannelConnection
{
    private const uint RamHint = 64 * 1024 * 1024;

    private const MouseMode SupportedMouseModes = MouseMode.Server | MouseMode.Client;

    private static readonly ChannelsList Channels = new()
    {
        Channels = [new(ChannelType.Display, 0), new(ChannelType.Inputs, 0), new(ChannelType.Cursor, 0), new(ChannelType.Playback, 0), new(ChannelType.Record, 0)],
    };

    public MainChannel(ChannelContext context) : base(context, ChannelType.Main, usesAcks: false)
    {
    }

    protected override void OnStart()
    {
        ServerLog.ClientConnected(Logger, Session.Remote, Session.Id);
        Enqueue(new MainInit
        {
            SessionId = Session.Id,
            DisplayChannelsHint = 1,
            SupportedMouseModes = (uint)SupportedMouseModes,
            CurrentMouseMode = (uint)Session.MouseMode,
            AgentConnected = AgentConnectedFlag,
            AgentTokens = AgentTokenWindow,
            MultiMediaTime = Session.ClientMultimediaTime,
            RamHint = RamHint,
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

    protected override void OnMessage(ushort type, ReadOnlyMemory<byte> body)
    {
        switch (type)
        {
            case (ushort)MainClientMessageType.AttachChannels:
                Enqueue(Channels);
                break;
            case (ushort)MainClientMessageType.MouseModeRequest:
                SetMouseMode(SpiceMessage.Read<MouseModeRequest>(body).Mode);
                break;
            case (ushort)MainClientMessageType.ClientInfo:
                SpiceMessage.Read<ClientInfo>(body);
                break;
            case (ushort)MainClientMessageType.AgentStart or (ushort)MainClientMessageType.AgentData or (ushort)MainClientMessageType.AgentToken:
                OnAgentMessage(type, body);
                break;
            default:
                ServerLog.UnknownMessage(Logger, Session.Id, Name, type);
                break;
        }
    }

    private void SetMouseMode(MouseMode requested)
    {
        if (requested is not (MouseMode.Server or MouseMode.Client))
        {
            return;
        }

        Session.MouseMode = requested;
        ServerLog.MouseMode(Logger, Session.Id, requested == MouseMode.Client ? "client" : "server");
        Enqueue(new MainMouseMode { SupportedModes = SupportedMouseModes, CurrentMode = requested });
    }
}
