using Spice.Protocol;
using Spice.Server.Channels;
using Spice.Protocol.Messages.Main;

namespace Spice.Server;

/// <summary>One client: its connection id and the channels it has linked under it.</summary>
internal sealed partial class ClientSession
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Dictionary<ChannelType, ChannelConnection> _channels = [];

    public ClientSession(SpiceServer server, uint id, string remote)
    {
        Server = server;
        Id = id;
        Remote = remote;
    }

    public SpiceServer Server { get; }

    public uint Id { get; }

    public string Remote { get; }

    /// <summary>Cancelled when the main channel goes: every other channel of the client follows it.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>SPICE_MOUSE_MODE_SERVER (1) or CLIENT (2); the inputs channel reads it.</summary>
    public MouseMode MouseMode { get; set; } = MouseMode.Server;

    public T? Get<T>(ChannelType kind) where T : ChannelConnection
    {
        lock (_gate)
        {
            return _channels.GetValueOrDefault(kind) as T;
        }
    }

    /// <summary>Registers a channel; a second link of the same kind replaces (and closes) the first.</summary>
    public void Attach(ChannelType kind, ChannelConnection channel)
    {
        ChannelConnection? previous;
        lock (_gate)
        {
            _channels.TryGetValue(kind, out previous);
            _channels[kind] = channel;
        }

        previous?.Close();
    }

    public void Detach(ChannelType kind, ChannelConnection channel)
    {
        lock (_gate)
        {
            if (_channels.TryGetValue(kind, out var current) && ReferenceEquals(current, channel))
            {
                _channels.Remove(kind);
            }
        }
    }

    public void Close()
    {
        try
        {
            _closing.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
