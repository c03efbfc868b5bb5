using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSGC_MAIN_CLIENT_INFO.</summary>
public sealed record ClientInfo : ISpiceMessage<ClientInfo>
{
    public ushort MessageType => (ushort)MainClientMessageType.ClientInfo;

    public ulong CacheSize { get; init; }

    public static ClientInfo Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<ClientInfo>(body);

    public static ClientInfo Read(ref SpiceReader r)
    {
        var cacheSize = r.ReadUInt64();
        return new ClientInfo { CacheSize = cacheSize };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt64(CacheSize);
    }
}
