using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>SPICE_MSG_MAIN_INIT.</summary>
public sealed record MainInit : ISpiceMessage<MainInit>
{
    public ushort MessageType => (ushort)MainMessageType.Init;

    public uint SessionId { get; init; }

    public uint DisplayChannelsHint { get; init; }

    public uint SupportedMouseModes { get; init; }

    public uint CurrentMouseMode { get; init; }

    public uint AgentConnected { get; init; }

    public uint AgentTokens { get; init; }

    public uint MultiMediaTime { get; init; }

    public uint RamHint { get; init; }

    public static MainInit Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<MainInit>(body);

    public static MainInit Read(ref SpiceReader r)
    {
        var sessionId = r.ReadUInt32();
        var displayChannelsHint = r.ReadUInt32();
        var supportedMouseModes = r.ReadUInt32();
        var currentMouseMode = r.ReadUInt32();
        var agentConnected = r.ReadUInt32();
        var agentTokens = r.ReadUInt32();
        var multiMediaTime = r.ReadUInt32();
        var ramHint = r.ReadUInt32();
        return new MainInit { SessionId = sessionId, DisplayChannelsHint = displayChannelsHint, SupportedMouseModes = supportedMouseModes, CurrentMouseMode = currentMouseMode, AgentConnected = agentConnected, AgentTokens = agentTokens, MultiMediaTime = multiMediaTime, RamHint = ramHint };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(SessionId);
        w.WriteUInt32(DisplayChannelsHint);
        w.WriteUInt32(SupportedMouseModes);
        w.WriteUInt32(CurrentMouseMode);
        w.WriteUInt32(AgentConnected);
        w.WriteUInt32(AgentTokens);
        w.WriteUInt32(MultiMediaTime);
        w.WriteUInt32(RamHint);
    }
}
