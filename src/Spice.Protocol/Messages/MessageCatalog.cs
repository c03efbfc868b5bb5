namespace Spice.Protocol.Messages;

/// <summary>
/// Parses any known message by channel, direction and type number. Unknown types are not an
/// error here: the Try methods return false and the channel decides what to do.
/// </summary>
public static partial class MessageCatalog
{
    private delegate ISpiceMessage Parser(ushort type, ReadOnlyMemory<byte> body);

    private static readonly Dictionary<(ChannelType?, ushort), Parser> ServerParsers = BuildServer();
    private static readonly Dictionary<(ChannelType?, ushort), Parser> ClientParsers = BuildClient();

    /// <summary>Parses a server-to-client (SPICE_MSG_*) body.</summary>
    public static bool TryReadServerMessage(ChannelType channel, ushort type, ReadOnlyMemory<byte> body, out ISpiceMessage? message) =>
        TryRead(ServerParsers, channel, type, body, out message);

    /// <summary>Parses a client-to-server (SPICE_MSGC_*) body.</summary>
    public static bool TryReadClientMessage(ChannelType channel, ushort type, ReadOnlyMemory<byte> body, out ISpiceMessage? message) =>
        TryRead(ClientParsers, channel, type, body, out message);

    /// <summary>Every (channel, type) pair with a server-side parser; null channel = common to all.</summary>
    public static IEnumerable<(ChannelType? Channel, ushort Type)> ServerMessageTypes => ServerParsers.Keys;

    public static IEnumerable<(ChannelType? Channel, ushort Type)> ClientMessageTypes => ClientParsers.Keys;

    private static bool TryRead(Dictionary<(ChannelType?, ushort), Parser> parsers, ChannelType channel, ushort type, ReadOnlyMemory<byte> body, out ISpiceMessage? message)
    {
        if (parsers.TryGetValue((type < 101 ? null : channel, type), out var parser))
        {
            message = parser(type, body);
            return true;
        }

        message = null;
        return false;
    }

    private static Parser Of<T>() where T : ISpiceMessage<T> => (_, body) => SpiceMessage.Read<T>(body);

    private static ISpiceMessage Empty(ushort type, ReadOnlyMemory<byte> body) => new EmptyMessage(type);

    private static ISpiceMessage Data(ushort type, ReadOnlyMemory<byte> body) => new DataMessage(type, body);
}
